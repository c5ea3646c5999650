"""The desk's index (desk.py): one row per article, the most serious first, what changed, safe to open."""
import copy
import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck import desk
from claimcheck.bench import make_in_copy
from claimcheck.errors import OutputError
from conftest import ROOT, SEED_STEM, copy_project
from test_browser import CHROMIUM_ARGS

HOSTILE = '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true"> =HYPERLINK("http://x") & Co'


@pytest.fixture(scope="module")
def seed_row(seed_run, tmp_path_factory):
    return desk.brief_row(seed_run, tmp_path_factory.mktemp("no-previous-brief"), built_at="2026-01-05 07:00 UTC")


def add_article(root, template, stem, headline, counts, *, claims="reviewed", published="2025-12-16", changes=None,
                finding=None):
    """An article in seeds/ and its brief's row in reports/<stem>/, as a build leaves them (no build run)."""
    seed = root / "seeds" / f"{stem}.txt"
    seed.parent.mkdir(parents=True, exist_ok=True)
    seed.write_text(f" date {published} https://example.com/{stem}\n\n{headline}\n\nSales rose 5 percent.\n",
                    encoding="utf-8")
    row = copy.deepcopy(template)
    row.update(article=stem, headline=headline, published=published, url=f"https://example.com/{stem}",
               outlet="example.com", republished_from="", claims=claims, changes=changes,
               counts={**dict.fromkeys(desk.VERDICTS, 0), **counts},
               article_sha256=hashlib.sha256(seed.read_bytes()).hexdigest())
    if finding is not None:
        row["finding"] = finding
    if claims == "reviewed":
        register = root / "data" / "claims" / f"{stem}.csv"
        register.parent.mkdir(parents=True, exist_ok=True)
        register.write_text("id,quote\n", encoding="utf-8")
        row.update(register=f"data/claims/{stem}.csv", register_sha256=hashlib.sha256(register.read_bytes()).hexdigest())
    else:
        row.update(register="", register_sha256="")
    folder = root / "reports" / stem
    folder.mkdir(parents=True, exist_ok=True)
    (folder / desk.ROW_FILE).write_text(json.dumps(row), encoding="utf-8")
    for name in ("brief.html", "brief.pdf"):
        (folder / name).write_text(f"the brief of {stem}", encoding="utf-8")
    return row


@pytest.fixture
def desk_root(tmp_path, seed_row):
    """Five articles: two inconsistent (one newer), a tension in a draft, a clean one with changes, one never built."""
    moved = {"moved": [{"check": "K02", "kind": "trend", "from": "consistent", "to": "tension"}], "new": [],
             "removed": [{"check": "K09", "kind": "date", "verdict": "consistent"}], "claims_before": "reviewed"}
    unchanged = {"moved": [], "new": [], "removed": [], "claims_before": "reviewed"}
    add_article(tmp_path, seed_row, "older", "Older inconsistent article", {"inconsistent": 1, "consistent": 4},
                published="2025-11-01", changes=unchanged)
    add_article(tmp_path, seed_row, "newer", "Newer inconsistent article", {"inconsistent": 1, "tension": 2},
                published="2025-12-01", changes=unchanged)
    add_article(tmp_path, seed_row, "drafty", "Drafted tension article", {"tension": 3, "consistent": 1},
                claims="draft", changes=None, finding={"text": "A tension.", "check": "K01", "verdict": "tension"})
    add_article(tmp_path, seed_row, "calm", "Zebra calm article", {"consistent": 5}, changes=moved,
                finding={"text": "5 of 5 checks are consistent.", "check": "", "verdict": ""})
    (tmp_path / "seeds" / "waiting.txt").write_text(" date 2025-12-20 https://example.com/w\n\nWaiting article\n\nBody.\n",
                                                    encoding="utf-8")
    return tmp_path


# The row a build leaves ----------------------------------------------------------------

def test_the_seeds_row_says_what_its_brief_says_first(seed_run, seed_row):
    assert set(seed_row) == desk.ROW_KEYS  # what the index reads a row by
    assert seed_row["claims"] == "reviewed" and seed_row["register"] == f"data/claims/{SEED_STEM}.csv"
    assert sum(seed_row["counts"].values()) == len(seed_run.checks) and seed_row["counts"]["inconsistent"] == 1
    assert seed_row["finding"]["check"] == "K01" and seed_row["finding"]["verdict"] == "inconsistent"
    assert seed_row["finding"]["text"].startswith("A 24 % rise to over 900 bn CNY in 2024 implies 2023 was 723–810")
    assert seed_row["finding"]["text"].endswith("below the lowest value the article allows.")
    assert seed_row["changes"] is None and seed_row["built"] == "2026-01-05 07:00 UTC"


def test_a_finding_of_two_sentences_is_cut_to_its_first(seed_run, tmp_path):
    run = copy.copy(seed_run)
    run.checks = [c for c in seed_run.checks if c.verdict != "inconsistent"]
    row = desk.brief_row(run, tmp_path)
    # The cited-source conflict leads the tensions; its second sentence (that it is a warning) is dropped.
    assert row["finding"]["verdict"] == "tension" and row["finding"]["text"].endswith("below the article's range.")
    assert "warning" not in row["finding"]["text"]


def test_when_nothing_was_found_the_finding_says_so(seed_run, tmp_path):
    run = copy.copy(seed_run)
    run.checks = [c for c in seed_run.checks if c.verdict == "consistent"][:3]
    finding = desk.brief_row(run, tmp_path)["finding"]
    assert finding == {"text": "No problem found: 3 of 3 checks consistent, 0 with nothing to compare with.",
                       "check": "", "verdict": ""}
    run.checks = []
    assert desk.brief_row(run, tmp_path)["finding"]["text"].startswith("Nothing to check")


def _previous_brief(folder, checks):
    folder.mkdir()
    with open(folder / "checks.csv", "w", encoding="utf-8", newline="") as table:
        writer = csv.DictWriter(table, fieldnames=["check", "kind", "claims", "references", "verdict"])
        writer.writeheader()
        writer.writerows(checks)
    return folder


def _as_rows(checks):
    return [{"check": c.id, "kind": c.kind, "claims": ";".join(c.claims), "references": ";".join(c.references),
             "verdict": c.verdict} for c in checks]


def test_changes_are_matched_by_what_a_check_compares_not_by_its_number(seed_run, tmp_path):
    before = _as_rows(seed_run.checks)
    trend = next(r for r in before if r["kind"] == "trend")
    trend["verdict"] = "consistent"           # the trend's verdict moved since
    before = [r for r in before if r["check"] != "K03"]  # K03 is new in this build
    before.append({"check": "K99", "kind": "share of total", "claims": "C40;C41", "references": "", "verdict": "tension"})
    before[0]["references"] = "R023"          # the prior level gained references since: still the same check
    for n, row in enumerate(before):          # and every check was numbered differently then
        row["check"] = f"K{n + 50}"
    changes = desk.changes_since(_previous_brief(tmp_path / "old", before), seed_run)
    assert changes["moved"] == [{"check": "K02", "kind": "trend", "from": "consistent", "to": "tension"}]
    assert changes["new"] == [{"check": "K03", "kind": "headline vs body", "verdict": "consistent"}]
    assert [(r["kind"], r["verdict"]) for r in changes["removed"]] == [("share of total", "tension")]
    assert changes["claims_before"] == ""  # that brief predates rows: nothing known about its claims


def test_a_rebuild_with_nothing_new_has_no_changes_and_no_previous_brief_means_first_build(seed_run, tmp_path):
    same = desk.changes_since(_previous_brief(tmp_path / "old", _as_rows(seed_run.checks)), seed_run)
    assert same == {"moved": [], "new": [], "removed": [], "claims_before": ""}
    assert desk.changes_since(tmp_path / "never-built", seed_run) is None


def test_long_lists_of_changes_are_summarised(seed_row):
    new = [{"check": f"K{n}", "kind": "date", "verdict": "consistent"} for n in range(4)]
    moved = [{"check": f"K{n}", "kind": "trend", "from": "consistent", "to": "tension"} for n in range(10, 16)]
    entry = desk.Entry(article="a", headline="h", outlet="o", published="2025-01-01", url="", claims="reviewed",
                       changes={"moved": moved, "new": new, "removed": [], "claims_before": "draft"})
    lines = desk.change_lines(entry)
    assert lines[0] == "claims now reviewed (was a draft)" and lines[1] == "K10 trend: consistent → tension"
    assert len(lines) == desk.MAX_CHANGE_LINES and lines[-1].startswith("and 4 more changes")
    assert desk.changes_text(entry).endswith("4 checks new (✓ 4)")


# The index ------------------------------------------------------------------------------

def test_every_seed_is_listed_most_serious_first(desk_root):
    found = desk.entries(desk_root)
    assert [e.article for e in found] == ["newer", "older", "drafty", "calm", "waiting"]
    waiting = found[-1]
    assert waiting.claims == "not built" and waiting.headline == "Waiting article" and waiting.brief_html == ""
    assert found[0].notes == [] and found[0].brief_html == "newer/brief.html"


def test_the_csv_has_the_same_rows_in_the_same_order(desk_root):
    desk.write_index(desk_root)
    rows = list(csv.DictReader(open(desk_root / "reports" / "index.csv", encoding="utf-8")))
    assert [r["article"] for r in rows] == ["newer", "older", "drafty", "calm", "waiting"]
    calm = rows[3]
    assert calm["changes"] == "K02 trend: consistent → tension; removed: K09 date (was consistent)"
    assert (calm["verdicts_moved"], calm["checks_removed"], calm["most_serious_verdict"]) == ("1", "1", "consistent")
    assert rows[2]["claims"] == "draft" and rows[2]["changes"] == "first build" and rows[1]["changes"] == "no change"
    assert (rows[2]["verdicts_moved"], rows[1]["verdicts_moved"]) == ("", "0")  # nothing to count from, and none
    assert rows[4]["claims"] == "not built" and rows[4]["checks"] == rows[4]["checks_new"] == rows[4]["brief_pdf"] == ""
    assert rows[0]["brief_pdf"] == "newer/brief.pdf" and rows[0]["checks"] == "3"


def test_inputs_changed_after_the_build_are_named(desk_root):
    (desk_root / "seeds" / "older.txt").write_text(" date 2025-11-01 https://example.com/older\n\nEdited\n\nBody.\n",
                                                   encoding="utf-8")
    (desk_root / "data" / "claims" / "drafty.csv").write_text("id,quote\n", encoding="utf-8")
    (desk_root / "data" / "claims" / "calm.csv").unlink()
    notes = {e.article: e.notes for e in desk.entries(desk_root)}
    assert notes["older"] == ["the article changed after this brief was built; make reports brings it up to date"]
    assert notes["drafty"][0].startswith("a claims register was added after this draft was built")
    assert notes["calm"][0].startswith("its claims register was removed")
    assert notes["newer"] == []
    assert "3 out of date" in desk.overview(desk.entries(desk_root))


def test_an_unreadable_article_or_a_brief_from_before_the_index_still_gets_a_row(desk_root):
    (desk_root / "seeds" / "broken.txt").write_text("no metadata line\n", encoding="utf-8")
    (desk_root / "reports" / "waiting").mkdir()
    (desk_root / "reports" / "waiting" / "brief.html").write_text("an older brief", encoding="utf-8")
    found = {e.article: e for e in desk.entries(desk_root)}
    assert found["broken"].headline == "broken.txt" and "first line is not the metadata line" in found["broken"].notes[0]
    assert found["waiting"].brief_html == "waiting/brief.html" and "before the desk index" in found["waiting"].notes[0]


def test_a_hostile_headline_is_text_in_the_page_and_the_csv(tmp_path, seed_row):
    add_article(tmp_path, seed_row, "hostile", HOSTILE, {"tension": 1},
                finding={"text": "</td><script>window.__pwned = true</script>", "check": "K1\"><b>", "verdict": "tension"})
    desk.write_index(tmp_path)
    page = (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned = true&lt;/script&gt;&lt;img src=x onerror=&quot;" in page
    assert "window.__pwned" not in page.replace("&lt;script&gt;window.__pwned", "").replace("onerror=&quot;window.__pwned", "")
    assert page.count("<script>") == 1 and 'K1&quot;&gt;&lt;b&gt;' in page
    add_article(tmp_path, seed_row, "formula", '=HYPERLINK("http://evil.example/","Sales up")', {"tension": 1})
    desk.write_index(tmp_path)
    rows = {r["article"]: r for r in csv.DictReader(io.StringIO((tmp_path / "reports" / "index.csv").read_text()))}
    assert rows["hostile"]["headline"] == HOSTILE  # it starts with '<': no formula, kept as it is
    assert rows["formula"]["headline"] == '\'=HYPERLINK("http://evil.example/","Sales up")'  # text to a spreadsheet


def test_the_page_allows_only_its_own_script_and_style():
    page = desk.index_html([], "2026-01-05 07:00 UTC")
    policy = desk.CONTENT_SECURITY_POLICY
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy and policy.count("'sha256-") == 2
    assert "No articles in seeds/ yet." in page and "http://" not in page and "https://" not in page


def test_a_file_the_tool_did_not_write_is_never_replaced(desk_root):
    index = desk_root / "reports" / "index.html"
    index.write_text("<p>the editor's own page</p>", encoding="utf-8")
    with pytest.raises(OutputError, match="index.html: exists and is not an index this tool wrote"):
        desk.write_index(desk_root)
    assert index.read_text(encoding="utf-8") == "<p>the editor's own page</p>"
    assert not (desk_root / "reports" / "index.csv").exists()  # nothing written when one file is refused
    index.unlink()
    os.symlink(desk_root / "seeds" / "older.txt", index)
    with pytest.raises(OutputError):
        desk.write_index(desk_root)
    assert index.is_symlink()


def test_a_temporary_file_of_a_writer_killed_outright_is_removed_by_the_next(desk_root):
    (desk_root / "reports").mkdir(exist_ok=True)
    (desk_root / "reports" / ".index.html.k3j2.writing").write_text("<!DOCTYPE html><p>half", encoding="utf-8")
    desk.write_index(desk_root)
    assert sorted(p.name for p in (desk_root / "reports").iterdir() if p.is_file()) == ["index.csv", "index.html"]


def test_a_write_cut_short_leaves_the_last_index_whole(desk_root, monkeypatch):
    desk.write_index(desk_root)
    reports = desk_root / "reports"
    before = {name: (reports / name).read_bytes() for name in ("index.html", "index.csv")}
    (desk_root / "seeds" / "another.txt").write_text(" date 2025-12-21 https://example.com/a\n\nAnother\n\nBody.\n",
                                                     encoding="utf-8")

    def crash(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(desk.os, "replace", crash)
    with pytest.raises(OSError):
        desk.write_index(desk_root)
    assert {name: (reports / name).read_bytes() for name in before} == before
    assert not [p.name for p in reports.iterdir() if p.name.endswith(".writing")]


def test_a_rewrite_keeps_what_the_index_needs_readable(desk_root):
    desk.write_index(desk_root)
    assert oct((desk_root / "reports" / "index.html").stat().st_mode & 0o777) == "0o644"
    again = desk.write_index(desk_root)
    assert again.read_text(encoding="utf-8").count('<tr data-order="') == 5


# In a browser -------------------------------------------------------------------------

def _open(page_path, scripts=True, screenshot=None):
    from playwright.sync_api import sync_playwright
    errors, requests = [], []
    p = sync_playwright().start()
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
    context = browser.new_context(java_script_enabled=scripts, viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_path.as_uri())
    if screenshot:
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(screenshot), full_page=True)
    return p, browser, page, errors, requests


def _order(page):
    return page.eval_on_selector_all("#articles tbody tr:not([hidden])", "rows => rows.map(r => r.cells[1].innerText.split('\\n')[0])")


@pytest.mark.slow
def test_the_index_sorts_and_filters_in_chromium_offline(desk_root, seed_row):
    add_article(desk_root, seed_row, "hostile", HOSTILE, {"tension": 1}, published="2025-12-02", changes=None)
    index = desk.write_index(desk_root)
    p, browser, page, errors, requests = _open(index, screenshot=ROOT / "reports" / "screenshots" / "index.png")
    try:
        assert page.evaluate("() => window.__pwned === true") is False
        assert HOSTILE in _order(page)
        assert _order(page)[:2] == ["Newer inconsistent article", "Older inconsistent article"]
        assert page.is_visible("#controls") and page.inner_text("#shown") == "6 of 6 articles shown"

        page.click("th:nth-child(2) button")  # Article: A to Z, then Z to A
        assert _order(page) == sorted(_order(page), key=str.casefold)
        page.click("th:nth-child(2) button")
        assert _order(page)[0] == "Zebra calm article"
        assert page.get_attribute("th:nth-child(2)", "aria-sort") == "descending"
        page.click("th:nth-child(4) button")  # Published: newest first, then oldest first
        assert _order(page)[0] == "Waiting article"
        page.click("th:nth-child(4) button")
        assert _order(page)[0] == "Older inconsistent article"
        page.click("th:nth-child(7) button")  # tension counts: most first
        assert _order(page)[0] == "Drafted tension article"
        page.click("th:nth-child(1) button")  # back to the most serious first
        assert _order(page)[0] == "Newer inconsistent article"

        page.fill("#search", "CALM  zebra")  # every word, in any case, anywhere in the row
        assert _order(page) == ["Zebra calm article"]
        assert page.inner_text("#shown") == "1 of 6 articles shown"
        page.fill("#search", "")
        page.select_option("#verdict", "tension")
        assert sorted(_order(page)) == sorted(["Drafted tension article", HOSTILE])
        page.select_option("#claims", "draft")
        assert _order(page) == ["Drafted tension article"]
        page.select_option("#verdict", "")
        page.select_option("#claims", "not built")
        assert _order(page) == ["Waiting article"]
        page.select_option("#claims", "")
        page.check("#changed")  # a first build counts as new to the desk; an unchanged rebuild does not
        assert set(_order(page)) == {"Drafted tension article", "Zebra calm article", HOSTILE}
        assert page.evaluate("() => window.__pwned === true") is False
    finally:
        browser.close()
        p.stop()
    assert errors == [] and [u for u in requests if not u.startswith("file:")] == []


@pytest.mark.slow
def test_with_scripts_off_the_index_is_a_plain_table_most_serious_first(desk_root):
    index = desk.write_index(desk_root)
    p, browser, page, errors, _ = _open(index, scripts=False,
                                         screenshot=ROOT / "reports" / "screenshots" / "index-noscript.png")
    try:
        assert not page.is_visible("#controls")
        assert _order(page) == ["Newer inconsistent article", "Older inconsistent article", "Drafted tension article",
                                "Zebra calm article", "Waiting article"]
        text = page.inner_text("body")
        assert "K02 trend: consistent → tension" in text and "DRAFT" in text and "no brief yet" in text
    finally:
        browser.close()
        p.stop()
    assert errors == []


# With real builds -----------------------------------------------------------------------

@pytest.mark.slow
def test_a_build_lists_its_brief_and_make_reports_says_what_changed(built_seed, tmp_path):
    first = list(csv.DictReader(open(built_seed.parent / "index.csv", encoding="utf-8")))
    assert [(r["article"], r["claims"], r["most_serious_verdict"], r["changes"]) for r in first] == [
        (SEED_STEM, "reviewed", "inconsistent", "first build")]
    assert f'href="{SEED_STEM}/brief.html#check-K01"' in (built_seed.parent / "index.html").read_text(encoding="utf-8")

    project = copy_project(tmp_path / "p")
    shutil.copytree(built_seed, project / "reports" / SEED_STEM)
    register = project / "data" / "claims" / f"{SEED_STEM}.csv"
    register.write_text(register.read_text(encoding="utf-8").replace(",accelerating,", ",,"), encoding="utf-8")
    shutil.copy(ROOT / "tests" / "bad_input" / "hostile.txt", project / "seeds" / "hostile.txt")
    result = subprocess.run([*make_in_copy(Path(sys.executable).parents[1]), "reports"], cwd=project,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    rows = {r["article"]: r for r in csv.DictReader(open(project / "reports" / "index.csv", encoding="utf-8"))}
    # Without its trend word the growth claim is checked as a derived growth instead; the other checks are
    # the same (each has the number it had: one left, one came in), so nothing else is listed.
    assert rows[SEED_STEM]["changes"] == "new: K02 derived growth (unverifiable); removed: K02 trend (was tension)"
    assert rows[SEED_STEM]["notes"] == "" and rows["hostile"]["claims"] == "draft"

    p, browser, page, errors, requests = _open(project / "reports" / "index.html")
    try:
        assert page.evaluate("() => window.__pwned === true") is False
        headline = "<script>window.__pwned = true</script> Sales Up 5 percent {{ 7*7 }} $x^2$"
        assert headline in _order(page) and rows["hostile"]["headline"] == headline
        page.fill("#search", "{{ 7*7 }}")
        assert _order(page) == [headline]
    finally:
        browser.close()
        p.stop()
    assert errors == [] and [u for u in requests if not u.startswith("file:")] == []
