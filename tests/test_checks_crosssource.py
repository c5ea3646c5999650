from conftest import make_case

BODY = "Output exceeded 900 billion yuan in 2024, according to the Institute."
ROW = "C1,exceeded 900 billion yuan,900,CNY,billion,2024,China,output,level,over,Institute,,,,,{refs},,"


def ref(rid, value, published, metric="output", use="observation", source="Institute via Daily", period="2024"):
    return f"{rid},{metric},China,{period},{value},bn CNY,exact,{source},{published},https://example.com/{rid},2026-12-01,{use},"


def by_kind(checks):
    return {c.kind: c for c in checks}


def test_same_figure_elsewhere_agrees_and_later_reports_do_not_decide(tmp_path):
    refs = [ref("R1", "950", "2025-10-01"), ref("R2", "500", "2026-03-01")]
    _, _, checks = make_case(tmp_path, BODY, [ROW.format(refs="")], refs)
    check = by_kind(checks)["cross-source"]
    assert check.verdict == "consistent" and check.references == ["R1"]
    assert check.later_references == ["R2"] and "inconsistent" in check.later_information


def test_conflicting_report_is_inconsistent_with_gap(tmp_path):
    _, _, checks = make_case(tmp_path, BODY, [ROW.format(refs="")], [ref("R1", "700", "2025-10-01")])
    check = by_kind(checks)["cross-source"]
    # A reference is read as printed: 699.5-700.5, 199.5 below the article's 900.
    assert check.verdict == "inconsistent" and round(check.gap, 2) == 199.5


def test_other_scope_is_a_tension_never_a_contradiction(tmp_path):
    refs = [ref("R1", "700", "2025-07-01", metric="AI market")]
    _, _, checks = make_case(tmp_path, BODY, [ROW.format(refs="R1 scope")], refs)
    assert by_kind(checks)["other series"].verdict == "tension"


def test_derived_and_weak_rows_never_decide(tmp_path):
    refs = [ref("R1", "100", "2025-07-01", use="derived"), ref("R2", "100", "2025-07-01", use="weak")]
    _, _, checks = make_case(tmp_path, BODY, [ROW.format(refs="R1;R2")], refs)
    check = by_kind(checks)["cross-source"]
    assert check.verdict == "unverifiable" and "R2" in check.explanation and "R1" not in check.references


def test_misattribution_is_flagged(tmp_path):
    refs = [ref("R1", "950", "2025-10-01", source="Ministry of Commerce")]
    _, _, checks = make_case(tmp_path, BODY, [ROW.format(refs="")], refs)
    assert by_kind(checks)["attribution"].verdict == "tension"


def test_automatic_matches_are_marked_and_can_be_turned_off(tmp_path):
    refs = [ref("R1", "950", "2025-10-01"), ref("R2", "960", "2025-10-01")]
    _, _, checks = make_case(tmp_path, BODY, [ROW.format(refs="-R2")], refs)
    check = by_kind(checks)["cross-source"]
    assert check.references == ["R1"] and check.automatic == ["R1"] and "Matched by metric name" in check.explanation
    _, _, checks = make_case(tmp_path, BODY, [ROW.format(refs="-auto")], refs)
    assert "cross-source" not in by_kind(checks)


def test_the_article_itself_never_confirms_the_article(tmp_path):
    own = ref("R1", "950", "2025-10-01").replace("https://example.com/R1", "https://www.example.com/case/")
    _, _, checks = make_case(tmp_path, BODY, [ROW.format(refs="R1")], [own])
    assert "cross-source" not in by_kind(checks)
