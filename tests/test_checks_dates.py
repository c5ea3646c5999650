import datetime as dt

from claimcheck.checks.dates import last_month, last_weekday
from conftest import make_case, only

CCTV = ("R1,report,CCTV,2025,1,count,exact,CCTV News,2025-12-14,https://example.com/cctv,2026-12-01,observation,")


def test_weekday_resolves_to_the_latest_such_day():
    assert last_weekday("Sunday", dt.date(2025, 12, 16)) == dt.date(2025, 12, 14)
    assert last_weekday("Tuesday", dt.date(2025, 12, 16)) == dt.date(2025, 12, 16)
    assert last_month("November", dt.date(2025, 12, 16)) == (2025, 11)
    assert last_month("December", dt.date(2025, 3, 1)) == (2024, 12)


def test_on_sunday_against_the_source_date(tmp_path):
    body = "China Media Group reported on Sunday that output grew."
    rows = ["C1,reported on Sunday,Sunday,weekday,,,CMG,report date,date,exact,,,,,,R1,,"]
    _, _, checks = make_case(tmp_path, body, rows, [CCTV])
    assert only(checks, "date").verdict == "consistent"


def test_on_monday_against_a_sunday_source_is_tension(tmp_path):
    body = "China Media Group reported on Monday that output grew."
    rows = ["C1,reported on Monday,Monday,weekday,,,CMG,report date,date,exact,,,,,,R1,,"]
    _, _, checks = make_case(tmp_path, body, rows, [CCTV])
    assert only(checks, "date").verdict == "tension"


def test_relative_years_and_spans(tmp_path):
    body = "Sales rose 5 percent last year. In the first 10 months of this year they rose 3 percent."
    rows = ["C1,rose 5 percent last year,last year,relative,,2024,X,sales,date,exact,,,,,,,,",
            "C2,In the first 10 months of this year,10,months,,2025-01/2025-10,X,sales,date,exact,,,,,,,,",
            "C3,rose 5 percent,5,percent,,2023,X,sales,growth,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows)
    verdicts = {c.claims[0]: c.verdict for c in checks if c.kind == "date"}
    assert verdicts == {"C1": "consistent", "C2": "consistent"}


def test_span_not_yet_over_is_inconsistent(tmp_path):
    body = "In the first 10 months of this year sales rose."
    rows = ["C1,In the first 10 months of this year,10,months,,2025-01/2025-10,X,sales,date,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, published="2025-10-20")
    assert only(checks, "date").verdict == "inconsistent"
