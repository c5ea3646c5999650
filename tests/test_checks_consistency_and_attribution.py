from claimcheck.checks.attribution import unintroduced_speakers
from conftest import make_case


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


def test_unintroduced_speaker(tmp_path):
    body = "Ma Jihua, an analyst, said growth was strong. Ma said more. It will grow, Liu said."
    article, _, _ = make_case(tmp_path, body, ["C1,Ma Jihua,Ma,count,,,X,x,dismissed,exact,,,,,,,,a name"])
    checks = unintroduced_speakers(article)
    assert [c.explanation.split('"')[1] for c in checks] == ["Liu"]
