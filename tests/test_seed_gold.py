"""The seed article's verdicts against a hand-made gold file, and its key findings with their numbers."""
import csv

import pytest

from claimcheck import fmt
from conftest import ROOT

GOLD = list(csv.DictReader(open(ROOT / "tests" / "gold" / "seed_checks.csv", encoding="utf-8")))


@pytest.mark.parametrize("gold", GOLD, ids=[f"{g['kind']}:{g['claims']}" for g in GOLD])
def test_seed_verdict_matches_gold(seed_run, gold):
    claims = gold["claims"].split(";") if gold["claims"] else []
    found = [c for c in seed_run.checks if c.kind == gold["kind"] and c.claims == claims]
    assert found, f"no {gold['kind']} check on {claims}"
    check = found[0]
    assert check.verdict == gold["verdict"], check.explanation
    if gold["implied"]:
        assert fmt.span(check.implied, check.implied_unit) == gold["implied"]


def test_no_check_is_inconsistent_beyond_gold(seed_run):
    # A false "inconsistent" costs more than a missed one.
    inconsistent = {(c.kind, ";".join(c.claims)) for c in seed_run.checks if c.verdict == "inconsistent"}
    assert inconsistent == {(g["kind"], g["claims"]) for g in GOLD if g["verdict"] == "inconsistent"}


def test_the_2023_base_finding_with_its_numbers(seed_run):
    check = next(c for c in seed_run.checks if c.kind == "prior level")
    assert round(check.implied.low, 1) == 722.9 and round(check.implied.high, 1) == 809.7
    assert check.references[0] == "R023" and round(check.gap_percent) == 20
    assert "578.4 bn CNY" in check.finding and "20 %" in check.finding


def test_later_information_is_kept_apart(seed_run):
    check = next(c for c in seed_run.checks if c.kind == "cross-source" and c.claims == ["C07"])
    assert {"R042", "R043", "R045"} <= set(check.later_references)
    assert not {"R042", "R043", "R045"} & set(check.references)


def test_derived_reference_rows_are_never_cited(seed_run):
    cited = {r for c in seed_run.checks for r in c.references + c.later_references}
    assert not cited & {"R086", "R104", "R105", "R106"}


def test_key_findings_name_the_seed_problems(seed_run):
    from claimcheck.brief import key_findings
    findings = key_findings(seed_run)
    assert 3 <= len(findings) <= 6
    assert "578.4" in findings[0]
    assert any("its own cited source, TrendForce" in f for f in findings)
    assert any("accelerating" in f for f in findings)
    assert any("7.0602" in f and "consistent" in f for f in findings)
