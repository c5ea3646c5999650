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


@pytest.mark.parametrize("price, verdict", [("51.7", "consistent"), ("61.7", "inconsistent")])
def test_a_price_per_barrel_is_the_value_over_the_barrels(tmp_path, price, verdict):
    # 4.8 bn USD / 92.8 mn barrels: [4.75, 4.85] / [92.75, 92.85] = 51.2-52.3 USD a barrel
    body = f"Exports of 92.8 million barrels earned $4.8 billion, an average of ${price} per barrel."
    rows = [claim("C1", "92.8 million barrels", "92.8", "barrels", scale="million", metric="exports"),
            claim("C2", "earned $4.8 billion", "4.8", "USD", scale="billion", metric="export revenue"),
            claim("C3", f"${price} per barrel", price, "USD per barrel", metric="price", links="C1;C2")]
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


@pytest.mark.parametrize("power, period, verdict", [
    ("16,958", "2024-05", "consistent"),    # 12,617 GWh over May's 744 hours is 16,958 MW
    ("19,958", "2024-05", "inconsistent"),  # a slip in the power: no whole number of days fits 12,617 / 19.958
    ("16,958", "2024", "tension"),          # the figures fit 31 days: the period read for them is the likelier slip
])
def test_energy_over_its_period_is_its_average_power(tmp_path, power, period, verdict):
    body = f"Generation reached 12,617 GWh ({power} MW)."
    rows = [claim("C1", "12,617 GWh", "12,617", "GWh", metric="generation", period=period),
            claim("C2", f"{power} MW", power, "MW", metric="generation", period=period, links="C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "per unit")
    assert check.verdict == verdict
    assert ("31 days" in check.explanation) == (verdict == "tension")


def test_power_of_another_period_is_not_divided(tmp_path):
    # last May's energy against this May's average power: no per-unit relation
    body = "Generation reached 16,958 MW, against 12,284 GWh a year earlier."
    rows = [claim("C1", "12,284 GWh", "12,284", "GWh", metric="generation", period="2023-05"),
            claim("C2", "16,958 MW", "16,958", "MW", metric="generation", period="2024-05", links="C1")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert not [c for c in checks if c.kind == "per unit"]


@pytest.mark.parametrize("before, verdict", [("1.22", "consistent"), ("0.92", "tension")])
def test_two_amounts_and_their_amounts_per_share_imply_alike_share_counts(tmp_path, before, verdict):
    # 3.59 bn / 1.36 = 2.63-2.65 bn shares; 3.20 bn / 1.22 = 2.61-2.64 bn: alike. Over 0.92, 3.46-3.50 bn: a third
    # more shares in a year is a split, an issue or a misprint, a tension to look into, no contradiction.
    body = f"Net income was $3.59 billion, or $1.36 per share, up from $3.20 billion, or ${before} per share."
    rows = [claim("C1", "$3.59 billion", "3.59", "USD", scale="billion", metric="net income", period="2025Q1",
                  links="C3"),
            claim("C2", "$1.36 per share", "1.36", "USD per share", metric="eps", period="2025Q1", links="C1"),
            claim("C3", "$3.20 billion", "3.20", "USD", scale="billion", metric="net income", period="2024Q1"),
            claim("C4", f"${before} per share", before, "USD per share", metric="eps", period="2024Q1", links="C3")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "share count")
    assert check.verdict == verdict and check.claims == ["C2", "C1", "C4", "C3"], check.explanation
