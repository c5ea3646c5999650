import datetime as dt

import pytest

from claimcheck.article import read_article
from claimcheck.errors import ArticleError
from conftest import ROOT, SEED


def test_seed_metadata_is_parsed_not_treated_as_text():
    article = read_article(ROOT / SEED)
    assert article.published == dt.date(2025, 12, 16)
    assert article.url.startswith("https://sputnikglobe.com/20251216/")
    assert article.headline.startswith("China’s Core AI Industry Poised")
    assert "2025-12-16" not in article.text
    assert article.outlet == "sputnikglobe.com"
    assert article.republished_from == "Global Times"


def test_sections_headline_lede_body():
    article = read_article(ROOT / SEED)
    assert article.section_of(article.text.index("One Tln")) == "headline"
    assert article.section_of(article.text.index("$140 billion")) == "lede"
    assert article.section_of(article.text.index("900 billion")) == "body"


def test_path_with_spaces_and_non_ascii_letters(tmp_path):
    folder = tmp_path / "Artikel über KI"
    folder.mkdir()
    path = folder / "nachricht 1.txt"
    path.write_bytes((ROOT / SEED).read_bytes())
    assert read_article(path).stem == "nachricht 1"


@pytest.mark.parametrize("content, message", [
    (b"", "article is empty"),
    (b" date 2025-12-16 https://example.com/a\n", "only the metadata line"),
    (b"Headline\n\nBody 12 percent.\n", "first line is not the metadata line"),
    (b" date 2025-13-45 https://example.com/a\n\nH\n\nB\n", "not a real date"),
    (b" date 2025-12-16 https://example.com/a\n\nH\n\nB \xff\xfe\n", "not valid UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
])
def test_bad_articles_fail_with_one_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    text = str(caught.value)
    assert message in text and str(path) in text and "\n" not in text


def test_missing_and_oversized_articles(tmp_path):
    with pytest.raises(ArticleError, match="not found"):
        read_article(tmp_path / "missing.txt")
    big = tmp_path / "big.txt"
    big.write_bytes(b" date 2025-12-16 https://example.com/a\n\nH\n\n" + b"12 percent. " * 450_000)
    with pytest.raises(ArticleError, match="MB"):
        read_article(big)
