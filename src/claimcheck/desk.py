"""The desk's index: one row per article in seeds/, the most serious first (reports/index.html, index.csv).

Each build leaves its brief's row in the brief's folder (index-row.json): headline, outlet,
date, whether the claims were reviewed, counts by verdict, the most serious finding, and what
changed since the brief it replaces. The changes are computed from that brief's checks.csv
while the build is staged, the only moment both builds exist. The index is composed from those
rows alone, never by running the checks again, so writing it for a hundred articles takes
milliseconds: every build of a brief into reports/ rewrites it as soon as the brief is published,
and `make reports` once more at the end (when every brief was up to date, say, or one failed).

The page is one file that loads nothing: a plain table in order of severity that reads as it is
with scripts off. A small inline script adds sorting and filtering; the page's
Content-Security-Policy allows that script and stylesheet by their hashes and nothing else, so
even a headline that slipped past escaping could not run. Article text is escaped wherever it
is shown, and a CSV cell that a spreadsheet would read as a formula is written as text
(safetext.spreadsheet_safe, as in the brief's CSVs).
"""
from __future__ import annotations

import base64
import csv
import datetime as dt
import fcntl
import hashlib
import html
import io
import json
import os
import tempfile
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from . import fmt
from .article import read_article
from .checks.verdict import CONSISTENT, INCONSISTENT, SEVERITY, SYMBOLS, TENSION, UNVERIFIABLE, VERDICTS
from .errors import ArticleError, OutputError
from .safetext import spreadsheet_safe

ROW_FILE = "index-row.json"
ROW_KEYS = {"article", "headline", "outlet", "republished_from", "published", "url", "article_sha256", "claims",
            "register", "register_sha256", "counts", "finding", "changes", "built"}
INDEX_HTML = "index.html"
INDEX_CSV = "index.csv"
GENERATOR = "claimcheck desk index"  # how an index.html this tool wrote is told from anyone else's
REVIEWED, DRAFT, NOT_BUILT = "reviewed", "draft", "not built"
CSV_COLUMNS = ["article", "headline", "outlet", "published", "url", "claims", "most_serious_verdict",
               *VERDICTS, "checks", "most_serious_finding", "finding_check", "changes", "verdicts_moved",
               "checks_new", "checks_removed", "notes", "built", "brief_html", "brief_pdf"]
# Past this many lines the changes cell summarises; the brief itself has every check.
MAX_CHANGE_LINES = 5

# Beside this module (importlib.resources would add 5 ms to every batch, which always writes the index).
_STYLE = Path(__file__).with_name("desk.css").read_text(encoding="utf-8")
_SCRIPT = Path(__file__).with_name("desk.js").read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


CONTENT_SECURITY_POLICY = (f"default-src 'none'; style-src {_csp_hash(_STYLE)}; script-src {_csp_hash(_SCRIPT)}; "
                           "base-uri 'none'; form-action 'none'")


# At build time: the brief's row ------------------------------------------------------------

def write_row(run, folder: Path, previous: Path, built_at: str = "") -> None:
    """Write the brief's row into the (staging) folder; `previous` is the brief it will replace, if any."""
    row = brief_row(run, previous, built_at)
    (folder / ROW_FILE).write_text(json.dumps(row, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def brief_row(run, previous: Path, built_at: str = "") -> dict:
    from .brief import built_at_text, key_findings
    from .drafting.text import sentences
    from .paths import project_root

    root = project_root()
    counts = {v: sum(c.verdict == v for c in run.checks) for v in VERDICTS}
    if counts[INCONSISTENT] or counts[TENSION]:
        # The brief's first key finding, in its first sentence, and the check it reports, for a link to it.
        finding = key_findings(run)[0]
        source = next((c for c in run.checks if finding in (c.finding, c.explanation)), None)
        finding = next((finding[a:b] for a, b in sentences(finding)), finding)
    else:  # the brief would lead with a detail that holds; the desk wants to know that nothing was found
        finding, source = _nothing_found(counts), None
    register = "" if run.draft else _shown_path(run.register_path, root)
    return {
        "article": run.article.stem, "headline": run.article.headline, "outlet": run.article.outlet,
        "republished_from": run.article.republished_from or "", "published": run.article.published.isoformat(),
        "url": run.article.url, "article_sha256": run.article.sha256,
        "claims": DRAFT if run.draft else REVIEWED, "register": register,
        "register_sha256": "" if run.draft else _sha256(run.register_path),
        "counts": counts,
        "finding": {"text": finding, "check": source.id if source else "",
                    "verdict": source.verdict if source else ""},
        "changes": changes_since(previous, run),
        "built": built_at_text(built_at) or dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _nothing_found(counts: dict[str, int]) -> str:
    total = sum(counts.values())
    if not total:
        return "Nothing to check: no figure in the claims can be compared with another."
    return (f"No problem found: {counts[CONSISTENT]} of {total} checks consistent, {counts[UNVERIFIABLE]} with "
            f"nothing to compare with.")


def changes_since(previous: Path, run) -> dict | None:
    """What differs from the brief in `previous`: verdicts that moved, checks new and removed, and whether the
    claims went from draft to reviewed or back. None when there is no earlier brief to compare with."""
    try:
        with open(previous / "checks.csv", encoding="utf-8", newline="") as table:
            before = [{name: row[name] for name in ("check", "kind", "claims", "references", "verdict")}
                      for row in csv.DictReader(table)]
    except (OSError, UnicodeDecodeError, csv.Error, KeyError):
        return None
    after = [{"check": c.id, "kind": c.kind, "claims": ";".join(c.claims), "references": ";".join(c.references),
              "verdict": c.verdict} for c in run.checks]
    pairs, removed, new = pair_checks(before, after)
    moved = [{"check": after[j]["check"], "kind": after[j]["kind"], "from": before[i]["verdict"],
              "to": after[j]["verdict"]} for i, j in pairs if before[i]["verdict"] != after[j]["verdict"]]
    claims_before = _read_row(previous).get("claims", "")
    return {
        "moved": sorted(moved, key=lambda m: (-SEVERITY[m["to"]], m["check"])),
        "new": [{"check": after[j]["check"], "kind": after[j]["kind"], "verdict": after[j]["verdict"]} for j in new],
        "removed": [{"check": before[i]["check"], "kind": before[i]["kind"], "verdict": before[i]["verdict"]}
                    for i in removed],
        "claims_before": claims_before,
    }


def pair_checks(before: list[dict], after: list[dict]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """The same check in two builds, as (index before, index after), and the indices left unpaired on each side.

    Check ids are no key: one claim more renumbers every check after it. A check is the same when its
    kind, claims and references are; then, among the rest, when its kind and claims are (a check that
    gained or lost a reference is still that check), in order of appearance."""
    pairs: list[tuple[int, int]] = []
    left_before, left_after = list(range(len(before))), list(range(len(after)))
    for fields in (("kind", "claims", "references"), ("kind", "claims")):
        waiting = defaultdict(list)
        for i in left_before:
            waiting[tuple(before[i][f] for f in fields)].append(i)
        unpaired = []
        for j in left_after:
            candidates = waiting.get(tuple(after[j][f] for f in fields))
            if candidates:
                pairs.append((candidates.pop(0), j))
            else:
                unpaired.append(j)
        left_after = unpaired
        paired = {i for i, _ in pairs}
        left_before = [i for i in left_before if i not in paired]
    return pairs, left_before, left_after


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _shown_path(path: Path, root: Path) -> str:
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def _read_row(folder: Path) -> dict:
    """A brief's row, or {} for a folder without a whole one (nothing built, or built before the index existed)."""
    try:
        row = json.loads((folder / ROW_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return row if isinstance(row, dict) and ROW_KEYS <= row.keys() else {}


# At index time: one entry per article ----------------------------------------------------

@dataclass
class Entry:
    article: str                 # the article's file stem, and its brief's folder under reports/
    headline: str
    outlet: str
    published: str               # YYYY-MM-DD, or '' when the article cannot be read
    url: str
    claims: str                  # reviewed, draft or not built
    counts: dict[str, int] = field(default_factory=dict)
    finding: dict = field(default_factory=dict)
    changes: dict | None = None  # None: the first build of this brief
    built: str = ""
    notes: list[str] = field(default_factory=list)  # out of date, or why there is no row
    brief_html: str = ""         # relative to reports/, '' when there is none
    brief_pdf: str = ""

    @property
    def most_serious(self) -> str:
        """The most serious verdict among the checks; '' with no checks or no brief."""
        return next((v for v in VERDICTS if self.counts.get(v)), "")

    @property
    def changed(self) -> bool:
        """Whether the last build brought anything new: a first build, a moved verdict, a check added or removed."""
        if self.claims == NOT_BUILT:
            return False
        return self.changes is None or bool(change_lines(self))


def entries(root: Path) -> list[Entry]:
    """Every article in seeds/, with its brief's row, in order of severity."""
    found = [entry(root, seed) for seed in sorted((root / "seeds").glob("*.txt"))]
    return sorted(found, key=severity_order)


def entry(root: Path, seed: Path) -> Entry:
    folder = root / "reports" / seed.stem
    links = {f"brief_{kind}": f"{seed.stem}/brief.{kind}" if (folder / f"brief.{kind}").is_file() else ""
             for kind in ("html", "pdf")}
    row = _read_row(folder)
    if not row:
        return _unlisted(seed, links)
    found = Entry(article=seed.stem, headline=row["headline"], outlet=_outlet(row), published=row["published"],
                  url=row["url"], claims=row["claims"], counts=row["counts"], finding=row["finding"],
                  changes=row["changes"], built=row["built"], **links)
    found.notes = out_of_date(root, seed, row)
    return found


def _outlet(row: dict) -> str:
    return row["outlet"] + (f" (from {row['republished_from']})" if row.get("republished_from") else "")


def _unlisted(seed: Path, links: dict[str, str]) -> Entry:
    """An article with no brief row: never built, its build failed, or its brief predates the index."""
    try:
        article = read_article(seed)
    except ArticleError as problem:
        return Entry(article=seed.stem, headline=seed.name, outlet="", published="", url="", claims=NOT_BUILT,
                     notes=[f"cannot be built: {problem.one_line()}"], **links)
    note = ("built before the desk index existed; make reports lists its findings here" if links["brief_html"]
            else "no brief yet: make reports builds it, or names what stops it")
    return Entry(article=seed.stem, headline=article.headline, outlet=article.outlet,
                 published=article.published.isoformat(), url=article.url, claims=NOT_BUILT, notes=[note], **links)


def out_of_date(root: Path, seed: Path, row: dict) -> list[str]:
    """Which of the article's own inputs changed after its brief was built (each one line)."""
    notes = []
    if _sha256(seed) != row.get("article_sha256"):
        notes.append("the article changed after this brief was built")
    default_register = root / "data" / "claims" / f"{seed.stem}.csv"
    if row["claims"] == DRAFT and default_register.is_file():
        notes.append("a claims register was added after this draft was built")
    elif row["claims"] == REVIEWED:
        register = root / row["register"]
        if not register.is_file():
            notes.append("its claims register was removed after this brief was built")
        elif _sha256(register) != row.get("register_sha256"):
            notes.append("its claims register changed after this brief was built")
    return [f"{note}; make reports brings it up to date" for note in notes]


def severity_order(entry: Entry) -> tuple:
    """Inconsistencies first, then tensions, then briefs where everything holds; within a level the
    article with more of the worst verdict, then the newest. Articles with no brief come last."""
    counts = entry.counts
    newest_first = -dt.date.fromisoformat(entry.published).toordinal() if entry.published else 0
    return (entry.claims == NOT_BUILT, -SEVERITY.get(entry.most_serious, -1), -counts.get(INCONSISTENT, 0),
            -counts.get(TENSION, 0), newest_first, entry.headline.casefold(), entry.article)


def change_lines(entry: Entry, limit: int | None = MAX_CHANGE_LINES) -> list[str]:
    """What the last build changed, one line each, most serious first; past `limit` lines (None: no limit) the
    last one sums up the rest."""
    changes = entry.changes
    if changes is None:
        return []
    lines = []
    before = changes.get("claims_before")
    if before and before != entry.claims:
        lines.append("claims now reviewed (was a draft)" if entry.claims == REVIEWED
                     else "now a draft: the claims register is gone")
    lines += [f"{m['check']} {m['kind']}: {m['from']} → {m['to']}" for m in changes["moved"]]
    for side in ("new", "removed"):
        listed = changes[side]
        if len(listed) <= 2:
            lines += [f"{side}: {c['check']} {c['kind']} ({'was ' if side == 'removed' else ''}{c['verdict']})"
                      for c in listed]
        else:
            by_verdict = ", ".join(f"{SYMBOLS[v]} {n}" for v in VERDICTS
                                   if (n := sum(c["verdict"] == v for c in listed)))
            lines.append(f"{len(listed)} checks {side} ({by_verdict})")
    if limit is not None and len(lines) > limit:
        lines = lines[:limit - 1] + [f"and {len(lines) - limit + 1} more changes (the brief lists every check)"]
    return lines


def changes_text(entry: Entry) -> str:
    if entry.claims == NOT_BUILT:
        return ""
    if entry.changes is None:
        return "first build"
    return "; ".join(change_lines(entry, limit=None)) or "no change"


# Rendering -----------------------------------------------------------------------------

def e(text: str) -> str:
    """Escaped for HTML text and attribute values alike."""
    return html.escape(str(text), quote=True)


VERDICT_LABEL = {v: f"{SYMBOLS[v]} {v}" for v in VERDICTS}


def index_html(found: list[Entry], written: str) -> str:
    rows = "".join(_row_html(entry, len(found) - rank) for rank, entry in enumerate(found))
    if not found:
        rows = '<tr><td colspan="12">No articles in seeds/ yet.</td></tr>'
    numbers = "".join(f'<th class="num" data-type="number">{e(SYMBOLS[v])}<span class="verdict-name">{e(v)}</span></th>'
                      for v in VERDICTS)
    options = "".join(f'<option value="{e(v)}">{e(VERDICT_LABEL[v])}</option>' for v in VERDICTS)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{e(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{GENERATOR}">
<title>Number checks: the desk's index</title>
<style>{_STYLE}</style>
</head>
<body>
<header>
<div class="kicker">Number check briefs</div>
<h1>The desk's index</h1>
<p class="overview">{overview(found)}</p>
<p class="small muted">Written {e(written)}. The same table is in index.csv. Each headline opens its brief.</p>
</header>
<div id="controls" class="controls" hidden>
<label>Find <input id="search" type="search" placeholder="headline, outlet, finding…" size="28"></label>
<label>Most serious <select id="verdict"><option value="">any verdict</option>{options}</select></label>
<label>Claims <select id="claims"><option value="">any</option><option value="{REVIEWED}">reviewed</option>
<option value="{DRAFT}">draft</option><option value="{NOT_BUILT}">not built</option></select></label>
<label><input id="changed" type="checkbox"> new or changed in its last build</label>
<output id="shown" aria-live="polite"></output>
</div>
<table id="articles">
<caption>Articles, the most serious first: an inconsistency, then a tension, then briefs where every check holds
or could not be verified; articles with no brief last.</caption>
<thead><tr>
<th data-type="number" aria-sort="descending">Most serious</th>
<th class="col-headline" data-type="text">Article</th>
<th data-type="text">Outlet</th>
<th data-type="date">Published</th>
<th data-type="text">Claims</th>
{numbers}
<th class="col-finding" data-type="text">Most serious finding</th>
<th class="col-changes" data-type="text">Since the previous build</th>
<th>Brief</th>
</tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p class="small muted legend">✗ inconsistent: the figures cannot both hold. ! tension: they meet only at the edge of
their rounding, or measure slightly different things. ✓ consistent. ? unverifiable: nothing to compare with.
A draft's claims were read by the tool and not yet reviewed by an analyst.</p>
<script>{_SCRIPT}</script>
</body>
</html>
"""


def overview(found: list[Entry]) -> str:
    built = [x for x in found if x.claims != NOT_BUILT]
    by_worst = {v: sum(x.most_serious == v for x in built) for v in VERDICTS}
    holding = by_worst[CONSISTENT] + by_worst[UNVERIFIABLE] + sum(not x.most_serious for x in built)
    parts = [f"<b>{len(found)}</b> article{'s' if len(found) != 1 else ''}",
             f"<b>{by_worst[INCONSISTENT]}</b> with an inconsistency", f"<b>{by_worst[TENSION]}</b> with a tension but no inconsistency",
             f"{holding} where no check found a problem"]
    drafts = sum(x.claims == DRAFT for x in found)
    unbuilt = len(found) - len(built)
    stale = sum(bool(x.notes) for x in built)
    extras = [f"{drafts} draft{'s' if drafts != 1 else ''} (claims not reviewed)"] if drafts else []
    extras += [f"{unbuilt} not built"] if unbuilt else []
    extras += [f"{stale} out of date"] if stale else []
    return ", ".join(parts) + "." + (" " + "; ".join(extras) + "." if extras else "")


def _href(path: str, anchor: str = "") -> str:
    return e(quote(path) + (f"#{quote(anchor)}" if anchor else ""))


def _row_html(entry: Entry, rank: int) -> str:
    worst = entry.most_serious
    if entry.claims == NOT_BUILT:
        worst_cell = '<span class="muted">not built</span>'
    elif worst:
        worst_cell = f'<span class="verdict v-{worst}">{e(VERDICT_LABEL[worst])}</span>'
    else:
        worst_cell = '<span class="muted">no checks</span>'
    headline = (f'<a class="headline" href="{_href(entry.brief_html)}">{e(entry.headline)}</a>' if entry.brief_html
                else f'<span class="headline">{e(entry.headline)}</span>')
    notes = "".join(f'<div class="note">⚠ {e(note)}</div>' for note in entry.notes)
    outlet = (f'<a href="{e(entry.url)}">{e(entry.outlet)}</a>' if entry.url.startswith(("https://", "http://"))
              else e(entry.outlet))
    claims = {REVIEWED: "reviewed", DRAFT: '<span class="draft">DRAFT</span>'}.get(entry.claims, "")
    numbers = "".join(f'<td class="num{"" if entry.counts.get(v) else " zero"}">{entry.counts.get(v, "")}</td>'
                      for v in VERDICTS)
    return (f'<tr data-order="{rank}" data-worst="{e(worst)}" data-claims="{e(entry.claims)}" '
            f'data-changed="{"yes" if entry.changed else "no"}">'
            f'<td data-sort="{rank}">{worst_cell}</td>'
            f"<td>{headline}{notes}</td>"
            f"<td>{outlet}</td>"
            f'<td class="nowrap" data-sort="{e(entry.published)}">{e(_day(entry.published))}</td>'
            f'<td class="nowrap" data-sort="{e(entry.claims)}">{claims}</td>'
            f"{numbers}"
            f"<td>{_finding_html(entry)}</td>"
            f"<td>{_changes_html(entry)}</td>"
            f'<td class="nowrap">{_brief_links(entry)}</td></tr>\n')


def _day(iso: str) -> str:
    return fmt.day(dt.date.fromisoformat(iso)) if iso else ""


def _finding_html(entry: Entry) -> str:
    finding = entry.finding
    if not finding:
        return ""
    text = e(finding["text"])
    if finding.get("check") and entry.brief_html:
        text += (f' <a class="check" href="{_href(entry.brief_html, "check-" + finding["check"])}">'
                 f"{e(finding['check'])}</a>")
    return text


def _changes_html(entry: Entry) -> str:
    if entry.claims == NOT_BUILT:
        return ""
    built = f'<div class="small muted">built {e(entry.built)}</div>'
    if entry.changes is None:
        return f'<span class="muted">first build</span>{built}'
    lines = change_lines(entry)
    if not lines:
        return f'<span class="muted">no change</span>{built}'
    return '<ul class="changes">' + "".join(f"<li>{e(line)}</li>" for line in lines) + f"</ul>{built}"


def _brief_links(entry: Entry) -> str:
    return " · ".join(f'<a href="{_href(path)}">{kind}</a>'
                      for kind, path in (("HTML", entry.brief_html), ("PDF", entry.brief_pdf)) if path)


def index_csv(found: list[Entry]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for entry in found:
        # How many verdicts moved, checks are new, were removed: blank with no earlier build to count from.
        sizes = [len(entry.changes[side]) for side in ("moved", "new", "removed")] if entry.changes else ["", "", ""]
        counts = [entry.counts.get(v, "") for v in VERDICTS]
        writer.writerow([spreadsheet_safe(str(cell)) for cell in (
            entry.article, entry.headline, entry.outlet, entry.published, entry.url, entry.claims, entry.most_serious,
            *counts, sum(entry.counts.values()) if entry.counts else "", entry.finding.get("text", ""),
            entry.finding.get("check", ""), changes_text(entry), *sizes, "; ".join(entry.notes), entry.built,
            entry.brief_html, entry.brief_pdf)])
    return buffer.getvalue()


# Writing -------------------------------------------------------------------------------

def write_index(root: Path) -> Path:
    """Write reports/index.html and index.csv, each replaced whole (a crash leaves the old one), one writer
    at a time (builds in parallel each rewrite it). Files there that this tool did not write are never
    replaced: that is an error naming the file."""
    reports = root / "reports"
    reports.mkdir(exist_ok=True)
    with _exclusive(reports):
        for leftover in reports.glob(".index.*.writing"):  # a writer killed outright; none is writing now
            leftover.unlink(missing_ok=True)
        found = entries(root)
        pages = {INDEX_HTML: index_html(found, _written_at()), INDEX_CSV: index_csv(found)}
        for name in pages:
            _refuse_foreign(reports / name)
        for name, text in pages.items():
            replace_atomically(reports / name, text)
    return reports / INDEX_HTML


def _written_at() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    when = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch.isdigit() else dt.datetime.now(dt.timezone.utc)
    return when.strftime("%Y-%m-%d %H:%M UTC")


@contextmanager
def _exclusive(folder: Path):
    """Hold a lock on the folder itself (flock on its descriptor), so no lock file is left behind."""
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # releases the lock


def _refuse_foreign(path: Path) -> None:
    if not os.path.lexists(path):
        return
    if path.is_file() and not path.is_symlink():
        with open(path, encoding="utf-8", errors="replace") as existing:
            start = existing.read(2048)
        if (path.name == INDEX_HTML and f'<meta name="generator" content="{GENERATOR}">' in start
                or path.name == INDEX_CSV and start.startswith("article,headline,")):
            return
    raise OutputError(path, "exists and is not an index this tool wrote; it is never replaced",
                     fix="move it out of reports/ and run make reports again")


def replace_atomically(path: Path, text: str) -> None:
    """Write a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".writing", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
