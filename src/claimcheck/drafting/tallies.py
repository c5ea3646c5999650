"""An epidemic's tally: the cases confirmed so far are those still active, those recovered and those who died.

"Nigeria recorded 1,664 new COVID-19 cases, bringing the total infections to 94,369", "Nigeria recorded 77,299
recoveries and 1,318 fatalities", "there are now 14,990 active COVID-19 cases": the running total's row lists the
active, recovered and dead with plus (a complete sum), so a bulletin that mixes one day's active count with the
next day's totals is caught (94,369 - 77,299 - 1,318 = 15,752, not 14,990), as a tension to confirm: a few
bulletins count others apart (migrated, deaths of other causes). All four are needed: with one missing, nothing
says what else the total holds.

A day's figure of a role ("903 recoveries in the last 24 hours") is a part of the one running figure of that role.

Only running totals take part in the tally: a day's figures ("1,664 new cases", "903 recoveries in the last 24 hours", "five
more deaths") and a place's named after the number ("388 recoveries in Lagos State") are left out, and a role with
two different running figures (the country's and a state's, the world's) leaves the tally undrafted rather than
guessed.
"""
from __future__ import annotations

import bisect
import re

from .figures import Figure

# The roles, each a family of words said beside the number ("77,299 recoveries", "the death toll rose to 1,318").
# Tried in this order: "total recoveries" is the recovered, "total active cases" the active, not the total.
_ROLES = (
    ("active", re.compile(r"(?i)\bactives?\b")),
    ("recovered", re.compile(r"(?i)\brecover(?:ies|ed|y)\b|\bdischarge[ds]?\b|\bcured\b")),
    ("dead", re.compile(r"(?i)\bdeaths?\b|\bfatalit(?:y|ies)\b|\bdied\b|\bdeath\s+toll\b")),
)
# A case count's nouns: "taking confirmed patients toll to 13,85,522" is the total of cases, not of deaths
_CASES = re.compile(r"(?i)\b(?:cases?|infections?|infected|confirmed|positives?|patients)\b")
# ... not a court's: "A total of 509,664 cases were resolved out of the 516,121 new cases recorded"
_A_COURTS_CASES = re.compile(r"(?i)\b(?:resolved|disposed|cleared|settled|decided|filed|heard|withdrawn|dismissed|"
                             r"pending|instituted|adjudicated)\b")
# ... and the words of their running total: "total infections", "the tally", "the caseload", "cumulative cases"
_TOTAL = re.compile(r"(?i)\b(?:total|tally|caseload|cumulative|overall|toll|count)\b")
# "taking the toll to 1,969" with no case noun: the dead
_TOLL = re.compile(r"(?i)\btoll\b")
# Words that say a figure is the running one: "the total number of deaths now touches 7" beside "the death of one
# patient" that day
_RUNNING = re.compile(r"(?i)\b(?:total|tally|toll|cumulative|overall|to date|so far|in all|altogether)\b")
# Words of one day's figure beside the number: "1,664 new cases", "five more deaths", "fresh infections"
_OF_A_DAY = re.compile(r"(?i)\b(?:new|fresh|more|additional|daily)\b")
# ... the same, strictly: lower case ("New Delhi" is no new case), and "more" but not "more than"
_NEW = re.compile(r"\b(?:new|fresh|additional|daily)\b|\bmore\b(?!\s+th|\s*$)")
# ... or said of the sentence before the number: "in the last 24 hours, 903 recoveries were recorded"
_A_DAY = re.compile(r"(?i)\b(?:(?:last|past|previous)\s+24\s+hours|daily|in a day|overnight)\b")
# ... or of a place named after it: "the discharges included 388 community recoveries in Lagos State"
_IN_A_PLACE = re.compile(r"\b(?:in|from|at)\s+(?:the\s+)?[A-Z][a-z]")
_STRETCH_END = re.compile(r"[,;:(]|\band\b")


def days_within_totals(figures: list[Figure], text: str) -> None:
    """"in the last 24 hours, 903 recoveries were recorded" beside "Nigeria recorded 77,299 recoveries": a day's
    figure of a role is a part of the one running figure of that role (the day's recoveries are among all
    recoveries so far). Two running figures of a role (a state's and the country's) leave it unlinked."""
    running: dict[str, list[Figure]] = {}
    for figure, role, _ in _running_counts(figures, text):
        running.setdefault(role, []).append(figure)
    # (a place's new cases, a part of the day's: places_of_the_day)
    of_the_day = {i for f in figures for i, role in f.links.items() if role in ("part", "plus") and f.unit == "count"}
    for index, figure in enumerate(figures):
        if figure.id in of_the_day:
            continue
        # (a headline's figure restates the body's, and a ranked one, "the highest number of cases with 642", is
        # set against its rivals)
        if figure.unit != "count" or not figure.is_level or figure.estimate or figure.baseline or figure.trend \
                or figure.section == "headline" or figure.restates:
            continue
        stretch, _ = _stretch_of(figures, index, text)
        # the recovered or the dead of a day, its sentence says; cases only by their own words ("1,664 new cases":
        # "samples of suspected infected people" in a sentence of the last 24 hours are none)
        # ("taking the total number of cases to 7,67,296" is a running figure, whatever its sentence's day)
        role = _role(stretch) if not _RUNNING.search(stretch) else None
        day = _NEW.search(stretch) or role and _A_DAY.search(_sentence_around(text, figure))
        if role is None and _CASES.search(stretch) and _NEW.search(stretch) and not _RUNNING.search(stretch):
            role = "total"
        totals = running.get(role, []) if role and day else []
        if len({f.scale_value for f in totals}) == 1:
            total = min(totals, key=lambda f: f.start)
            if total is not figure and total.id not in figure.links and figure.id not in total.links:
                figure.link(total, "whole")


# A place named before its figure: "Plateau recorded 160 new cases", "Also, it said Kaduna State recorded 83", "with
# Lagos having the highest number of cases with 642", "Others are Adamawa-47"; the words that open a clause are none
_PLACE = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_NOT_A_PLACE = frozenset("""the it its also others other while whereas meanwhile however in on of and but as at
according similarly besides moreover this that these there he she they we ministry centre center agency
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december""".split())
# Words that name a country's divisions: "Kaduna State", "22 states", "New cases by district"
_DIVISION = (r"(?:states?|districts?|provinces?|regions?|count(?:y|ies)|cit(?:y|ies)|municipalit(?:y|ies)|"
             r"prefectures?|territor(?:y|ies)|governorates?|emirates?|wards?|divisions?)")
_DIVISIONS = re.compile(rf"(?i)\b{_DIVISION}\b")
# ... said in the rest of its sentence or at the start of the next
_RANKED = re.compile(r"(?i)[^.!?\n]*(?:\b(?:highest|largest|most|biggest|top)\b|\bfollowed by\b|"
                     r"[.!?]\s+(?:(?:this|it|which)\s+(?:was|is)\s+)?followed by\b)")
# A list of one line per place ("Northland: 512", "Rivers-188", "Lagos - 235"), under a heading that says what they
# count ("New cases by district:")
_LIST_LINE = re.compile(r"[A-Z][\w'’ .]{0,40}?\s*[:–-]\s*[\d,]+\b\s*(?:\([^()\n]*\))?[\s.,;]*")
# A list of places with their figures in brackets: "Lagos (42), FCT (25), Katsina (14)"; three or more in a sentence
# make it one
_BRACKETED_ITEM = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*\(\s*\d[\d,]*\s*\)")
# The words after a count of new cases: "1,664 new COVID-19 cases", "828 new cases of COVID-19", "10 fresh infections"
# ("421 people tested positive for Coronavirus out of 3,895 samples": the day's positives, said of people)
_CASES_AFTER = re.compile(r"(?i)\s*(?:(?:new|fresh|more|additional|daily)\s+(?:[\w#-]+\s+){0,2}?(?:cases?|infections?|"
                          r"positives?)|(?:people|persons|individuals|patients)\s+(?:have\s+|had\s+)?tested\s+"
                          r"positive)\b")
# A figure compared with, no part: "considerably higher than Tuesday’s 1,354 confirmed cases"
_COMPARED = re.compile(r"(?i)\b(?:than|compared|against|versus|from|over)\b")
# How many places the day's cases came from: "22 states and the Federal Capital Territory (FCT) recorded the new
# infections", "the new cases were reported in four states"
# ("12 states of the federation and Abuja": the country's own words for its divisions, then its capital)
_PLACES_COUNTED = re.compile(rf"(?i)\s*{_DIVISION}\b(?:\s+of\s+the\s+(?:federation|country|union|nation))?"
                             rf"(?P<more>\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?")


def places_of_the_day(figures: list[Figure], text: str) -> None:
    """"Nigeria recorded 1,664 new COVID-19 cases", then "The FCT ... recorded 407 new cases while Plateau recorded
    160 new cases", "Kaduna State recorded 83 new infections while Rivers State recorded 62", "Others state are
    Adamawa-47, Nasarawa-38, ...", "The breakdown ... revealed the following: Lagos (42), FCT (25), ...": the day's
    new cases of named places are parts of the day's new cases (not of the running total), so they add up to no
    more. When the article says how many places the cases came from ("22
    states and the Federal Capital Territory recorded the new infections") and names that many, they add up to
    it (plus)."""
    day = [f for f in figures if f.unit == "count" and not f.estimate and not f.baseline and f.section != "headline"]
    whole = _day_total(day, text)
    if whole is None:
        return
    parts, places, listing = [], [], False
    bracketed_in = None  # the sentence of the day's list of places in brackets
    for index, figure in enumerate(figures):
        if figure not in day or figure is whole:
            continue
        stretch, _ = _stretch_of(figures, index, text)
        sentence = _sentence_around(text, figure)
        # (a running figure, one of another role, a count of the places themselves: "recorded in 21 states"; and a
        # figure with no words of its own after one of another role, "73 community recoveries in Lagos, 66 in Imo")
        previous = figures[index - 1] if index and figures[index - 1].sentence == figure.sentence else None
        if _RUNNING.search(stretch) or _role(stretch) not in (None, "total") or _PLACES_COUNTED.match(text, figure.end) \
                or previous is not None and not _CASES.search(stretch) \
                and _role(_stretch_of(figures, index - 1, text)[0]) not in (None, "total"):
            listing = False
            continue
        place = _place(text, figure, previous.end if previous is not None else figure.clause[0])
        # (a figure of no words of its own is of the new cases its sentence spoke of before it: "Kaduna State recorded
        # 83 new infections while Rivers State recorded 62"; or goes on with a list of them in a sentence of no other
        # cases: "Others state are Adamawa-47, ...")
        before = _before_in_sentence(text, figure)
        heading = _heading_of_lines(text, figure)
        said_of_cases = _CASES.search(stretch) and _NEW.search(stretch) or not _role(stretch) and (
            _CASES.search(before) and _NEW.search(before) or listing and not _CASES.search(sentence)
            or _CASES.search(heading) and _OF_A_DAY.search(heading))
        if not said_of_cases and not _role(stretch) and _in_a_bracketed_list(text, figure):
            # one list of places in brackets is the day's: "The 421 cases are distributed in counties as follows;
            # Nairobi (246), Kiambu (38), ...", not the lists of each county's sub-counties after it
            bracketed_in = figure.sentence if bracketed_in is None else bracketed_in
            said_of_cases = figure.sentence == bracketed_in
        if place and said_of_cases and (not whole.period or figure.period in (whole.period, "")) \
                and not _COMPARED.search(stretch) and figure.scale_value < whole.scale_value \
                and place not in places and place != _place(text, whole, whole.clause[0]):
            parts.append(figure)
            places.append(place)
            listing = True
        elif figure.sentence != (parts[-1].sentence if parts else None):
            listing = False
    # (the places of one country's breakdown, its states or districts, said so: "Kaduna State", "22 states"; not
    # other countries' own tallies, "In neighbouring Singapore, 728 new cases")
    if len(parts) < 2 or not _DIVISIONS.search(text, whole.start, parts[-1].end):
        return
    counted = _counted(figures, text, whole, parts)
    for part in parts:
        whole.link(part, "part")
        if counted:  # (all of them: a complete sum, even where another rule found them as parts)
            whole.links[part.id] = "plus"
        part.inferred = True


# "In Nairobi, the 246 cases are in;", "In Kitui County, the 27 cases are from", "while in Kajiado,the (20), cases are
# in": a place's cases, then the list of where in it they are
_A_PLACE_S = re.compile(r"(?:^|[.;]\s*|\bwhile\s+|,\s*)in\s*(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s*,\s*"
                        r"(?:all\s+)?the\s*\(?\s*$", re.I)
_ARE_IN = re.compile(r"(?i)\s*\)?\s*,?\s*(?:new\s+)?cases?\s+(?:are|were)\s+(?:in|from)\b")


def places_within_places(figures: list[Figure], text: str) -> None:
    """"In Nairobi, the 246 cases are in; Starehe (60), Westlands (34), ..., and Embakasi Central (2)": the place's
    cases and the figures of the places listed after them, up to the next place's, are a whole and its parts
    (parts, which need not be all: a figure said of each of several, "Likoni and Nyali (3) cases each", is counted
    once)."""
    for index, whole in enumerate(figures):
        if whole.unit != "count" or not _A_PLACE_S.search(text, max(0, whole.start - 60), whole.start) \
                or not _ARE_IN.match(text, whole.end):
            continue
        parts = []
        for part in figures[index + 1:]:
            if part.sentence != whole.sentence or part.unit != "count" or _ARE_IN.match(text, part.end) \
                    or _A_PLACE_S.search(text, max(whole.end, part.start - 60), part.start):
                break
            if part.scale_value < whole.scale_value:
                parts.append(part)
        if len(parts) >= 2:
            for part in parts:
                whole.link(part, "part")


def _in_a_bracketed_list(text: str, figure: Figure) -> bool:
    """"The breakdown ... revealed the following: Lagos (42), FCT (25), Katsina (14), ...": the figure is one of
    three or more places with their figures in brackets, in a sentence that names no role of its own (a list of
    the day's deaths by state says "deaths")."""
    if not (text[max(0, figure.start - 3):figure.start].rstrip().endswith("(")
            and text[figure.end:figure.end + 3].lstrip().startswith(")")):
        return False
    start = max(text.rfind("\n", 0, figure.start) + 1, figure.start - 400)
    line = re.split(r"(?<=[.!?])\s", text[start:figure.start])[-1] + \
        re.split(r"(?<=[.!?])\s|\n", text[figure.start:figure.end + 400])[0]
    return len(_BRACKETED_ITEM.findall(line)) >= 3 and _role(line) in (None, "total")


def _day_total(day: list[Figure], text: str) -> Figure | None:
    """The country's new cases of the day: the largest figure the words after it call new cases ("confirmed 1,398 new
    cases", not "recorded in 21 states") in the first sentence that has one, one of the story's first two. One
    ranked among others ("Selangor recorded 75 new cases ..., the highest among all the states. This was followed by
    ...") is one place's: its rivals are no parts of it."""
    found = [f for f in day if f.kind in ("level", "count") and _CASES_AFTER.match(text, f.end)]
    # (the story's own figure, in its opening: "Delhi remains one of the worst affected states with 7,546 new cases"
    # paragraphs later is a state's)
    opening = min((f.sentence for f in day), default=0) + 1
    first = [f for f in found if f.sentence == found[0].sentence <= opening] if found else []
    whole = max(first, key=lambda f: f.scale_value, default=None)
    return whole if whole is not None and not _RANKED.match(text, whole.start, whole.end + 300) else None


def _heading_of_lines(text: str, figure: Figure) -> str:
    """The line above a list of one line per place that holds the figure ("New cases by district:" over
    "Northland: 512", "828 new cases of COVID19 in Nigeria;" over "Rivers-188"), or ""."""
    start = text.rfind("\n", 0, figure.start) + 1
    end = text.find("\n", figure.end)
    if not _LIST_LINE.fullmatch(text, start, len(text) if end < 0 else end):
        return ""
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above:start - 1]
        if not _LIST_LINE.fullmatch(line):
            return line if line.rstrip().endswith((":", ";")) else ""
        start = above
    return ""


def _place(text: str, figure: Figure, start: int) -> str:
    """The last name said between start and the figure, without the words that open a clause ("The FCT" is FCT)."""
    names = []
    for found in _PLACE.finditer(text, start, figure.start):
        # ("Adamawa-47": the name without its hyphen; "Tuesday’s 1,354": a day, no place)
        words = re.sub(r"['’]s$", "", found.group(0).rstrip("-.’'")).split()
        while words and words[0].lower() in _NOT_A_PLACE:
            words = words[1:]
        if words and not any(ch.isdigit() for ch in " ".join(words)):
            names.append(" ".join(words))
    return names[-1] if names else ""


def _counted(figures: list[Figure], text: str, whole: Figure, parts: list[Figure]) -> bool:
    """Whether a count between the day's total and its first part says the parts are all of it ("22 states and the
    Federal Capital Territory recorded the new infections": 23 places, when 23 are named)."""
    for figure in figures:
        if whole.end <= figure.start < parts[0].start and figure.unit == "count":
            said = _PLACES_COUNTED.match(text, figure.end)
            if said and figure.scale_value + (1 if said.group("more") else 0) == len(parts):
                return True
    return False


def case_tallies(figures: list[Figure], text: str) -> None:
    by_period: dict[str, list[tuple[Figure, str, bool]]] = {}
    for figure, role, said_running in _running_counts(figures, text):
        by_period.setdefault(figure.period, []).append((figure, role, said_running))
    # A day's tally, with the figures that name no day ("bringing the total infections to 94,369" in the lede);
    # the world's figures of another day ("As of Sunday morning, the total number of cases stood at 15,984,384")
    # stay apart from the country's
    undated = by_period.pop("", [])
    for counts in [undated] + [undated + dated for dated in by_period.values()]:
        if _tally(counts, text):
            return
    # The story's own tally in its opening paragraphs, before another place's ("With this, there are 1,517 active
    # cases in the state", then "India coronavirus cases in the country have crossed 1.4 lakh"): the paragraphs
    # from the first, one more at a time
    counts = list(_running_counts(figures, text))
    breaks = [found.start() for found in re.finditer("\n", text)]
    paragraph = {id(figure): bisect.bisect(breaks, figure.start) for figure, _, _ in counts}
    for last in sorted(set(paragraph.values()))[1:-1]:
        if _tally([c for c in counts if paragraph[id(c[0])] <= last], text):
            return


def _tally(counts: list[tuple[Figure, str, bool]], text: str) -> bool:
    roles: dict[str, list[Figure]] = {}
    running: dict[str, list[Figure]] = {}
    for figure, role, said_running in counts:
        roles.setdefault(role, []).append(figure)
        if said_running:
            running.setdefault(role, []).append(figure)
    # a role given as a day's figure and as the running one ("the death of one patient", "the total number of
    # deaths now touches 7"): the one its words call the running figure
    roles.update({role: found for role, found in running.items() if len({f.scale_value for f in found}) == 1})
    # two running figures of one role (a place's and another's, one day's and the next): no tally is guessed
    if len(roles) < 4 or any(len({f.scale_value for f in found}) > 1 for found in roles.values()):
        return False
    # (the body's statement of a figure the headline gives too: the one the article's own sentence says)
    total, *parts = (next((f for f in roles[role] if f.section != "headline"), roles[role][0])
                     for role in ("total", "active", "recovered", "dead"))
    if any(part.scale_value >= total.scale_value for part in parts):
        return False
    places = {f.measure.entity for f in (total, *parts)} - {""}
    if len(places) > 1 and sum(not _speaks(place, text) for place in places) > 1:
        return False  # the tallies of two places ("Lagos has 5,000 active cases" beside the country's)
    for part in parts:
        total.link(part, "plus")
    # Inferred, so a gap is a tension to confirm: some bulletins count others apart (migrated, deaths of other
    # causes), a few hundred in a state's hundreds of thousands
    total.inferred = True
    return True


def _speaks(entity: str, text: str) -> bool:
    """Whether an entity is one who speaks ("The NCDC said that there are now 14,990 active cases"): the source
    of a figure, not the place it counts."""
    return re.search(rf"\b{re.escape(entity)}\s+(?:\w+\s+){{0,2}}(?:said|says|reported|noted|added|stated|announced)\b",
                     text) is not None


def _running_counts(figures: list[Figure], text: str):
    """Counts of people that may be running totals, each with its role and whether its words say it is one."""
    for index, figure in enumerate(figures):
        if figure.unit != "count" or not figure.is_level or figure.estimate or figure.baseline:
            continue
        stretch, after = _stretch_of(figures, index, text)
        if _IN_A_PLACE.search(after):
            continue
        role = _role(stretch)
        if role is None:
            continue
        # (a sentence of the last 24 hours may give the running figures too: "out of which 722 have so far recovered")
        running = bool(_RUNNING.search(stretch))
        if _OF_A_DAY.search(stretch) or _A_DAY.search(_sentence_around(text, figure)) and not running:
            continue
        yield figure, role, running


def _role(stretch: str) -> str | None:
    role = next((name for name, words in _ROLES if words.search(stretch)), None)
    if role is None and _TOTAL.search(stretch) and not _A_COURTS_CASES.search(stretch):
        role = "total" if _CASES.search(stretch) else "dead" if _TOLL.search(stretch) else None
    return role


def _sentence_around(text: str, figure: Figure) -> str:
    """Up to 120 characters of the figure's sentence before it and 40 after."""
    return _before_in_sentence(text, figure) + re.split(r"(?<=[.!?])\s|\n", text[figure.start:figure.end + 40])[0]


def _before_in_sentence(text: str, figure: Figure) -> str:
    """Up to 120 characters of the figure's sentence before it."""
    line_start = text.rfind("\n", 0, figure.start) + 1
    return re.split(r"(?<=[.!?])\s", text[max(line_start, figure.start - 120):figure.start])[-1]


def _stretch_of(figures: list[Figure], index: int, text: str) -> tuple[str, str]:
    """The words the index-th figure is said with, from the figure before it in its sentence, if any."""
    figure = figures[index]
    start = figures[index - 1].end if index and figures[index - 1].sentence == figure.sentence else None
    return _own_stretch(text, figure, start)


def _own_stretch(text: str, figure: Figure, after: int | None) -> tuple[str, str]:
    """The words a figure is said with: from the last break before it (a comma, "and", or the figure before)
    to the first break after it, within its sentence; and the words after it alone."""
    line_start = text.rfind("\n", 0, figure.start) + 1
    before = text[max(line_start, after if after is not None else 0, figure.start - 80):figure.start]
    breaks = list(_STRETCH_END.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    before = re.split(r"(?<=[.!?])\s", before)[-1]
    after_text = re.split(r"(?<=[.!?])\s|\n", text[figure.end:figure.end + 80])[0]
    # (up to the next figure: "1,131 new cases of #COVID19 with 73 community recoveries" are no recoveries)
    after_text = re.split(r"\s\d", after_text)[0]
    found = _STRETCH_END.search(after_text)
    after_text = after_text[:found.start()] if found else after_text
    return f"{before} {after_text}", after_text
