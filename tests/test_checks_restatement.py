"""Restatement: one quantity stated twice (headline, lede, body) must agree with itself."""
from conftest import claim, make_case, only


def test_headline_against_body(tmp_path):
    body = "The industry will surpass 1.2 trillion yuan in 2025."
    rows = ["C1,Surpass One Tln Yuan,One,CNY,trillion,2025,X,scale,forecast,over,,,,,,,,",
            "C2,surpass 1.2 trillion yuan,1.2,CNY,trillion,2025,X,scale,forecast,over,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, headline="Industry to Surpass One Tln Yuan")
    check = next(c for c in checks if c.kind == "headline vs body")
    assert check.verdict == "consistent" and "less precise" in check.explanation


def test_headline_contradicting_body(tmp_path):
    body = "The industry reached 800 billion yuan in 2025."
    rows = ["C1,Hits 1.2 Tln Yuan,1.2,CNY,trillion,2025,X,scale,level,exact,,,,,,,,",
            "C2,reached 800 billion yuan,800,CNY,billion,2025,X,scale,level,exact,,,,,,,,"]
    _, _, checks = make_case(tmp_path, body, rows, headline="Industry Hits 1.2 Tln Yuan")
    assert next(c for c in checks if c.kind == "headline vs body").verdict == "inconsistent"


def test_body_against_body(tmp_path):
    body = "The firm reported.\nProfit was 5.2 billion dollars.\nLater, the firm said profit came to 5.8 billion dollars."
    rows = [claim("C1", "Profit was 5.2 billion dollars", "5.2", "USD", scale="billion"),
            claim("C2", "came to 5.8 billion dollars", "5.8", "USD", scale="billion")]
    _, _, checks = make_case(tmp_path, body, rows)
    check = only(checks, "restatement")
    assert check.verdict == "inconsistent" and round(check.gap, 2) == 0.5


def test_a_level_never_restates_a_growth_rate(tmp_path):
    body = "Sales grew 30 percent and took a 30 percent share."
    rows = [claim("C1", "grew 30 percent", "30", "percent", kind="growth"),
            claim("C2", "a 30 percent share", "30", "percent", kind="share")]
    _, _, checks = make_case(tmp_path, body, rows)
    assert not [c for c in checks if c.kind in ("restatement", "headline vs body")]


def test_a_figure_with_its_digits_cut_is_a_tension_not_a_contradiction(tmp_path):
    # 1,85,776.55 crore is 1.8578 lakh crore: 1.86 rounded, 1.85 cut; 1.84 is neither
    for short, verdict in (("1.85", "tension"), ("1.84", "inconsistent"), ("1.86", "consistent")):
        body = "The ministry was allocated Rs 1,85,776.55 crore for 2022-23."
        rows = [claim("C1", f"{short} lakh crore", short, "INR", scale="lakh crore", period="FY2023", metric="budget"),
                claim("C2", "Rs 1,85,776.55 crore", "1,85,776.55", "INR", scale="crore", period="FY2023",
                      metric="budget")]
        _, _, checks = make_case(tmp_path, body, rows, headline=f"Ministry gets {short} lakh crore")
        assert next(c for c in checks if c.kind == "headline vs body").verdict == verdict, short
