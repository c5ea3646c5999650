"""The engine: every family registered, documented and tested; two readings of round numbers; inputs
no check could use named; and no register that validates makes any check raise."""
import datetime as dt
import re

from hypothesis import HealthCheck, assume, example, given, settings, strategies as st

from claimcheck.article import Article
from claimcheck.checks import engine
from claimcheck.checks.engine import run_checks
from claimcheck.errors import RegisterError
from claimcheck.register import COLUMNS, claims_from_rows
from claimcheck.vocabulary import KINDS, LINK_ROLES, QUALIFIERS, TRENDS
from conftest import ROOT, claim, make_case, only

GUIDE = (ROOT / "docs" / "relations.md").read_text(encoding="utf-8")


def test_every_family_has_a_module_a_test_file_and_a_row_in_the_guide():
    for family in engine.FAMILIES:
        module = family.run.__module__.rsplit(".", 1)[1]
        assert (ROOT / "tests" / f"test_checks_{module}.py").is_file(), module
        for kind in family.ranks:
            assert re.search(rf"^\| `{re.escape(kind)}` \|", GUIDE, re.M), f"{kind} has no row in docs/relations.md"


def test_the_guide_names_every_kind_trend_and_role():
    for word in KINDS + TRENDS + tuple(r for r in LINK_ROLES if r):
        assert f"`{word}`" in GUIDE, word


def test_a_check_that_holds_only_with_round_figures_is_a_tension(tmp_path):
    # 113.4 / 100.1 - 1 = 13.3 %: not 9.5-10.5 %, but within 5-15 % if "10 percent" is a round figure.
    body = "Sales rose 10 percent to 113.4 in 2025 from 100.1 in 2024."
    rows = [claim("C1", "to 113.4 in 2025", "113.4", "count", period="2025"),
            claim("C2", "from 100.1 in 2024", "100.1", "count", period="2024"),
            claim("C3", "rose 10 percent", "10", "percent", kind="growth", period="2025")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "implied growth")
    assert check.verdict == "tension" and "holds only if '10' is a round figure" in check.explanation


def test_no_round_figure_no_rescue(tmp_path):
    body = "Sales rose 11 percent to 113.4 in 2025 from 100.1 in 2024."
    rows = [claim("C1", "to 113.4 in 2025", "113.4", "count", period="2025"),
            claim("C2", "from 100.1 in 2024", "100.1", "count", period="2024"),
            claim("C3", "rose 11 percent", "11", "percent", kind="growth", period="2025")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "implied growth").verdict == "inconsistent"


def test_round_figures_no_longer_hide_a_fall_read_as_a_rise(tmp_path):
    # The reproductions: under one loose reading both came out consistent or wide open.
    body = "Sales fell 12 percent to 880 billion dollars in 2025 from 1,000 billion dollars in 2024."
    rows = [claim("C1", "to 880 billion dollars in 2025", "880", "USD", scale="billion", period="2025"),
            claim("C2", "from 1,000 billion dollars in 2024", "1,000", "USD", scale="billion", period="2024"),
            claim("C3", "fell 12 percent", "12", "percent", kind="growth", period="2025")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "implied growth")
    # strictly 875-885 from 950-1,050: a fall of 6.8-16.7 %, no longer anything from -41.7 % to +77 %
    assert check.verdict == "consistent" and -17 < check.implied.low < check.implied.high < -6
    body = "Sales fell 10 percent to 90 billion dollars in 2025."
    rows = [claim("C1", "to 90 billion dollars in 2025", "90", "USD", scale="billion", period="2025",
                  references="R1"),
            claim("C2", "fell 10 percent", "10", "percent", kind="growth", period="2025")]
    reference = "R1,m,X,2024,100,bn USD,exact,Statistics office,2025-02-01,https://example.com/r,2026-12-01,observation,"
    _, _, checks = make_case(tmp_path, body, rows, [reference])
    # 90 / (1 - 0.10) = 100 matches; read as a rise, 90 / 1.10 = 81.8 does not, and no longer passes
    assert only(checks, "prior level").verdict == "consistent"
    rows[1] = claim("C2", "rose 10 percent", "10", "percent", kind="growth", period="2025")
    _, _, checks = make_case(tmp_path, body.replace("fell", "rose"), rows, [reference])
    assert only(checks, "prior level").verdict == "inconsistent"


def test_inputs_no_check_reads_are_named(tmp_path):
    import datetime

    from claimcheck.article import read_article
    from claimcheck.register import load_register
    from conftest import register_csv
    article_path = tmp_path / "a.txt"
    article_path.write_text(" date 2025-03-01 https://example.com/a\n\nH\n\nThere were 12 firms, rising.\n")
    register_path = tmp_path / "a.csv"
    register_path.write_text(register_csv([claim("C1", "12 firms", "12", "count", kind="count", trend="rising")]))
    notices = []
    article = read_article(article_path)
    run_checks(article, load_register(register_path, article), [], datetime.date(2025, 3, 1), "", notices)
    assert notices == ["C1 (row 2): trend 'rising' was not used: no check reads it on a count row with these "
                       "links (see docs/relations.md)"]


# Any register that validates: no check may raise ----------------------------------------------

ARTICLE_BODY = []
UNITS = ["percent", "pp", "count", "CNY", "USD", "times", "GW", "USD per share", "CNY per USD", "weekday", "month",
         "relative", "months", "year"]
VALUES = {"weekday": ["Sunday", "Monday"], "month": ["November"], "relative": ["last year", "this year"]}
PERIODS = ["", "2024", "2025", "2025Q4", "2025-01/2025-04", "FY2025", "2024H1", "2025-03", "0001"]
numbers = st.sampled_from(["0", "5", "20", "24", "100", "140", "1,000", "0.5", "19.9", "half", "twice", "six",
                           "double-digit", "second"])


@st.composite
def registers(draw):
    n = draw(st.integers(1, 6))
    rows, quotes = [], []
    for i in range(n):
        unit = draw(st.sampled_from(UNITS))
        value = draw(st.sampled_from(VALUES[unit])) if unit in VALUES else draw(numbers)
        quote = f"{value} q{i}"
        quotes.append(quote)
        ids = [f"C{j}" for j in range(n) if j != i]
        links = draw(st.lists(st.tuples(st.sampled_from(ids or ["C0"]), st.sampled_from(list(LINK_ROLES))),
                              max_size=3, unique_by=lambda t: t[0])) if ids else []
        rows.append({
            "id": f"C{i}", "quote": quote, "value": value, "unit": unit,
            "scale": draw(st.sampled_from(["", "", "billion", "crore", "cent"])) if unit in ("CNY", "USD", "count") else "",
            "period": draw(st.sampled_from(PERIODS)), "entity": "X", "metric": draw(st.sampled_from(["a", "b", ""])),
            "kind": draw(st.sampled_from([k for k in KINDS if k != "dismissed"])),
            "qualifier": draw(st.sampled_from(QUALIFIERS)), "source": "", "links": "; ".join(f"{a} {r}".strip() for a, r in links),
            "trend": draw(st.sampled_from(("",) + TRENDS)), "direction": draw(st.sampled_from(["", "rise", "fall"])),
            "low": draw(st.sampled_from(["", "", "0", "-inf", "1e400"])), "high": "",
        })
    return rows, " ".join(quotes)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(([{"id": "C0", "quote": "5 q0", "value": "5", "unit": "CNY", "entity": "X", "metric": "a", "kind": "level",
            "qualifier": "exact", "links": "C1 conversion"},
           {"id": "C1", "quote": "0 q1", "value": "0", "unit": "USD", "entity": "X", "metric": "a", "kind": "level",
            "qualifier": "exact"},
           {"id": "C2", "quote": "0 q2", "value": "0", "unit": "CNY per USD", "entity": "X", "metric": "a",
            "kind": "level", "qualifier": "exact"}], "5 q0 0 q1 0 q2"), dt.date(2000, 1, 1))
@given(registers(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_any_register_that_validates_checks_without_raising(register, published):
    rows, body = register
    article = Article(ROOT / "x.txt", "x", published, "https://example.com/x", "Headline", body, "0" * 64)
    full = [(line, {c: row.get(c, "") for c in COLUMNS}) for line, row in enumerate(rows, start=2)]
    try:
        claims = claims_from_rows(ROOT / "x.csv", full, article)
    except RegisterError:
        assume(False)
    checks = run_checks(article, claims, [], published)
    assert all(c.verdict != "inconsistent" or c.gap is not None for c in checks)
