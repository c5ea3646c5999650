"""Per-unit figures: earnings per share, per person, per day."""
import pytest

from conftest import claim, make_case, only


@pytest.mark.parametrize("eps, verdict", [("1.25", "consistent"), ("1.52", "inconsistent")])
def test_earnings_per_share(tmp_path, eps, verdict):
    # 5.0 bn / 4.0 bn shares = 1.25: [4.95, 5.05] / [3.95, 4.05] = 1.222-1.278.
    body = f"Net income was $5.0 billion on 4.0 billion shares, or ${eps} a share."
    rows = [claim("C1", "Net income was $5.0 billion", "5.0", "USD", scale="billion", metric="net income",
                  period="2025Q2"),
            claim("C2", "4.0 billion shares", "4.0", "count", scale="billion", metric="shares", period="2025Q2"),
            claim("C3", f"${eps} a share", eps, "USD per share", metric="eps", period="2025Q2", links="C1;C2")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "per unit").verdict == verdict


def test_cents_per_share(tmp_path):
    body = "Net income was $5.0 billion on 4.0 billion shares, or 125 cents a share."
    rows = [claim("C1", "Net income was $5.0 billion", "5.0", "USD", scale="billion", metric="net income"),
            claim("C2", "4.0 billion shares", "4.0", "count", scale="billion", metric="shares"),
            claim("C3", "125 cents a share", "125", "USD per share", scale="cent", metric="eps", links="C1;C2")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "per unit").verdict == "consistent"


def test_a_quarter_divided_by_its_days(tmp_path):
    # 9.2 bn over the 92 days of 2025Q3 is 100 mn a day.
    body = "Revenue was $9.2 billion in the quarter, or $100 million a day."
    rows = [claim("C1", "Revenue was $9.2 billion", "9.2", "USD", scale="billion", metric="revenue", period="2025Q3"),
            claim("C2", "$100 million a day", "100", "USD per day", scale="million", metric="daily revenue",
                  period="2025Q3", links="C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert only(checks, "per unit").verdict == "consistent"
