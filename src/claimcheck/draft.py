"""Draft a claims register from the text alone, for an article nobody has tabulated yet.

Every number becomes a row: what the figure is (kind, unit, scale, qualifier, period) is read
from its own words and clause (drafting/figures.py), what it measures from the clause's subject
or the words around it (drafting/measures.py), and how it relates to other figures from the
phrasings of its clause, sentence and article (drafting/links.py). Figures of one measure share
a metric, so the checks compare them; relations between measures are links. Everything the
machine decided is marked in the `drafted` column, so a reviewer sees which verdicts rest on it.
Weekdays, months and relative dates become date rows; every other number is dismissed with a
reason, so the brief accounts for each one.

A draft always validates: `draft_register` never fails on its own rows.
"""
from __future__ import annotations

import bisect
from collections import Counter
import datetime as dt
import csv
import io
import itertools
import re
from pathlib import Path

from .article import Article
from .checks.dates import MONTHS_IN_BRACKETS, dateline_day, far_year, next_weekday, told_ahead
from .drafting import arithmetic, averages, links, sums, tallies
from .drafting.figures import (PAST, WHEN_IT_WAS, Figure, assign_periods, compared_with, labelled_in_brackets,
                               read_figure, resolve_periods, said_on, within)
from .drafting.measures import Measure, key_of, main_entity
from .drafting.text import clauses, quote_for, sentences
from .drafting.when import (MONTH_NUMBER, UNDER_REVIEW, bracketed_labels, first_months_of_fiscal, fiscal_spans, in_last_year,
                             last_of_a_month, months_of_fiscal, months_of_a_fiscal_label, months_with_short_years, period_of,
                             quarters_named_by_months, running_to_a_month, since_span)
from .extract import WORDNUM, Mention, find_mentions
from .fiscal_years import fiscal_year_of, of_currency, stated_fiscal_year
from .periods import parse_period, start_of, year_after, year_before
from .printed import NUMBER_WORDS, parse_printed
from .register import COLUMNS, Claim, claims_from_rows
from .safetext import spreadsheet_safe
from .units import TEMPORAL_UNITS, canonical
from .vocabulary import FALL_WORDS, RISE_WORDS

__all__ = ["sentences", "draft_rows", "draft_register", "write_draft"]

DATE_KINDS = ("weekday", "month", "relative")
# Relative dates the date checks resolve against the article's date; "a year ago" and "the same period
# last year" are the periods of the figures beside them.
# A snapshot on a day, beside the results the article reports: "As of Monday's close, P&G shares were up",
# "Partial, unofficial GEC tally as of Nov. 17 showed"
_SNAPSHOT = re.compile(r"(?i)\bas of\s+(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                       r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s+close\b|"
                       r"\bas of\s+(?:[a-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[a-z]{3,9})\b")
# "On a cumulative basis, during April 2018-January 2019, ...": the year to date, an aside in a story of a month;
# the next sentence is of the month again
_CUMULATIVE = r"(?:on a cumulative basis|cumulatively|on a year-to-date basis|year-to-date|in the year to date|" \
              r"so far (?:this|in the) (?:fiscal|financial|year))\b"
_CUMULATIVE_ASIDE = re.compile(rf"(?i)\W*{_CUMULATIVE}")
_CUMULATIVE_WORDS = re.compile(rf"(?i)\b{_CUMULATIVE}")
# "62.64 million ounces (": a figure told again in brackets after another
_IN_BRACKETS = re.compile(r"\(\s*\S{0,4}$")
# "which is J$3.57 billion more than projected", "which fell in the $1.05 billion to $1.15 billion range": a gap to a
# plan or a range, no move from the figure before
_A_PLAN_OR_A_RANGE = re.compile(r"(?i)\b(?:estimates?|estimated|targets?|projected|projections?|budget(?:ed)?|"
                                r"forecasts?|expected|expectations?|agreed|planned|range)\b")
# ", outpacing wind energy, ": a participle and its object between the figure and "which", whose antecedent it is
_ANOTHER_ANTECEDENT = re.compile(r"(?i),\s*[a-z]+ing\s+[^,]+,?\s*$")


def _moved_from_it(change: Figure, level: Figure, text: str, clause: tuple[int, int]) -> bool:
    """Whether a change a "which" clause tells ("772 bankruptcies were filed ..., which is 95 more (or 14% more) than in
    the corresponding period of 2019") moved the level right before it: of its unit, the level no conversion in
    brackets ("62.64 million ounces (1948.3 tons)"), no plan or range beside it, no other antecedent between."""
    return change.unit == level.unit and not _IN_BRACKETS.search(text, 0, level.start) \
        and not _A_PLAN_OR_A_RANGE.search(text, clause[0], clause[1]) \
        and not _ANOTHER_ANTECEDENT.search(text, level.end, clause[0])


# A sentence that compares with the quarter or month before rather than the year before.
# ("in the previous month increased by 1.1% year-on-year" names the month reported, not a basis: the month or
# quarter before is one only after a word of comparison)
# "from the ", "compared with a ": the words that set a rate against the period after them
_SET_AGAINST = r"(?:from|than|over|on|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|a\s+)?"
_SEQUENTIAL = re.compile(r"(?i)\b(?:sequential(?:ly)?|quarter[- ](?:on|over)[- ]quarter|q-o-q|qoq|month[- ](?:on|over)[- ]month|m-o-m|(?-i:MoM|MOM)|"
                         r"on the (?:month|quarter)\b|"  # ("the deficit fell 6.2% on the month")
                         # ("rose to $4.02 in January -- a 2.1% increase in just one month": over the month to it)
                         r"in (?:just |only )?(?:one|a single|(?<=just )a|(?<=only )a) (?:month|quarter)\b|"
                         rf"a (?:quarter|month) (?:ago|earlier)|{_SET_AGAINST}"
                         r"(?:same (?:period|days|time)\s+)?(?:previous|preceding|last|a) (?:quarter|month))\b")
# ("in the seven days through April 15 ..., 20 percent higher than the previous week", "down 12% week on week": the
# weeks before a span of whole weeks; of a day's figure, the words say no period links.week_before can count)
_THE_WEEK_BEFORE = re.compile(r"(?i)\b(?:week[- ](?:on|over)[- ]week|w-o-w|(?-i:WoW)|on the week|a week (?:ago|earlier)|"
                              rf"{_SET_AGAINST}(?:previous|preceding|last|prior|a) week)\b")
# "", "In ", "During the ": the words before a period that opens its sentence
_OPENS_THE_SENTENCE = re.compile(r"(?i)\s*(?:(?:in|during|for|over)\s+(?:the\s+)?)?")
# "up 5 percent from last year": the year a rate is measured against, not the figure's own period.
# ("up 7% from same period last month": the same days of the month before, what the rate is measured against)
_BASIS = re.compile(r"(?i)\b(?:from|than|over|against|(?:compared|in comparison) (?:with|to)|since|versus|vs\.?)\s+(?:the\s+)?"
                    r"(?:same\s+(?:period|time|days?|weeks?|months?|quarter|half)\s+(?:of\s+|in\s+)?)?$")
_WHICH = re.compile(r"^[\s,]*which\b", re.I)
# ("performance was encouraging, compared to the 31.28 per cent and 38.68 per cent recorded in 2014 and 2015": the
# years of figures compared with, after those words in their clause, are no period the article goes on to speak of)
# ("and remained lower than the sum of over VND1.54 quadrillion in 2019": the year compared with, too)
_COMPARED_BEFORE = re.compile(r"(?i)\b(?:compared\s+(?:to|with)|as\s+against|versus|vs\.?|(?:higher|lower|more|less|"
                              r"greater|smaller|bigger|larger|better|worse|faster|slower|steeper|sharper|milder|"
                              r"weaker|stronger)\s+than)\s")
_SINCE_WHEN = re.compile(r"(?i)\bsince\b[^,.;]{0,50}$")
_A_RECORD_SINCE = re.compile(r"(?i)\b(?:lowest|highest|biggest|largest|smallest|strongest|weakest|fastest|slowest|"
                             r"sharpest|steepest|best|worst|deepest|widest|narrowest|greatest|fewest|most|least|first|"
                             r"record|high|low|peak)\b(?:\s+[\w-]+){0,3}?\s+since\s+(?:the\s+)?(?:[A-Za-z]{3,9}\.?\s+)?\S{0,12}$")
_SINCE = re.compile(r"(?i)\bsince\s+(?:a|an|the)?\s*(?:record\s+)?$")
# ("the number of visitors", "the value of exports": of what, a measure of its own)
_THE_FIGURE = re.compile(r"(?i)^(?:the|this|that)\s+(?:figure|number|total|amount|indicator|value|volume)\b"
                         r"(?:\s+(?:in|for|among)\s+(.*))?$")
# Relative dates counted from the story's day (not "the previous month": that counts from the period reported).
_CHECKABLE_RELATIVE = re.compile(r"(?i)^(?:(?:last|this|next|current) (?:year|month)|yesterday|today|tomorrow)$")


def _figures(article: Article, mentions: list[Mention] | None) -> tuple[list[Figure], list[dict[str, str]]]:
    """The drafted figures, and the date and dismissed rows for the other mentions."""
    text, published = article.text, article.published
    # "yesterday", "last month", a weekday: counted from the day the story was filed (its dateline), as checks read them
    story_day = dateline_day(article.dateline, published) or published
    mentions = find_mentions(text) if mentions is None else mentions
    main = main_entity(text)
    # (the fiscal year of the article's main currency: a company reporting in rupees keeps India's, April to March)
    currencies = Counter(m.currency for m in mentions if m.currency)
    named_quarters = quarters_named_by_months(mentions, story_day, stated_fiscal_year(text) or (
        of_currency(currencies.most_common(1)[0][0]) if currencies else None))
    # the headline and the first sentences: what the story says happened ("raised its full-year guidance")
    lede = text[:sentences(text)[:4][-1][1]] if text.strip() else ""
    figures: list[Figure] = []
    targets_seen: dict[tuple, list[Figure]] = {}  # figures set against a target, by it (links.against_one_target)
    others: list[tuple[Mention, str, tuple[int, int], str]] = []  # (mention, kind, clause, period)
    context = ""  # the period the article last spoke of, for clauses that name none ("during the period")
    spoken: list[str] = []  # every period the article spoke of, in order, for "the quarter under review"
    topic: list[Figure] = []  # the first level of the sentence before, whose measure a subjectless one continues
    previous_sentence: list[Figure] = []  # the figures of the last sentence that had any
    whole_topic: Figure | None = None  # the last topic whose measure takes no part out
    at = 0
    # The dateline says when the story was filed: its date is no figure's period.
    dateline = (article.dateline_start, article.dateline_start + len(article.dateline))
    after_snapshot: str | None = None  # the period to go back to once a day's snapshot's (or an aside's) sentence ends
    for s_index, sentence in enumerate(sentences(text)):
        if after_snapshot is not None:
            context, after_snapshot = after_snapshot, None
        if text[sentence[0] - 1:sentence[0]] == "\n":
            # ("In May 2019, the public debt was USD 55,717.97 ..." then a paragraph that names no period: a look back
            # to an earlier period ends with its paragraph, and the article is back in the period it reports, that of
            # its first figure)
            reported = next((f.period for f in figures if f.period and not f.baseline), "")
            context = reported if _looked_back(context, reported) else context
        if _CUMULATIVE_ASIDE.match(text, sentence[0]):
            after_snapshot = context
        in_sentence = []
        while at < len(mentions) and mentions[at].start < sentence[1]:
            if mentions[at].start >= sentence[0]:
                in_sentence.append(mentions[at])
            at += 1
        sentence_figures: list[Figure] = []
        sequential = bool(_SEQUENTIAL.search(text[sentence[0]:sentence[1]]))
        previous_clause: list[Figure] = []
        opening = ""  # the period the sentence opens with ("Last year, ..."), of its list's items after a semicolon
        for clause in _with_figures(clauses(text, *sentence), in_sentence):
            if clause[0] < dateline[1] <= clause[1]:
                clause = (dateline[1], clause[1])
            inside = [m for m in in_sentence if clause[0] <= m.start < clause[1]]
            under_review = next((m for m in inside if m.kind == "relative" and UNDER_REVIEW.search(m.text)), None)
            for mention in (m for m in inside if m.temporal and _defining(m, text)):
                filed = _filed_on(mention, text, published)
                # "Published : Apr 11, 2019", "(UrduPoint News - 31st August, 2021)": the day the story was filed,
                # which its weekdays are read against, as a dateline's
                others.append((mention, "dateline", clause, filed) if filed else
                              (mention, "dismissed", clause, _defining(mention, text)))
            inside = [m for m in inside if not (m.temporal and _defining(m, text))]
            temporals = resolve_periods([m for m in inside if m.temporal], story_day,
                                        _last_of_length(spoken + [context], under_review.text) if under_review else context,
                                        named_quarters)
            # period words read together: "the first eight months of the current financial year", "the April-June
            # 2021-22 period", "(Q4FY21)" after the words it labels
            for read_together in (first_months_of_fiscal, months_of_a_fiscal_label, bracketed_labels, in_last_year,
                                  months_with_short_years):
                temporals = read_together(temporals, text)
            temporals = last_of_a_month(temporals, text, story_day)
            # ("Transit fares will increase an average of 2.5 per cent on Tuesday", on a Monday: the coming Tuesday)
            temporals = [(m, next_weekday(m.text.lower().rstrip("s"), story_day).isoformat()
                          if m.kind == "weekday" and p and told_ahead(text, m.start) else p) for m, p in temporals]
            # "Since the start of the pandemic in March 2020, a total of 35,192 deaths": from then to the story's day
            # ("the highest production level since March 2021 when output was 1,428,613 bpd": the figure of then)
            # (not a span that ends where its words say: "the largest yearly surge ... since the early stages of the
            # pandemic — the 12 months to April 2021" is of those twelve months)
            # ("Drewry WCI slips 5% to lowest point since Jan 2024": how far back a record reaches, no period of the
            # figure at all)
            temporals = [(m, "" if p and _A_RECORD_SINCE.search(text, clause[0], m.start)
                          and not WHEN_IT_WAS.match(text, m.end) else p) for m, p in temporals]
            temporals = [(m, since_span(p, story_day) if p and _SINCE_WHEN.search(text[clause[0]:m.start])
                          and not WHEN_IT_WAS.match(text, m.end) and "/" not in p else p) for m, p in temporals]
            # (a clause whose report says what it shows hands on the period of what it shows: "On October 19th, the
            # administration released figures indicating that in September," is September's)
            named = [(m, p) for m, p in temporals if p and m.kind != "relative" and not said_on(m, text)]
            shown = _WHAT_IT_SHOWS.search(text, clause[0], clause[1])
            explicit = next((p for m, p in named if shown and m.start > shown.end()), "") or \
                next((p for _, p in named), "")
            clause_figures = []
            for mention in (m for m in inside if not m.temporal):
                if reason := _defining(mention, text):
                    others.append((mention, "dismissed", clause, reason))
                    continue
                # numbered by the mention's place, not by a count: an upper end of a range taken out later would
                # let the next figure take an id already given
                figure = read_figure(f"F{mention.start}", article, mention, s_index, clause, sentence, main)
                if figure is None:
                    others.append((mention, "dismissed", clause, _dismissal(mention)))
                    continue
                if not figure.measure.key and previous_clause and _WHICH.match(text[clause[0]:clause[1]]):
                    # "a trade surplus of 506.24 billion yuan, which narrowed by 24.1 percent": the figure before's
                    figure.measure = previous_clause[-1].measure
                    # (and a change that moved it: "772 bankruptcies were filed ..., which is 95 more (or 14% more)
                    # than in the corresponding period of 2019")
                    if previous_clause[-1].is_level and (figure.kind == "growth" or figure.kind == "change"
                                                         and _moved_from_it(figure, previous_clause[-1], text, clause)):
                        figure.link(previous_clause[-1])
                # ("The production is, however, lower by 4.61 per cent": output alone is the output spoken of)
                if (figure.measure.key in (frozenset(), _OUTPUT_ALONE) or links.only_a_segment(figure.measure)
                        and previous_clause) and \
                        (previous_clause or topic) and \
                        not _names_its_subject(text[clause[0]:mention.start], text[mention.end:clause[1]]):
                    # "..., but 1.3 per cent sequentially": a clause without a subject speaks of the last one's;
                    # "The government has earmarked Rs 3.95 trillion": of the measure the sentence before spoke of
                    # "..., while Angola's output fell 60,000 bpd": the measure spoken of, of the clause's own entity
                    inherited = (previous_clause or topic)[0].measure
                    if links.only_a_segment(figure.measure):
                        # "the investment in primary industry was 978.4 billion yuan, down by 1.2 percent, and the
                        # pace of decline enlarged by 0.6 percentage point; that of secondary industry was": the
                        # segment of the measure of the last figure of its kind and unit
                        alike = [f for f in sentence_figures + clause_figures
                                 if f.kind == figure.kind and f.unit == figure.unit and f.measure.key]
                        inherited = alike[-1].measure if alike else inherited
                    if _A_RUNNING_TOTAL.search(text, clause[0], mention.start) and "running total" not in inherited.key:
                        # "Two more persons confirmed; country total increases to 762": the running total of
                        # what the clause before counts, not the same count
                        inherited = Measure(inherited.key | {"running total"}, f"{inherited.words} (running total)",
                                            inherited.entity)
                    if "estimate" in inherited.key and not figure.estimate:
                        # ("higher than the market consensus of 14.3 trillion won and marks a 179 percent increase":
                        # the clause's subject is the figure that beat the estimate, not the estimate)
                        inherited = Measure(inherited.key - {"estimate"}, inherited.words.removesuffix(", estimate"),
                                            inherited.entity)
                    figure.measure = Measure(inherited.key, inherited.words, figure.measure.entity or inherited.entity)
                    figure.inferred = not previous_clause
                    # "..., and in rural areas – by 26.7%" after "the figure in urban areas": the other segment
                    figure.measure = links.other_segment(figure.measure, text[clause[0]:mention.start])
                elif whole_topic and _THE_FIGURE.match(figure.measure.words):
                    # "the figure in urban areas increased by 34.9%": the measure spoken of, in that segment
                    segment = _THE_FIGURE.match(figure.measure.words).group(1) or ""
                    figure.measure = Measure(whole_topic.measure.key | key_of(segment),
                                             f"{whole_topic.measure.words} {segment}".strip(), whole_topic.measure.entity)
                    figure.inferred = True
                if _SINCE.search(text[clause[0]:mention.start]):
                    # "the first time since a 479.41 billion yen deficit booked in January": a point of comparison,
                    # whose period is no period the article goes on speaking of
                    figure.baseline = True
                clause_figures.append(figure)
            for upper in links.ranges(clause_figures, text):
                clause_figures.remove(upper)
                others.append((upper.mention, "dismissed", clause, "the upper end of a range: the row of its lower "
                                                                   "end holds both (its low and high columns)"))
            for one in links.printed_rates(clause_figures, text):
                clause_figures.remove(one)
                others.append((one.mention, "dismissed", clause, "the one unit of a printed exchange rate: the rate's "
                                                                 "row holds it"))
            # ("Till August": the figures' months run from the span the article spoke of; the date row is August's)
            # ("Last year, Vietnam earned over 3.8 billion U.S. dollars from prawns, up 21.5 percent; nearly 1.8 billion
            # U.S. dollars from tra fish, up 3.9 percent": a list's items after a semicolon, naming no period, are of
            # the period that opened the sentence)
            opened = opening if not temporals and ";" in text[max(sentence[0], clause[0] - 3):clause[0] + 2] else ""
            assign_periods(clause_figures, running_to_a_month(temporals, text, context), opened or context, text)
            if clause_figures and not sentence_figures and any(m.temporal and _OPENS_THE_SENTENCE.fullmatch(
                    text, sentence[0], m.start) for m in in_sentence):
                opening = clause_figures[0].period
            _mark_bases(clause_figures, temporals, text, clause, story_day)
            _against_an_earlier_year(clause_figures, sentence_figures, temporals, text, context)
            _elided_quarters(clause_figures, sentence_figures, text)
            for mention, period in temporals:
                others.append((mention, "date", clause, period))
            links.unit_said_once(clause_figures, sentence_figures, text)
            links.rates_said_once(clause_figures, text)
            links.changes_compared(clause_figures, text)
            # Chained, not added: figures + sentence_figures copied every figure drafted so far, per clause.
            links.clause_relations(clause_figures, text, itertools.chain(figures, sentence_figures), sequential)
            sentence_figures += clause_figures
            previous_clause = clause_figures or previous_clause
            # The period the article now speaks of: that of its figures, not of what they are compared with
            # ("It had posted profit of Rs 67 crore in the year-ago period" leaves the article in its quarter).
            # ("Back in 2023, during the same period, ... there were 171 deaths": a look back from the year reported)
            # ("exports in the previous month increased by 1.1%" in a story of the first five months: a month inside
            # the months spoken of is no look back, and the article now speaks of it)
            # ("Rough estimates showed that last year, total state budget revenues hit ..." in January, the article's
            # first period: no look back before the article has spoken of any)
            looking_back = {m.start for m, p in temporals if m.kind == "relative" and PAST.search(m.text) and context
                            and not (p and p != context and within(p, context))
                            or compared_with(text, m.start) or _BACK_IN.search(text, max(0, m.start - 12), m.start)}
            spoken.append(context)
            if clause_figures and after_snapshot is None and \
                    _CUMULATIVE_WORDS.search(text, clause[0], clause_figures[0].start):
                # "..., while year-to-date collection by the Bureau of Customs also declined 14.84 percent": an aside
                # of a clause, as of a sentence; the next sentence is of the month again
                after_snapshot = context
            if not _SEQUENTIALLY.match(text, sentence[0]) and \
                    not (clause_figures and all(f.basis == "sequential" for f in clause_figures)):
                # ("Sequentially, the company posted a profit of Rs 36.25 crore in Q3FY21", "In July, investment
                # increased 0.43 percent, month-on-month": the quarter or month given to compare with, or a rate
                # against the one before, leaves the article in the period it reports)
                # ("(H1 2018: 47.3 billion kWh, growth: 18 percent)": a figure a bracket labels with another period
                # is what the article's figure is compared with)
                said = next((f for f in clause_figures if not f.baseline and f.period and f.kind != "change"
                             and f.period_from not in looking_back
                             and not _COMPARED_BEFORE.search(text, clause[0], f.start)
                             and not labelled_in_brackets(text[max(clause[0], f.start - 40):f.start])
                             # ("Renewables had accounted for 39% of electricity consumption in the first half of
                             # 2018": the past perfect looks back from the period the article reports)
                             and not _PAST_PERFECT.search(text, clause[0], f.start)), None)
                # ("had received Rs 1,18,101 crore last year, compared to Rs 1,99,107.71 crore in this year's budget":
                # every figure compared, but this year's is the period the article reports)
                said = said or next((f for f in clause_figures if f.period and f.kind != "change" and any(
                    m.start == f.period_from and m.kind == "relative" and _PRESENT.match(m.text) for m, _ in temporals)),
                    None)
                if said is not None and len(said.period) == 10 and _SNAPSHOT.search(text, *said.clause):
                    # "As of Monday's close, P&G shares were up nearly 30%": a snapshot's day is its sentence's,
                    # no period of the results the next sentence gives
                    after_snapshot = context if after_snapshot is None else after_snapshot
                # ("partly due to the lower base from the first quarter of last year, when ...", "This is the lowest
                # level since 2010": a clause without figures that looks back to last year's period, or to when a
                # record was last set, names a base, and the article stays in its own period)
                if not clause_figures and context:
                    # ("The government announced the country's first case of the disease on March 13": the day of an
                    # event long past, no period the next sentence's figures are of)
                    explicit = next((p for m, p in named if not (
                        _OF_LAST_YEAR.match(text, m.end) or _OF_LAST_YEAR.search(m.text)
                        or _SINCE_WHEN.search(text[clause[0]:m.start]) or _a_day_long_past(p, story_day))), "")
                context = said.period if said is not None else \
                    (explicit or context) if not clause_figures else context
        topic = [f for f in sentence_figures if f.is_level and f.measure.key][:1] or topic
        # "the figure in urban areas" splits the last measure spoken of whole, not "retail sales excluding
        # automobiles", a measure with a part taken out, in the sentence between
        whole_topic = next((f for f in topic if not links.takes_out_a_part(f.measure.words)), whole_topic)
        for mention in (m for m in in_sentence if dateline[0] <= m.start < dateline[1]):
            period = period_of(mention, published) if mention.kind == "month" else ""
            if len(period) == 10:  # the day the story was filed, checked against the day it was published
                others.append((mention, "dateline", dateline, period))
            elif mention.kind == "weekday":  # "TUESDAY, April 8, 2020 (HealthDay News) —": checked against that day
                others.append((mention, "date", dateline, ""))
            else:
                others.append((mention, "dismissed", dateline, "the dateline: when the story was filed"))
        links.of_the_same_thing(sentence_figures, text)
        links.worth_of_the_quantity(sentence_figures, text)
        links.the_figure_of_another_period(sentence_figures, text)
        links.pairs_of_one_noun(sentence_figures, text)
        links.gaps_to_a_mark(sentence_figures, text)
        links.elliptical(sentence_figures, text)
        links.gapped_moves(sentence_figures, text)
        links.ellipses(sentence_figures)
        links.prior_in_brackets(sentence_figures, text)
        links.rates_with_their_base_in_brackets(sentence_figures, text, previous_sentence, sentence)
        links.moves_told_after(sentence_figures, text)
        links.rates_told_no_way(sentence_figures, text)
        links.conversions(sentence_figures, text)
        links.amount_or_rate(sentence_figures, text)
        links.amount_per_share(sentence_figures, text)
        links.revised_outlooks(sentence_figures, text, sentence)
        links.average_power(sentence_figures, text)
        links.per_unit_of_its_sentence(sentence_figures, text)
        links.changes_between(sentence_figures, text)
        links.change_then_its_pair(sentence_figures, text)
        links.rate_after_its_baseline(sentence_figures, text)
        links.rate_before_its_baseline(sentence_figures, text)
        links.rate_of_the_pair_where(sentence_figures, text)
        links.rate_opening_the_sentence(sentence_figures, text, sentence)
        links.sentence_relations(sentence_figures, text)
        links.move_told_again_in_money(sentence_figures, text)
        links.ranked_lists(sentence_figures, text, sentence)
        links.previous_estimates(sentence_figures, text, sentence, lede)
        links.lists(sentence_figures, text, sentence)
        links.parallel_moves(sentence_figures, text)
        links.rates_of_volume_and_value(sentence_figures, text)
        links.rate_then_its_pair(sentence_figures, text)
        links.rates_of_a_list(sentence_figures, text)
        links.rates_against_the_plan(sentence_figures, text)
        links.performance_rates(sentence_figures, text)
        links.plans_named_by_their_actuals(sentence_figures, text)
        if sentence_figures:
            links.rate_moved_from(sentence_figures, previous_sentence, text, sentence)
            links.other_parts(sentence_figures, previous_sentence, text, sentence)
            links.divided_in_the_next_sentence(sentence_figures, previous_sentence, text, sentence)
            links.year_before_named_short(sentence_figures, previous_sentence)
            links.retreated_from_the_peak(sentence_figures, previous_sentence, text)
            links.rate_of_the_move_before(sentence_figures, previous_sentence, text)
            links.rate_of_the_level_before(sentence_figures, previous_sentence, text, sentence)
            links.change_of_the_level_before(sentence_figures, previous_sentence, text, sentence)
            links.changes_from_a_figure_before(sentence_figures, previous_sentence, text, sentence)
            links.moved_from_when_it_was(sentence_figures, previous_sentence, text, sentence)
            links.rates_from_a_figure_before(sentence_figures, previous_sentence, text, sentence)
            links.rate_before_its_pair(sentence_figures, previous_sentence, figures, text)
            links.moved_from_the_period_told_after(sentence_figures, previous_sentence, text, sentence)
            links.brought_to(sentence_figures, previous_sentence, text)
            links.change_of_the_pair_after(sentence_figures, previous_sentence, text)
            links.more_than_the_estimate(sentence_figures, previous_sentence, text)
            links.compares_with_the_sentence_before(sentence_figures, previous_sentence, text, sentence)
            links.this_was_higher_than(sentence_figures, previous_sentence, text, sentence)
            previous_sentence = sentence_figures
        links.on_the_face_value(sentence_figures, text)
        links.out_of(sentence_figures, text, sentence)
        links.share_told_as_a_count(sentence_figures, text)
        links.sexes_of_a_count(sentence_figures, text)
        links.breakdowns(sentence_figures, text)
        links.compared_with_before(sentence_figures, figures, text, sentence)
        links.moves_of_a_level_told_before(sentence_figures, figures, text)
        links.the_level_of_the_basis_told_before(sentence_figures, figures)
        links.moved_on_from_the_period_before(sentence_figures, text)
        links.named_again(sentence_figures, figures, text)
        links.against_one_target(sentence_figures, text, targets_seen)
        links.among_the_total(sentence_figures, figures, text, sentence)
        links.of_these(sentence_figures, figures, text)
        links.bracketed_breakdown(sentence_figures, figures, text)
        figures += sentence_figures
    _months_of_fiscal_years(figures, text)
    links.spelled_acronyms(figures)
    links.roundup_entities(figures, text, main)
    links.restated_later(figures)
    links.restated_in_another_currency(figures, text)
    links.said_again(figures)
    by_sentence: dict[int, list[Figure]] = {}
    for figure in figures:
        by_sentence.setdefault(figure.sentence, []).append(figure)
    totals = links.Totals(figures)
    for sentence_index in sorted(by_sentence):
        links.shares_of_totals(by_sentence[sentence_index], text, totals)
    links.shares_in_brackets(figures, text, totals)
    links.shares_of_the_plan(by_sentence, text)
    links.shares_of_one_whole(figures, text)
    links.named_shares(figures, text)
    tallies.places_within_places(figures, text)
    links.named_parts(figures)
    links.elided_currencies(figures, text)
    links.elided_scales(figures, text)
    links.elided_pers(figures, text)
    links.listed_parts(figures, text, totals)
    links.rate_over_the_plan(figures, text)
    links.headline_to_body(figures, text)
    links.moves_told_twice(figures)
    links.records(figures, text)
    links.all_time_records(figures, text)
    links.majorities(figures, text)
    links.average_prices(figures, text)
    links.members_of_a_summary(figures, text)
    links.complements_in_a_box(figures, text)
    links.estimates_against_actuals(figures, text)
    links.rates_against_forecasts(figures, text)
    links.balances(figures, text)
    links.more_than_named(figures, text)
    sums.stated_totals(figures, text)
    sums.named_wholes(figures, text)
    averages.averaged_growth(figures)
    tallies.case_tallies(figures, text)
    tallies.places_of_the_day(figures, text)
    tallies.days_within_totals(figures, text)
    links.partitions(figures)
    links.growth_partitions(figures)
    links.complements(figures)
    links.reported_segments(figures, text)
    links.business_lines(figures)
    links.free_cash_flow(figures)
    links.profit_within_revenue(figures)
    links.excluding_parts(figures)
    links.rates_on_another_basis(figures)
    links.distinguish(figures, text)
    links.sub_measures(figures)
    links.kinds_of_a_total(figures)
    sums.found_sums(figures)
    links.rates_before_their_pairs(figures, key_of(article.headline))
    links.rates_from_a_level_only(figures)
    arithmetic.found_growths(figures, text)
    arithmetic.found_shares(figures)
    arithmetic.found_differences(figures, text)
    _counts_as_levels(figures)
    return figures, _other_rows(article, others, figures)


# "The £46bn headline figure is based on ...": a figure opening its clause, the nouns after it and then the verb
_LEADS_CLAUSE = re.compile(r"(?i)^\W*(?:the|a|an|this|that|its|their)?\s*$")
_NOUNS_THEN_VERB = re.compile(r"^\s*((?:[a-z][\w'’-]*\s+){1,3})(?:is|was|are|were|has|have|had|will|would)\b")
_MOVES = set(RISE_WORDS) | set(FALL_WORDS)


def _names_its_subject(before: str, after: str) -> bool:
    """Whether a figure is part of its clause's subject, the nouns after it saying what it is: such a clause has a
    subject, and no other clause's measure is its own ("The £46bn headline figure is based on a share price", after
    a sentence on Takeda's shares). "The 5 percent rise was the fastest" is a move of the measure spoken of."""
    nouns = _NOUNS_THEN_VERB.match(after)
    return bool(_LEADS_CLAUSE.match(before) and nouns and not _MOVES & set(nouns.group(1).lower().split()))


_POINTS = frozenset({"points", "point", "pts"})


def _counts_as_levels(figures: list[Figure]) -> None:
    """A count the article relates to other figures ("rose 31.9 percent to 361,000 units", a part of 2.14
    million) is a level of its measure: the level checks read it."""
    related = {target for f in figures for target in f.links} | {f.id for f in figures if f.links}
    # "4,726 cases in 2017, while in 2018 the cases sharply dropped to 2,798": a move claims the figure against the
    # one before, so the counts of its measure are levels too
    moved = {f.measure.key for f in figures if f.kind == "count" and f.trend in ("rising", "falling") and f.measure.key}
    # "Tourist arrivals during the first three months of 2024 rose to 604,953 ... 219,360 in January 2024": counts
    # of one measure for a period and for periods inside it are levels of one series (the months add up to it);
    # an index's points ("lost 50.43 points" on a day of March, 40 points in March's futures) add up to nothing
    counts: dict[frozenset, list[Figure]] = {}
    for figure in figures:
        if figure.kind == "count" and figure.measure.key and figure.period and not figure.measure.key & _POINTS:
            counts.setdefault(figure.measure.key, []).append(figure)
    nested = {id(f) for series in counts.values() if len(series) > 1 for f in series
              if any(g.period != f.period and (within(f.period, g.period) or within(g.period, f.period))
                     for g in series)}
    for figure in figures:
        if figure.kind == "count" and (figure.id in related or figure.measure.key in moved or id(figure) in nested):
            figure.kind = "level"
    # "production in August increased by 11 per cent to 1,23,769 units. The company had produced a total of 1,11,370
    # units in the same month last year": a count of a level's measure and unit a year before it is that level's
    # figure a year before, which the growth checks read beside it
    years_before = {(f.measure.key, f.unit, year_before(f.period)) for f in figures
                    if f.kind == "level" and f.measure.key and f.period}
    for figure in figures:
        if figure.kind == "count" and (figure.measure.key, figure.unit, figure.period) in years_before:
            figure.kind = "level"


_ELIDED = re.compile(r"^\s*(?:percent|per cent|%|pc|pct)?\s*in the (first|second|third|fourth)\b(?!\s+(?:\w+\s)?(?:quarter|half|"
                     r"month|year|nine|six|three|ten|eight|two))", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


_OUTPUT_ALONE = frozenset({"output"})
# A period named as last year's: "the first quarter of last year", "the same months of the previous year"
_OF_LAST_YEAR = re.compile(r"(?i)\s*(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+year\b")
# A verb in the past perfect: what it says came before the period the article reports
_PAST_PERFECT = re.compile(r"(?i)\bhad\s+(?:been|[a-z]+ed|risen|fallen|grown|stood|shrunk|seen|hit|reached)\b")
# ("From a month-on-month perspective, investment ... increased by 0.18% in July": the month given to compare with
# leaves the article in the months from January it reports)
_SEQUENTIALLY = re.compile(r"(?i)\W*(?:(?:from|in|on) an? )?(?:sequentially|sequential basis|quarter[- ]on[- ]quarter|"
                           r"quarterly basis|month[- ]on[- ]month)\b")


def _last_of_length(spoken: list[str], words: str) -> str:
    """The quarter (month, year) the article reports, for "the quarter (month, year) under review": of those it spoke
    of, the one it spoke of most, the later of two spoken of as often (a look back at the quarter before, "The
    revenue from operations stood at Rs 572.70 crore in Q3FY21", leaves Q4's the quarter under consideration)."""
    shapes = {"quarter": r"(?:FY)?\d{4}Q[1-4]", "month": r"\d{4}-\d{2}", "year": r"(?:FY)?\d{4}", "half": r"\d{4}H[12]"}
    shape = next((s for word, s in shapes.items() if word in words.lower()), None)
    fitting = [p for p in spoken if shape and re.fullmatch(shape, p)]
    if not fitting:
        return spoken[-1] if spoken else ""
    counts, last = Counter(fitting), {p: i for i, p in enumerate(fitting)}
    return max(counts, key=lambda p: (counts[p], last[p]))


def _elided_quarters(figures: list[Figure], earlier: list[Figure], text: str) -> None:
    """"down from 7.9 percent in the second quarter and 18.3 percent in the first": the quarter left unsaid."""
    quarters = [f.period for f in earlier + figures if re.fullmatch(r"(?:FY)?\d{4}Q[1-4]", f.period)]
    for figure in figures:
        found = _ELIDED.match(text[figure.end:figure.end + 40])
        if found and quarters:
            figure.period = quarters[-1][:-1] + str(_ORDINALS[found.group(1).lower()])


# "released figures indicating that", "data showed": what a report says follows these words
_WHAT_IT_SHOWS = re.compile(r"(?i)\b(?:show(?:s|ed|ing)?|indicat(?:es|ed|ing)|reveal(?:s|ed|ing)|suggest(?:s|ed|ing))"
                            r"\s+that\b")


def _looked_back(context: str, reported: str) -> bool:
    """Whether the period the article last spoke of ended before the period it reports."""
    if not context or not reported or context == reported or len(reported) == 10:
        return False  # (a day reported is more often the day the data came out than a period of the figures)
    try:
        before, now = parse_period(context), parse_period(reported)
    except ValueError:
        return False
    return before.end is not None and now.start is not None and before.end < now.start


def _a_day_long_past(period: str, story_day: dt.date) -> bool:
    """Whether a period is one day, more than a week before the story's."""
    return len(period) == 10 and (story_day - dt.date.fromisoformat(period)).days > 7


def _with_figures(spans: list[tuple[int, int]], mentions: list[Mention]) -> list[tuple[int, int]]:
    """Clauses, each joined to the next while it has no figure: "During the budget year 2022-23 on foreign
    debt servicing, the country will spend Rs 511 billion" is one clause, whose first part names the measure."""
    merged, pending = [], None
    for start, end in spans:
        start = pending if pending is not None else start
        if any(start <= m.start < end and not m.temporal for m in mentions):
            merged.append((start, end))
            pending = None
        else:
            pending = start
    if pending is not None:
        if merged:
            merged[-1] = (merged[-1][0], spans[-1][1])
        else:
            merged.append((pending, spans[-1][1]))
    return merged


# Numbers that define whom or what a figure counts: "aged between 12 and 17", "at least one dose".
_METADATA_LINE = re.compile(r"(?i)^\s*(?:published|updated|posted|last updated|first published|by)\b[^\n]*$"
                            # a dateline's bracket: "TOKYO (UrduPoint News / Sputnik - 31st August, 2021)"
                            r"|^\s*(?-i:[A-Z][A-Z .'-]{2,40})\s*\([^)\n]*$")
# "June 10, 2011 - The U.S. hotel industry reported": a date opening a paragraph, then a dash, is the story's dateline
_A_DASH_THEN_THE_STORY = re.compile(r"\s*(?:[-–—]+|:)\s+(?=[A-Z])")  # (or a colon: "Sep.1, 2007: Year-over-year ...")


def _on_a_metadata_line(mention: Mention, text: str) -> bool:
    """Whether a number is of the story's byline, publication line or dateline."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return bool(_METADATA_LINE.match(text[line_start:mention.start])) or (
        mention.kind == "month" and not text[line_start:mention.start].strip()
        and bool(_A_DASH_THEN_THE_STORY.match(text, mention.end)))


def _filed_on(mention: Mention, text: str, published: dt.date) -> str:
    """The day a date on a byline or publication line names, when it is a whole day within the week up to the
    article's publication date (the story's own date), else ''."""
    if mention.kind != "month" or not _on_a_metadata_line(mention, text):
        return ""
    day = period_of(mention, published)
    try:
        filed = dt.date.fromisoformat(day)
    except ValueError:
        return ""
    return day if dt.timedelta(0) <= published - filed <= dt.timedelta(days=7) else ""


_BACK_IN = re.compile(r"(?i)\bback\s+in\s+$")


# Words capitalised only because they open a sentence: "The 23 deaths", "Whereas 12 people", "About 40 firms"
# count, where "Company 4" and "Phase 2" name.
_SENTENCE_OPENERS = ("the|a|an|whereas|while|although|though|but|and|or|so|yet|since|as|when|after|before|until|if|"
                     "of|in|on|at|by|for|from|with|without|over|under|about|around|nearly|almost|roughly|some|all|"
                     "only|just|another|those|these|its|their|his|her|our|also|then|now|still|even|approximately|"
                     "between|among|including|each|every|both|than|here|there|further|meanwhile|however|overall|"
                     "altogether|besides|plus|fewer|more|less|least|most|lastly|finally|again|where")
# "Company 4", "Phase 2", "Line 3": a capitalised noun (no month, no currency, no sentence opener) named by the
# number after it.
_NAMED_BY_NUMBER = re.compile(r"\b(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Rs|RM|US|No)\b)"
                              rf"(?!(?i:{_SENTENCE_OPENERS})\s)[A-Z][a-z]+\s$"
                              # ("filing under subchapter V of chapter 11", "section 80C": a division of a law or a
                              # plan, in lower case too)
                              r"|\b(?:sub)?(?:chapter|section|article|clause|schedule|title|tier|phase|stage)\s$")
# "92 Octane Petrol", "95-octane", "Octane 92": the grade a fuel is sold by names it
_FUEL_GRADE_AFTER = re.compile(r"\s?-?\s?(?i:octane)\b")
_FUEL_GRADE_BEFORE = re.compile(r"\b(?i:octane)\s?-?\s?$")
# "7-nanometer accounted for 21 percent", "7nm chips", "12-inch wafers", "a 64-bit processor": a size glued to its
# unit that names a class of product (a chip process, a wafer, a screen)
_A_SIZE_CLASS = re.compile(r"(?i)(?:-|(?=[a-z]))(?:nanomet(?:er|re)s?|nm|inch|millimet(?:er|re)|mm|bit|core|megapixel)"
                           r"\b(?!\s*(?:of|per)\b)")
# "cat no. 8501.0", "No. 10 Downing Street", "Nos. 3 and 4": a number that names, not one that counts
_REFERENCE_NUMBER = re.compile(r"\b(?:[Nn]os?\.|Nos?\s|Nr\.?\s)\s*$")
# "The six month rolling average", "a 24 hour strike": a span before a noun, unhyphenated, describes it
_DESCRIBING_SPAN = re.compile(r"(?i)\s(?:year|month|week|day|hour|decade|quarter)\s+(?!(?:ago|earlier|later|before|after|"
                              r"of|in|on|to|and|or|from|for|at|by|since|this|that|when|while|as|than)\b)[a-z]")
# "quarter ended December 31, 2021", "year ended 31 March 2020": the day a period ended, printed in full
_ENDED_ON = re.compile(r"(?i)\bended\s+(?:on\s+)?(?P<day>(?P<month>[a-z]{3,9})\.?\s+(?P<date>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)|"
                       r"(?P<date2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>[a-z]{3,9})\.?,?\s+(?P<year2>(?:19|20)\d\d))\b")


def _day_of(ended: re.Match) -> dt.date | None:
    month = MONTH_NUMBER.get((ended.group("month") or ended.group("month2")).lower()[:3])
    try:
        return dt.date(int(ended.group("year") or ended.group("year2")), month,
                       int(ended.group("date") or ended.group("date2"))) if month else None
    except ValueError:
        return None


# ("Children under five accounted for more than 40 per cent": an age bracket named by its bound, after who)
_AGE = re.compile(r"(?i)\b(?:aged?|ages)\s+(?:between\s+|of\s+|from\s+)?(?:\d+\s*(?:and|to|-|–)\s*)?$"
                  r"|\b(?:children|kids|infants|babies|toddlers|boys|girls|people|persons|adults|men|women|patients|"
                  r"those)\s+(?:under|over|below|above|younger\s+than|older\s+than)\s+(?:the\s+age\s+of\s+)?$")
_THRESHOLD = re.compile(r"(?i)^\s+(?:dose|shot|jab|child|person|member)\b")


# "country total increases to 762", "the tally rose to", "bringing the total to": a running total's subject
# ("a total of 5,000", "in total": how many, of the measure spoken of)
_A_RUNNING_TOTAL = re.compile(r"(?i)(?<!\ba )(?<!\bin )\b(?:total|tally|toll)\b(?!\s+of\b)")
# "Two (02) more persons": a number in words, then the same in digits in brackets
_SPELLED_THEN_DIGITS = re.compile(r"(?i)\b([a-z]+)\s*\(\s*$")


# "one thousand four hundred and fifty-one (1 451)": the rest of a number in words, then the same in digits
_SPELLED_ON_TO_ITS_DIGITS = re.compile(rf"(?i)(?P<rest>(?:[\s-]+(?:and\s+)?(?:{WORDNUM}|thousand|million|billion))*)"
                                       r"\s*\(\s*\d[\d ,.]*\)")
_A_NUMBER_WORD_BEFORE = re.compile(rf"(?i)\b(?:{WORDNUM}|thousand|million|billion)[\s-]+(?:and\s+)?$")


def _spelled_before(mention: Mention, text: str) -> bool:
    """Whether a number in brackets repeats in digits the number word right before it: "Two (02)"."""
    spelled = _SPELLED_THEN_DIGITS.search(text, max(0, mention.start - 20), mention.start)
    return bool(spelled) and text[mention.end:mention.end + 1] == ")" and mention.value.isdigit() \
        and NUMBER_WORDS.get(spelled.group(1).lower()) == int(mention.value)


# A year that names an event: "temporary employees working on the 2020 census"
_A_NAMED_EVENT = re.compile(r"(?i)\s+(?:population\s+)?(?:census|general\s+elections?|elections?|polls|Olympics|Olympic\s+Games|"
                            r"World\s+Cup|Expo|Asian\s+Games|Commonwealth\s+Games)\b"
                            # ("lower than that of the 2004 tsunami or the 2005 earthquake in Kashmir", "the 2004 freak
                            # wave", "the 2008 financial crisis": an event named by its year, which dates no figure of
                            # the story)
                            r"|\s+(?:[a-z]+\s+)?(?:tsunami|earthquake|quake|floods?|cyclone|hurricane|typhoon|tidal\s+wave|"
                            r"wave|drought|crisis|crash|recession|war|pandemic|bombings?|riots?|coup)\b(?!\s+(?:levels?|figures?|"
                            r"period|peak|total|rate)\b)"
                            # ("phase two of the Roads 2000 Programme": a programme's name, capitalised)
                            r"|\s+(?-i:Programme|Program|Initiative|Strategy|Project|Scheme|Framework)\b")
# "Vision 2030", "Agenda 2063": a plan named by the year it aims at
_A_NAMED_PLAN = re.compile(r"\b(?:Vision|Agenda)\s+$")


# "a tax rate of 62.24 cents for every $100 of taxable property", "48 cents per $100 valuation": the base of a rate
_PER_AN_AMOUNT = re.compile(r"(?i)\b(?:for\s+every|for\s+each|on\s+every|per)\s+$")


# ".14" right after a number that has a decimal point already
_A_SECOND_POINT = re.compile(r"\.\d")


# "moved up from 18 to 14", "slipped from No. 3 to No. 7 in the rankings": a move between two bare numbers, no noun
# after the second but where the ranking is
_RANK_MOVE = re.compile(r"(?i)\b(?P<way>moved\s+up|moved\s+down|climbed|rose|jumped|slipped|slid|fell|dropped)\s+"
                        r"(?:from\s+)?(?:No\.\s*|number\s+|#)?(?P<was>\d{1,3})\s+to\s+(?:No\.\s*|number\s+|#)?"
                        r"(?P<now>\d{1,3})(?!\d|[.,]\d|\s*(?:%|per\b|percent)|\s+(?!(?:in|on|among|places?|spots?|"
                        r"positions?)\b)[a-z])")


def _a_place_in_a_ranking(mention: Mention, text: str) -> bool:
    """Whether a bare number is one of two places a move up or down a ranking is told between: the words say up and
    the number falls, or down and it rises (a quantity moving so would contradict its own verb)."""
    for found in _RANK_MOVE.finditer(text, max(0, mention.start - 40), min(len(text), mention.end + 40)):
        if mention.start in (found.start("was"), found.start("now")):
            up = found.group("way").lower().startswith(("moved up", "climbed", "rose", "jumped"))
            return (int(found.group("now")) < int(found.group("was"))) == up
    return False


# "(of 170 kg each)", "bags of 50 kg each": the size of each of the units a count is of
_UNIT_SIZE = re.compile(r"(?i)\bof\s+$")
_EACH_AFTER = re.compile(r"(?i)\s*each\b")
# "the average price of 1kg of rice", "the cost of a litre of petrol": the quantity a price is given for, then what of
_PRICED_QUANTITY = re.compile(r"(?i)\b(?:prices?|costs?)\s+(?:of|for)\s+(?:a\s+|one\s+|every\s+|each\s+)?$")
_OF_THE_GOODS = re.compile(r"\s+of\s+(?!the\b|their\b|its\b)[a-z]")


# "one hour ", "two hours and ": the hours of a span whose minutes follow
_AN_HOUR_AND = re.compile(r"(?i)\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+hours?\s+(?:and\s+)?$")
_MINUTES = re.compile(r"(?i)\s+min(?:ute)?s?\b")


# "100% grade-B white rice", "5% broken rice", "25% brokens": the rice trade names a grade by its share of broken
# grains, a label the prices that follow are of
_A_GRADE_AFTER = re.compile(r"(?i)[\s-]+(?:grade\b|broken(?:s)?\b(?!\s+(?:down|up|out|off|into)\b))")


# " or six times", " to 10 times": what follows the low end of a range of multiples
_A_MULTIPLES_LOW_END = re.compile(r"\s*(?:or|to|-|–)\s*(?:\d+(?:\.\d+)?|[a-z]+)\s+times\b", re.I)


def _defining(mention: Mention, text: str) -> str:
    """Why a number is part of a definition or of the story's details rather than a figure, or ''."""
    if _on_a_metadata_line(mention, text):
        return "the story's own byline or publication details, not a figure"
    if mention.kind in ("amount", "number", "physical", "percent") and _A_SECOND_POINT.match(text, mention.end) \
            and "." in text[mention.start:mention.end]:
        # ("US$15.24.14 billion": a misprint no reading can take a value from)
        return "a malformed number (a second decimal point), not read as a figure"
    if mention.kind == "year" and (_A_NAMED_EVENT.match(text, mention.end)
                                   or _A_NAMED_PLAN.search(text, max(0, mention.start - 10), mention.start)):
        return "part of a name (\"the 2020 census\", \"the 2024 elections\"), not the figures' period"
    # (one converted, "on every 1,000 won (US$0.85)", is still checked as a conversion)
    if mention.kind == "amount" and _PER_AN_AMOUNT.search(text, max(0, mention.start - 16), mention.start) \
            and not text.startswith("(", mention.end + 1):
        return "the amount a rate is given for (\"62.24 cents for every $100 of taxable property\"), not a figure"
    if mention.kind == "physical" and _UNIT_SIZE.search(text, max(0, mention.start - 8), mention.start) \
            and _EACH_AFTER.match(text, mention.end):
        # ("4.42 million bales (of 170 kg each)", "cargoes of 140,000 cubic meters each": the size of the unit
        # counted, not a figure of the story; "a list price of $428m each" is one)
        return "the size of the unit counted (\"bales of 170 kg each\"), not a figure"
    if mention.kind == "physical" and _PRICED_QUANTITY.search(text, max(0, mention.start - 24), mention.start) \
            and _OF_THE_GOODS.match(text, mention.end):
        return "the quantity a price is given for (\"the price of 1kg of rice\"), part of the price's unit, not a figure"
    if mention.kind in ("number", "amount") and not mention.value[:1].isdigit() \
            and (spelled := _SPELLED_ON_TO_ITS_DIGITS.match(text, mention.end)) \
            and (spelled.group("rest") or _A_NUMBER_WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)):
        # (one word alone, "Two (02)", keeps its row: the digits are the repeat)
        return "a number in words, told again in digits in the brackets after it (\"four hundred and fifty-one (451)\")"
    if mention.kind == "percent" and _A_GRADE_AFTER.match(text, mention.end):
        return "a grade's name (\"100% grade-B white rice\", \"5% broken rice\"), not a figure"
    if re.search(r"(?:±|\+/-|\+-|\bplus or minus)\s*$", text[max(0, mention.start - 16):mention.start]):
        return "a margin of error (\"an increase of 23.1 percent (±3.5%)\"), not a figure of its own"
    if mention.kind != "number":
        return ""
    if _A_MULTIPLES_LOW_END.match(text, mention.end):
        return "the low end of a range of multiples (\"five or six times higher\"), read with the multiple"
    if _AN_HOUR_AND.search(text, max(0, mention.start - 20), mention.start) and _MINUTES.match(text, mention.end):
        # ("A vehicle is stolen in Malaysia every one hour 15 minutes": the minutes of a span of hours and minutes)
        return "the minutes of a span told in hours and minutes (\"one hour 15 minutes\"), not a figure of its own"
    if _spelled_before(mention, text):
        return "the number before it, in digits (\"Two (02) more persons\")"
    if re.fullmatch(r"\d{1,2}", mention.text) and not text[text.rfind("\n", 0, mention.start) + 1:mention.start].strip() \
            and re.match(r"[.)]\s+[A-Z]", text[mention.end:mention.end + 3]):
        return "the number of an item of a list (\"2. China – 4,718,300\"), not a quantity"
    # ("the(32) cases", "Starehe(60), Westlands(34)": a count glued to its word, no footnote)
    if re.search(r"[A-Za-z]\($", text[max(0, mention.start - 2):mention.start]) and \
            text[mention.end:mention.end + 1] == ")" and re.fullmatch(r"\d", mention.text) and \
            not re.search(r"(?i)\b(?:the|all)\($", text[max(0, mention.start - 5):mention.start]):
        return "a footnote marker (\"sales(1)\"), not a quantity"
    # ("2008 covid related hospital admissions a day,1 up from 1749": a note's number set after the punctuation, as
    # journals print a reference; a number of its own takes a space, and thousands a digit before the comma)
    if re.fullmatch(r"\d{1,2}", mention.text) and re.search(r"[a-z][,.;:]$", text[max(0, mention.start - 2):mention.start]) \
            and re.match(r"\s+[a-z]", text[mention.end:mention.end + 3]):
        return "a reference marker (\"a day,1 up from\"), not a quantity"
    if re.fullmatch(r"\d{1,3}", mention.text) and text[max(0, mention.start - 1):mention.start] == "[" \
            and text[mention.end:mention.end + 1] == "]":
        return "a citation marker (\"revenue [6]\"), not a quantity"
    if _FUEL_GRADE_AFTER.match(text, mention.end) or _FUEL_GRADE_BEFORE.search(text[max(0, mention.start - 8):mention.start]):
        return "a fuel's grade (\"92 Octane Petrol\", \"Octane 95\"), part of its name, not a quantity"
    if re.match(r"[- ]magnitude\b", text[mention.end:mention.end + 10], re.I):
        return "a quake's magnitude named as its adjective (\"the 6.3-magnitude earthquake\"), not a count"
    if re.fullmatch(r"\d{1,3}", mention.text) and _A_SIZE_CLASS.match(text, mention.end):
        return "a size that names a class of product (\"7-nanometer\", \"12-inch wafers\"), not a quantity"
    if _REFERENCE_NUMBER.search(text[max(0, mention.start - 12):mention.start]):
        return "a reference number (\"cat. no. 8501.0\", \"No. 10\"), not a quantity"
    if not mention.value[:1].isdigit() and re.match(r"-[a-z]{3,}", text[mention.end:mention.end + 5]) and \
            not re.match(rf"-(?:{WORDNUM})\b", text[mention.end:mention.end + 12], re.I):
        return "part of a compound word (\"two-wheelers\", \"a three-judge bench\"), not a quantity"
    if _NAMED_BY_NUMBER.search(text[max(0, mention.start - 30):mention.start]) and \
            re.fullmatch(r"\d{1,3}", mention.text) and re.match(r"\s+[a-z]|\s*\(\s*[A-Z][a-z]|\s*[:(]\s*\d|\s*\)",
                                                               text[mention.end:mention.end + 5]):
        # ("Grant 51 (Police) budget allocation": the name's own gloss in brackets after it; "Region 3: 3,902 (18
        # percent)", "Region 3 (9,426 15 percent)": the named one's figure after it; "(Morbidity Week 25)")
        return "part of a name (\"Company 4 said\", \"Phase 2 began\", \"Grant 51 (Police)\"), not a quantity"
    if re.fullmatch(r"\d{1,2}", mention.text) and re.match(r"[”\"’']", text[mention.end:mention.end + 1]) and \
            re.search(r"[“\"‘'][A-Z][\w&:.'’-]*(?:\s[\w&:.'’-]+){0,4}\s$", text[max(0, mention.start - 40):mention.start]):
        return "part of a quoted title (\"“Halo 3” video game\"), not a quantity"
    if _a_place_in_a_ranking(mention, text):
        return "a place in a ranking (\"moved up from 18 to 14\"), which rises as its number falls: not a quantity"
    if _AGE.search(text[max(0, mention.start - 30):mention.start]):
        return "an age: part of a group's definition, not a quantity"
    if re.match(r"\s(?:years?|months?|weeks?|days?|hours?|decades?)\b", text[mention.end:mention.end + 10], re.I) and \
            re.search(r"(?i)\b(?:in|for|over|within|after|following|during|every|more than|longer than|less than|"
                      r"at least|up to|under|(?:a|the)\s+(?:gap|period|span|break|hiatus|interval|lull)\s+of)\s+"
                      # ("a 2.1% increase in just one month")
                      r"(?:the\s+)?(?:(?:past|last|next|previous|prior|preceding|first|coming|just|only)\s+)?"
                      # ("blocked entirely for nearly eight months": how close, between the span's word and its number)
                      r"(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than|less\s+than)\s+)?$",
                      text[max(0, mention.start - 24):mention.start]):
        return "a span of time (\"the slowest in four years\", \"in the past 24 hours\"), not a quantity"
    if re.match(r"-(?:year|month|week|day|decade|quarter)s?\b", text[mention.end:mention.end + 10], re.I) or \
            _DESCRIBING_SPAN.match(text, mention.end):
        return "a span that describes something (\"a 10-year high\", \"a 10-year bond\"), not a quantity"
    if re.fullmatch(r"\d{1,3}", mention.text) and (
            re.match(r"[-–:]\d{1,3}(?!\d|[.,]\d|%)(?!\s*[-]?(?:percent|per cent|million|billion|trillion|thousand|crore|lakh|"
                     r"bn|mn|m\b|k\b|years?|months?|weeks?|days?|hours?|per\b|times|fold))", text[mention.end:mention.end + 16])
            or re.search(r"(?<![\d.,])\d{1,3}[-–:]$", text[max(0, mention.start - 4):mention.start])):
        return "a score or a ratio (\"won 3-1\", \"a 2:1 majority\"), not a quantity"
    if mention.value.lower() == "one" and _THRESHOLD.match(text[mention.end:mention.end + 12]):
        return "a threshold in a definition (\"at least one dose\"), not a quantity"
    if _RATE_BASE.search(text[max(0, mention.start - 16):mention.start]) and \
            re.fullmatch(r"1?0{1,3}(?:,0{3})*|1(?:,000)+|one|ten", re.sub(r"\s", "", mention.text.lower())):
        return "the base of a rate (\"deaths per 100,000 people\", \"per 1,000 live births\"), part of its unit"
    return ""


# "162.7 deaths per 100,000 people", "35 per 1,000 live births", "for every 1,000": what a rate is counted per
_RATE_BASE = re.compile(r"(?i)\b(?:per|for\s+every|every|out\s+of\s+every)\s+$")


def _mark_bases(figures: list[Figure], temporals: list[tuple[Mention, str]], text: str, clause: tuple[int, int],
                story_day: dt.date) -> None:
    """Growth rates measured against something other than the year before: "up 2.0 percent sequentially and
    11.1 percent year over year" (the words after the rate, up to the next figure, say so; with one rate in
    the clause, anywhere in it), "20 per cent higher compared to January-March 2023" (a period it is compared
    with)."""
    growths = [f for f in figures if f.kind == "growth"]
    for growth in growths:
        span = re.fullmatch(r"([^/]+)/([^/]+)", growth.period or "")
        if span and year_before(span.group(2)) == span.group(1):
            # ("From December 2003 to December 2004, average weekly earnings rose by 3.3%": a move over the year to
            # the later period, measured against the same period a year before, the usual basis)
            growth.period = span.group(2)
        following = min((f.start for f in figures if f.start > growth.start), default=clause[1])
        after = text[growth.end:following]
        if _SEQUENTIAL.search(after) or len(growths) == 1 and _SEQUENTIAL.search(text[clause[0]:clause[1]]):
            growth.basis = "sequential"
            continue
        if (weeks := links.week_before(growth.period)) and (_THE_WEEK_BEFORE.search(after) or len(growths) == 1
                                                            and _THE_WEEK_BEFORE.search(text[clause[0]:clause[1]])):
            growth.basis = weeks
            continue
        # "compared with the last year's sum of Rs446bn": a period of the figure compared with, which says it
        # ("up 5% from May's $1.2 billion": the period of the figure right after, not the rate's basis; "up 3.1% from
        # May and up 23.4% from the 1.07 million level of June 2023": a figure after the next rate is that rate's)
        # ("fell 4.5% from August to 317,000": the figure after "to" is where the rate went, August still its basis)
        # ("a 6% reduction—or nearly 1.22 crore fewer students—compared to 2018-19": the move told again in its own
        # unit, after "or", is measured from the same period)
        # ("a growth of 27.8% between August 2016 and the same period in 2017": the move from one period to the same
        # period a year on, the rate the later one's; not "Up 25.8% Between January and February", the two months)
        spoken = [(m, p) for m, p in temporals if growth.end <= m.start < following and p][:2]
        if len(spoken) == 2 and _BETWEEN_PERIODS.fullmatch(text, growth.end, spoken[0][0].start) \
                and re.fullmatch(r"\s+and\s+", text[spoken[0][0].end:spoken[1][0].start]) \
                and year_before(spoken[1][1]) == spoken[0][1]:
            growth.period = spoken[1][1]
            continue
        told_again = next((f for f in figures if f.start > growth.end and f.kind == "change"
                           and _OR_TOLD_AGAIN.fullmatch(text, growth.end, f.start)), None)
        if told_again is not None:
            following = min((f.start for f in figures if f.start > told_again.start), default=clause[1])
        # ("January house prices up 0.2 per cent since December: Average house price ... now £163,177": a figure past a
        # colon and a new statement's capital is of that statement, not the one the period words name; "compared with
        # this time in 2015: 147.766 million barrels" gives the figures themselves)
        compared = [p for m, p in temporals if growth.end <= m.start < following and p and compared_with(text, m.start)
                    and not any(m.start < f.start <= following and f.kind != "growth"
                                and not _TO_A_FIGURE.fullmatch(text, m.end, f.start)
                                and not re.search(r":\s+[A-Z][a-z]", text[m.end:f.start]) for f in figures)
                    # ("as compared to the corresponding year ago quarter (Q3 2018)" of the quarter to December 2018: a
                    # label in brackets that is not the year back the words say is a fiscal label, read by the words)
                    and not (_OPENS_A_BRACKET.search(text, max(0, m.start - 4), m.start)
                             and p not in (growth.period, year_before(growth.period)))]
        if compared:
            basis = _same_period_of(growth.period, compared[0], text, temporals) or compared[0]
            later = year_after(basis) if basis == growth.period else None
            if later and (start_of(later) or story_day) < story_day:
                # ("hiking 12 percent on the first half of 2008", the only period of its clause: the rate is of the
                # year after the period it is measured against, not of that period, when that year had begun)
                growth.period = later
            growth.basis = "" if _the_year_before(growth.period, basis, temporals) else basis


# "% between ": a rate, then the two periods it is the move between
_BETWEEN_PERIODS = re.compile(r"(?i)\s*(?:%|percent|per\s?cent)?\s*between\s+")


# "(": a bracket opened right before a label
_OPENS_A_BRACKET = re.compile(r"\(\s*$")


# ", or nearly ", "—or ": between a rate and its move told again in the measure's own unit
_OR_TOLD_AGAIN = re.compile(r"(?i)\s*(?:%|percent|per\s?cent)?\s*(?:[a-z]+\s*)?[,—–(-]?\s*or\s+(?:about\s+|around\s+|nearly\s+|"
                            r"almost\s+|some\s+|roughly\s+)?\S{0,4}")


# " to ", " to a record ": what comes between a month a rate is measured from and the figure it reached
_TO_A_FIGURE = re.compile(r"(?i),?\s+to\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?\S{0,4}")


# Words that name no period but the rate's own, a year back
_A_YEAR_BACK = re.compile(r"(?i)^(?:a|one) year (?:ago|earlier)$|^the same (?:period|months?|quarter|half|time) (?:of |in )?"
                          r"(?:last year|a year (?:ago|earlier)|the (?:previous|prior|preceding) year)$|^the year-(?:ago|earlier)")


def _the_year_before(period: str, basis: str, temporals: list[tuple[Mention, str]]) -> bool:
    """Whether a rate's basis is its usual one, the same period a year before: "up 14.42% over last July", and "up
    15.67% over last year" of a month (not the whole of last year)."""
    if basis == year_before(period):
        return True
    if any(m.kind == "relative" and p == basis and _A_YEAR_BACK.search(m.text) for m, p in temporals):
        return True  # "up 29 percent from a year earlier": the year before the rate's own period, whatever it is
    if not re.fullmatch(r"\d{4}", basis) or period and not (re.match(r"\d{4}\S", period)
                                                            and int(basis) == int(period[:4]) - 1):
        return False
    return any(m.kind == "relative" and m.text.lower() == "last year" and p == basis for m, p in temporals)


# "this year's budget", "the current fiscal": the period the article reports
_PRESENT = re.compile(r"(?i)(?:this|the current|current)\b")
# "6.4% more than in the same period in 2019": the figure's own months, of the year named
_SAME_PERIOD_OF = re.compile(r"(?i)\bthe same (?:period|months?|quarter|half|time)\s+(?:of|in|last)?\s*$")


def _same_period_of(period: str, year: str, text: str, temporals: list[tuple[Mention, str]]) -> str:
    """"the same period in 2019" beside a rate of January-February 2021 is January-February 2019: the rate's period
    moved to the year named ('' when the words do not say "the same period", or the year is no bare year)."""
    mention = next((m for m, p in temporals if p == year), None)
    if not re.fullmatch(r"\d{4}", year) or not re.search(r"\d{4}", period) or mention is None or \
            not _SAME_PERIOD_OF.search(text[max(0, mention.start - 40):mention.start] + mention.text[:-4]):
        return ""
    shift = int(year) - int(re.search(r"\d{4}", period).group(0))
    return re.sub(r"\d{4}", lambda found: f"{int(found.group(0)) + shift:04d}", period)


# "an increase of 8.7% from January to July 2019", "up 5.1 percent over the same period of 2019"
_AGAINST = re.compile(r"(?i)^\s*(?:from|over|on|against|compared (?:with|to))\s+(?:the same (?:period|months?|quarter) "
                      r"(?:of|in)\s+)?$")


def _against_an_earlier_year(figures: list[Figure], earlier: list[Figure], temporals: list[tuple[Mention, str]],
                             text: str, context: str) -> None:
    """"From January to July, investment was 30,253.3 billion yuan, a year-on-year increase of 10.3%; an increase
    of 8.7% from January to July 2019": after a rate of the period the article speaks of, a rate "from" the same
    months of an earlier year is the period's growth against that year (two years on), not that year's growth."""
    if not context or not any(f.kind == "growth" and f.period == context for f in earlier):
        return
    for growth in (f for f in figures if f.kind == "growth" and f.period and f.period != context):
        named = next((m for m, p in temporals if p == growth.period and growth.end <= m.start <= growth.end + 40
                      and _AGAINST.match(text[growth.end:m.start])), None)
        same_months = re.sub(r"\d{4}", "", growth.period) == re.sub(r"\d{4}", "", context)
        if named and same_months and growth.period < context:
            growth.basis, growth.period = growth.period, context


def _basis(figure: Figure) -> str:
    """The basis column: the period a growth rate is measured against, when not the year before its own."""
    if figure.kind != "growth" or not figure.basis or not figure.period:
        return ""
    if figure.basis == "sequential":
        return links.period_before(figure.period)
    return "" if figure.basis in (figure.period, year_before(figure.period)) else figure.basis


def _dismissal(mention: Mention) -> str:
    return {"ordinal": "ordinal: part of a name, a date or a rank, not a quantity",
            "time": "a time of day", "age": "an age: who is counted, not a quantity"}.get(mention.kind,
                                                                                        "not read as a figure")


def _months_of_fiscal_years(figures: list[Figure], text: str) -> None:
    """"During nine months FY2020" in an Indian article is April-December 2019, the span "For the nine months
    period" resolves to: the first months of a fiscal year, named as months when the country's fiscal year is known
    (fiscal_years.csv), so the figures of the one span, however named, are of one period."""
    fiscal = stated_fiscal_year(text) or fiscal_year_of((f.unit for f in figures), text)
    for figure in figures:
        figure.period = months_of_fiscal(figure.period, fiscal)


def _other_rows(article: Article, others, figures: list[Figure]) -> list[dict[str, str]]:
    """Date rows for weekdays, months and relative dates; the period words of figures are covered by
    their quotes; every other mention is dismissed with its reason."""
    text = article.text
    rows = []
    # "the first nine months of the current fiscal year": calendar months, and the month named as their end
    span_ends = fiscal_spans(others, text, dateline_day(article.dateline, article.published) or article.published,
                             sentences(text), stated_fiscal_year(text) or fiscal_year_of((f.unit for f in figures), text))
    ending = set(span_ends.values())
    # Looked up, not searched: an article of thousands of numbers has thousands of each.
    took_period = {}
    for figure in figures:
        took_period.setdefault(figure.period_from, figure)
        took_period.setdefault(figure.overridden_from, figure)
    quoted = _Clauses(figures)
    periods_checked: set[str] = set()
    bracketed = _months_in_brackets(others, text)
    for mention, kind, clause, detail in others:
        row = {"quote": quote_for(text, clause, mention.start, mention.end), "value": mention.value,
               "note": "drafted automatically: check the date"}
        if mention.start in bracketed:
            rows.append({**row, **bracketed[mention.start], "_start": mention.start, "_id": f"B{mention.start}"})
        if kind == "dismissed":
            rows.append({**row, "quote": mention.text, "kind": "dismissed", "note": detail, "_start": mention.start})
            continue
        if kind == "dateline":
            rows.append({**row, "quote": mention.text, "value": mention.text, "kind": "date", "unit": "date",
                         "qualifier": "exact", "period": detail, "metric": "dateline", "_start": mention.start,
                         "_id": f"T{mention.start}"})
            continue
        if mention.kind in ("month", "quarter", "half") and far_year(mention.text, article.published) and \
                mention.text.split()[0].strip(",.").lower() not in _MONTH_NAMES:
            # "April-June 2103", "Q2 2103": a period's year mistyped a century after the article (a month's,
            # "October 2121", is its month row's), which dates.py holds against the article's date
            rows.append({**row, "quote": mention.text, "value": mention.text, "kind": "date", "unit": "period",
                         "qualifier": "exact", "period": "", "metric": "", "_start": mention.start,
                         "_id": f"T{mention.start}"})
            continue
        if (ended := _ENDED_ON.search(mention.text)) and (day := _day_of(ended)) is not None:
            # "the quarter ended December 31, 2021": the day a period is said to have ended, which must not come
            # after the article (checked by dates.py; the figure keeps the period its words resolve to)
            rows.append({**row, "quote": mention.text, "value": ended.group("day"), "kind": "date", "unit": "date",
                         "qualifier": "exact", "period": day.isoformat(), "metric": "period end",
                         "_start": mention.start, "_id": f"T{mention.start}"})
            continue
        basis = _BASIS.search(text[max(0, mention.start - 30):mention.start])
        # "September 2019" names its year: nothing to resolve against the story's date, so no date row
        # ("October ’20": its year's last two digits)
        dated = mention.kind == "month" and re.search(r"\b(?:19|20)\d\d\b|['’]\d\d$", mention.text) and \
            mention.start not in ending
        # The figure that took its period from these words, whose period the date is checked against; "from $4.62
        # billion last year" names the year before the figure it is compared with, no date of the story's
        # (the day a release came out, "data released today", is no figure's period)
        figure = None if said_on(mention, text) else took_period.get(mention.start)
        # ... and "last year's second quarter" names a quarter, the year only counting to it: a year word is
        # checked against a figure's year alone
        basis = basis or mention.kind == "relative" and figure is not None and (
            figure.baseline or re.search(r"(?i)\byear\b", mention.text) and not re.fullmatch(r"\d{4}", figure.period))
        if mention.kind in DATE_KINDS and not dated and (mention.kind != "relative" or
                                                         _CHECKABLE_RELATIVE.match(mention.text) and not basis):
            unit = {"weekday": "weekday", "month": "month", "relative": "relative"}[mention.kind]
            if mention.kind == "month" and any(c.isdigit() for c in mention.text) and "-" not in detail:
                unit = "date" if len(detail) == 10 else "month"
            value = mention.text if mention.kind != "month" else mention.text.split()[0].strip(",.")
            if mention.kind == "month" and (unit == "date" or value.lower().rstrip(".") not in _MONTH_NAMES):
                rows.append({**row, "quote": mention.text, "kind": "dismissed", "_start": mention.start,
                             "note": "a date that names when something happened; no figure rests on it"})
                continue
            period = figure.period if figure is not None and mention.kind == "relative" else \
                "" if mention.kind == "weekday" else detail  # a weekday is read against the story's date
            if mention.kind == "month" and detail[:4].isdigit() and not re.search(r"\b(19|20)\d\d\b", mention.text):
                period = detail
            rows.append({**row, "value": value, "kind": "date", "unit": unit, "qualifier": "exact", "period": period,
                         "metric": figure.measure.words if figure else "", "_start": mention.start,
                         "_id": f"T{mention.start}", "_story_day": mention.kind == "weekday" or
                         mention.kind == "relative" and mention.text.lower() in ("yesterday", "today", "tomorrow")})
        elif _period_of_an_actual(mention, figure, detail, dated) and detail not in periods_checked:
            # "Huawei's revenue grew ... in 2019", "exports in March 2019": the period a figure is given for as a fact,
            # which must have ended when the article ran (once per period: saying it again checks nothing new)
            periods_checked.add(detail)
            rows.append({**row, "quote": mention.text, "value": mention.text, "kind": "date", "unit": "period",
                         "qualifier": "exact", "period": detail, "metric": figure.measure.words,
                         "_start": mention.start, "_id": f"T{mention.start}"})
        elif mention.kind == "duration" and mention.unit.startswith("month") and detail and \
                mention.value.lower() != "first month":  # (a month named by its place, no span to count)
            rows.append({**row, "kind": "date", "unit": "months", "qualifier": "exact", "period": detail,
                         "_start": mention.start, "_id": f"T{mention.start}",
                         **({"links": f"T{span_ends[mention.start]}", "drafted": "links"}
                            if mention.start in span_ends else {})})
        elif not quoted.quote(mention):
            rows.append({**row, "quote": mention.text, "kind": "dismissed", "_start": mention.start,
                         "note": "a period named without a figure"})
    return rows


def _months_in_brackets(others, text: str) -> dict[int, dict[str, str]]:
    """"the first seven months of the financial year (April-September 2012-13)", "the second quarter of 2016
    (March-June)": a span named by its length, then its months in brackets, whose count must be that length (checked
    by dates.py). By the label's start, the row that checks it, beside the label's own."""
    rows = {}
    ordered = sorted(others, key=lambda other: other[0].start)
    for (label, *_), (months, *_) in zip(ordered, ordered[1:]):
        if not (label.kind == "duration" and label.unit.startswith("month") or label.kind in ("quarter", "half")
                or label.kind == "relative" and re.search(r"(?i)\b(?:quarter|half)\b", label.text)) \
                or months.kind != "month" or not _LABEL_THEN_BRACKET.fullmatch(text[label.end:months.start]) \
                or len([w for w in re.findall(r"[A-Za-z]+", months.text) if w.lower()[:3] in MONTH_NUMBER]) != 2:
            continue
        close = text.find(")", months.end, months.end + 12)
        if close < 0:
            continue
        # (the value is the whole: the label and its months are the two figures the check sets against each other)
        words = text[label.start:close + 1]
        rows[label.start] = {"quote": words, "value": words, "kind": "date", "unit": "period", "qualifier": "exact",
                             "metric": MONTHS_IN_BRACKETS}
    return rows


# What may stand between a span's length and its months in brackets: the year it is of ("of the financial year",
# "of 2016", "of fiscal 2019-20", "of this fiscal year"), then the bracket
_LABEL_THEN_BRACKET = re.compile(r"(?i)(?:\s+of\s+(?:the\s+|this\s+|current\s+|the\s+current\s+|last\s+)?"
                                 r"(?:(?:fiscal|financial)(?:\s+year)?|year|\d{4})(?:\s*[-/]?\s*\d{2,4})?)?\s*\(\s*")


def _period_of_an_actual(mention: Mention, figure: Figure | None, detail: str, dated: bool) -> bool:
    """Whether the words name, with their year, the calendar period of an actual figure (no forecast or estimate)
    that took its period from them, or the span of days it is given for."""
    # ("in the four weeks to July 30, 2023": a span of days, dated by the day it ends)
    days = mention.kind == "duration" and bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", detail or ""))
    if figure is None or figure.estimate or figure.kind == "forecast" or figure.period != detail or not detail \
            or not (dated or days or mention.kind in ("quarter", "half", "year")):
        return False
    try:
        return parse_period(detail).end is not None
    except ValueError:
        return False


_MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"}


class _Clauses:
    """The figures by clause, to ask whether a mention lies in a figure's clause and its quote."""

    def __init__(self, figures: list[Figure]):
        self.figures: dict[tuple[int, int], list[Figure]] = {}
        for figure in figures:
            self.figures.setdefault(tuple(figure.clause), []).append(figure)
        self.clauses = sorted(self.figures)
        self.starts = [start for start, _ in self.clauses]
        self.longest = max((end - start for start, end in self.clauses), default=0)

    def quote(self, mention: Mention) -> bool:
        """Whether the mention is inside a figure's clause and in its quote (a period the figure's quote covers)."""
        i = bisect.bisect_right(self.starts, mention.start) - 1
        # A clause that holds the mention starts at most `longest` characters before its end.
        while i >= 0 and self.starts[i] >= mention.end - self.longest:
            clause = self.clauses[i]
            if mention.end <= clause[1] and any(mention.text in f.quote for f in self.figures[clause]):
                return True
            i -= 1
        return False


def draft_rows(article: Article, mentions: list[Mention] | None = None) -> list[dict[str, str]]:
    """The drafted register, one dict per row (the register's columns), in the order of the text."""
    figures, others = _figures(article, mentions)
    names = {}
    for figure in figures:
        names.setdefault((figure.measure.key, figure.measure.entity), figure.measure.words)
    rows = []
    for figure in figures:
        metric = names.get((figure.measure.key, figure.measure.entity), "") if figure.measure.key else ""
        drafted = ["metric"] if metric else []
        if figure.links:
            drafted.append("links")
        if figure.inferred:
            drafted.append("inferred")
        rows.append({
            "quote": figure.quote, "value": figure.value, "unit": figure.unit, "scale": figure.scale,
            "period": figure.period, "entity": figure.measure.entity, "metric": metric, "kind": figure.kind,
            "qualifier": figure.qualifier, "source": figure.source, "trend": figure.trend,
            "direction": figure.direction, "basis": _basis(figure),
            "links": "; ".join(f"{target} {role}".strip() for target, role in figure.links.items()),
            "low": _as_digits(figure.value) if figure.upper else "", "high": _as_digits(figure.upper),
            "note": figure.note, "drafted": ";".join(drafted), "_start": figure.start, "_id": figure.id,
        })
    rows += others
    rows.sort(key=lambda r: r["_start"])
    # Number the rows in the order of the text, and point the links at the new numbers.
    renamed = {row["_id"]: f"D{i:02d}" for i, row in enumerate(rows, start=1) if "_id" in row}
    for i, row in enumerate(rows, start=1):
        row["id"] = f"D{i:02d}"
        if row.get("links"):
            row["links"] = "; ".join(" ".join([renamed[item.split()[0]], *item.split()[1:]])
                                     for item in row["links"].split("; "))
    for row in rows:
        _keep_valid(row)
    # A weekday, "yesterday" and "today" are read against the day the story was filed: the dateline's row, when
    # there is one.
    dateline = next((row["id"] for row in rows if row.get("metric") == "dateline"), "")
    for row in rows:
        if row.get("_story_day") and dateline:
            row["links"], row["drafted"] = dateline, "links"
    return [{c: row.get(c, "") for c in COLUMNS} for row in rows]


def _as_digits(printed: str) -> str:
    """A range's end as the low and high columns take it, in digits: "between two and five years" is 2 to 5 (the
    value column keeps the words as printed)."""
    if not printed or re.fullmatch(r"[\d,]*\.?\d+", printed):
        return printed
    try:
        return format(parse_printed(printed).value, "f")
    except ValueError:
        return ""


def review_first(claims: list[Claim], checks, limit: int = 12) -> list[str]:
    """The drafted rows an analyst should look at first, one line each: those behind the most serious verdicts,
    then those whose measure was inferred from another sentence, then those with drafted links (a row that only
    shares a drafted metric name and that no check questions can wait)."""
    from .checks.verdict import SEVERITY
    worst: dict[str, tuple[int, str]] = {}
    for check in checks:
        for cid in check.claims:
            if SEVERITY[check.verdict] > worst.get(cid, (0, ""))[0]:
                worst[cid] = (SEVERITY[check.verdict], f"{check.id} {check.kind}: {check.verdict}")
    ranked = sorted((c for c in claims if c.is_claim and (worst.get(c.id, (0, ""))[0] >= 2
                                                          or {"inferred", "links"} & set(c.drafted))),
                    key=lambda c: (-worst.get(c.id, (0, ""))[0], "inferred" not in c.drafted, "links" not in c.drafted,
                                   c.row))
    lines = []
    for claim in ranked[:limit]:
        reasons = [worst[claim.id][1]] if worst.get(claim.id, (0, ""))[0] >= 2 else []
        reasons += [f"drafted: {', '.join(claim.drafted)}"] if claim.drafted else []
        quote = claim.quote if len(claim.quote) <= 60 else claim.quote[:57] + "…"
        lines.append(f"{claim.id} “{quote}” — {'; '.join(reasons)}")
    return lines


def _keep_valid(row: dict) -> None:
    """A draft never fails on its own rows: a unit, value or period the register would refuse is dropped (a
    figure becomes a dismissed row that says why; a period is left for the analyst to fill)."""
    if row.get("period"):
        try:
            parse_period(row["period"])
        except ValueError:
            row["period"] = ""
    if row.get("kind") in ("dismissed", None, "") or row.get("unit") in TEMPORAL_UNITS:
        return
    try:
        canonical(row["unit"], row.get("scale", ""))
        parse_printed(row["value"], ordinal=row["kind"] == "rank" or row["unit"] == "count")
    except ValueError as problem:
        row.update(kind="dismissed", note=f"drafted automatically, but not read as a figure: {problem}", links="",
                   trend="", drafted="", metric="")


def draft_register(article: Article, mentions: list[Mention] | None = None) -> list[Claim]:
    """The drafted register, validated; `mentions` are the article's, when the caller has found them already."""
    rows = list(enumerate(draft_rows(article, mentions), start=2))
    return claims_from_rows(Path(f"(draft of {article.path.name})"), rows, article)


def write_draft(article: Article, target: Path, force: bool = False) -> Path:
    if target.exists() and not force:
        raise FileExistsError(f"{target} exists; it is an analyst's register and is not overwritten "
                              f"(pass FORCE=1 to replace it with a fresh draft)")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows({column: spreadsheet_safe(row.get(column, "")) for column in COLUMNS} for row in draft_rows(article))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(buffer.getvalue(), encoding="utf-8")
    return target
