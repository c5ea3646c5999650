"""Currency words and symbols: the one table, and the rule for symbols that stand for several currencies."""
import datetime as dt
from pathlib import Path

import pytest

from claimcheck.article import Article, read_article
from claimcheck.units import AMBIGUOUS_SYMBOLS, CURRENCY_WORDS, canonical, currency_of
from conftest import ROOT


def article(url: str, body: str = "Sales reached a record.") -> Article:
    return Article(Path("a.txt"), "a", dt.date(2025, 12, 16), url, "A headline", body, "0" * 64)


@pytest.mark.parametrize("word, code", [
    ("yuan", "CNY"), ("renminbi", "CNY"), ("RMB", "CNY"), ("rupees", "INR"), ("₹", "INR"),
    ("yen", "JPY"), ("won", "KRW"), ("euros", "EUR"), ("€", "EUR"), ("pounds", "GBP"), ("£", "GBP"), ("US$", "USD"),
])
def test_words_and_unambiguous_symbols_are_the_tables(word, code):
    assert currency_of(word, article("https://www.abc.net.au/news/x")) == code == CURRENCY_WORDS[word.lower()]


@pytest.mark.parametrize("url, body, code", [
    # The article names one of the two in words: that one, wherever it is published.
    ("https://www.reuters.com/x", "Toyota's profit rose to ¥1.2 trillion, the yen's weakness helping.", "JPY"),
    ("https://asia.nikkei.com/x", "BYD sold cars worth ¥80 billion; the yuan has weakened.", "CNY"),
    # Neither currency named, one country: the country's.
    ("https://www.reuters.com/x", "TOKYO • Japan's budget will top ¥100 trillion.", "JPY"),
    ("https://www.globaltimes.cn/x", "Japan's defence budget reached ¥7.9 trillion.", "JPY"),
    ("https://www.reuters.com/x", "Beijing said sales were ¥80 billion.", "CNY"),
    # Both or neither named: the outlet's country.
    ("https://asia.nikkei.com/x", "Sales of ¥80 billion.", "JPY"),
    ("https://www.japantimes.co.jp/x", "The yen and the yuan moved; sales were ¥80 billion.", "JPY"),
    ("https://www.globaltimes.cn/x", "Sales of ¥80 billion.", "CNY"),
    ("https://www.chinadaily.com.cn/x", "The yen and the yuan moved; sales in Japan and China were ¥80 billion.", "CNY"),
    # Nothing to go on: the table's yuan.
    ("https://www.reuters.com/x", "Sales of ¥80 billion.", "CNY"),
])
def test_yen_or_yuan(url, body, code):
    assert currency_of("¥", article(url, body)) == code


@pytest.mark.parametrize("url, body, code", [
    ("https://dunyanews.tv/en/x", "ISLAMABAD – The defence budget rose to Rs1.804 trillion.", "PKR"),
    ("https://www.reuters.com/x", "Pakistan's budget sets Rs9.5 trillion for debt.", "PKR"),
    ("https://www.reuters.com/x", "The bank earned Rs 318 crore, it told the Bombay exchange in India.", "INR"),
    ("https://www.reuters.com/x", "Colombo said revenue reached Rs 3 trillion.", "LKR"),
    ("https://propakistani.pk/x", "Revenue was Rs 3 trillion.", "PKR"),
    # a country's institutions name it; a country named once in a company's name does not outweigh the outlet's
    ("https://www.reuters.com/x", "The FBR has collected Rs2.080tr during the first half-year.", "PKR"),
    ("https://english.siyathanews.lk/x", "Petrol rose to Rs 155; Lanka Indian Oil Company will decide.", "LKR"),
    ("https://www.reuters.com/x", "Revenue was Rs 3 trillion.", "INR"),  # nothing to go on: the table's rupee
    ("https://www.reuters.com/x", "Mauritius expects tourism earnings of Rs 56.6 billion. ($1 = 35.7500 Mauritius "
     "rupees)", "MUR"),
    ("https://www.reuters.com/x", "The Seychelles budget sets Rs 8 billion for health.", "SCR"),
])
def test_which_rupee(url, body, code):
    assert currency_of("Rs", article(url, body)) == code == currency_of("Rs.", article(url, body))


@pytest.mark.parametrize("url, body, code", [
    ("https://www.reuters.com/x", "Kenya's revenue rose to 1.8 trillion shillings.", "KES"),
    ("https://www.reuters.com/x", "Highlights for Uganda, Tanzania and Kenya. Tanzania's spending will rise to 22.5 "
     "trillion shillings, Tanzania's minister said in Dodoma.", "TZS"),
    ("https://www.reuters.com/x", "Uganda's budget is 45 trillion Ugandan shillings.", "UGX"),
    ("https://www.reuters.com/x", "The budget is 3 trillion shillings.", "KES"),  # nothing to go on: the table's
])
def test_which_shilling(url, body, code):
    assert currency_of("shillings", article(url, body)) == code


@pytest.mark.parametrize("url, body, code", [
    ("https://www.reuters.com/x", "Credit Suisse, the Zurich bank, earned 434 million Swiss francs.", "CHF"),
    ("https://www.reuters.com/x", "Senegal's budget in Dakar is 6,000 billion CFA francs.", "XOF"),
    ("https://www.reuters.com/x", "Cameroon's revenue collected in Yaoundé reached 3,000 billion CFA francs.", "XAF"),
    ("https://www.reuters.com/x", "The group earned 2 billion francs.", "CHF"),  # nothing to go on: the table's
])
def test_which_franc(url, body, code):
    assert currency_of("francs", article(url, body)) == code


@pytest.mark.parametrize("url, body, code", [
    ("https://www.abc.net.au/news/x", "BHP earned $10 billion.", "AUD"),
    ("https://www.afr.com/x", "BHP earned $10 billion.", "AUD"),
    ("https://www.cbc.ca/news/x", "Shopify earned $2 billion.", "CAD"),
    ("https://www.scmp.com/x", "HSBC earned $2 billion.", "HKD"),
    ("https://www.thestandard.com.hk/x", "HSBC earned $2 billion.", "HKD"),
    ("https://www.straitstimes.com/x", "DBS earned $2 billion.", "SGD"),
    ("https://www.nzherald.co.nz/x", "Fonterra earned $2 billion.", "NZD"),
    # An international wire's $ is the US dollar, even about Australia; a Chinese or Japanese outlet's too.
    ("https://www.reuters.com/x", "BHP earned $10 billion as the Australian dollar fell.", "USD"),
    ("https://www.globaltimes.cn/x", "Exports of $10 billion.", "USD"),
    # The article's own statement of its dollar wins over the outlet.
    ("https://www.reuters.com/x", "Shopify earned $2 billion. All figures are in Canadian dollars.", "CAD"),
    ("https://www.abc.net.au/news/x", "Amounts are in U.S. dollars. BHP earned $10 billion.", "USD"),
])
def test_which_dollar(url, body, code):
    assert currency_of("$", article(url, body)) == code


def test_us_dollar_marked_in_an_australian_outlet_stays_the_us_dollar():
    assert currency_of("US$", article("https://www.abc.net.au/news/x", "BHP earned $10 billion.")) == "USD"


def test_an_unknown_symbol_is_a_one_line_error():
    with pytest.raises(ValueError, match=r"^unknown currency word or symbol '₿'; add it to CURRENCY_WORDS in units.py$"):
        currency_of("₿", article("https://www.reuters.com/x"))


def test_the_corpus_article_with_a_yen_sign_reads_it_as_the_yen():
    # Dateline TOKYO, "Japan's budget ... ¥100 trillion (RM3.72 trillion)": no currency named in words.
    corpus = ROOT / "tests" / "corpus" / "conversion-malaysianreserve-20181219-japan-budget.txt"
    assert currency_of("¥", read_article(corpus)) == "JPY"


def test_an_average_rate_a_year_is_a_percentage_of_its_own_and_no_figure_per_unit():
    unit = canonical("percent per year")
    assert (unit.key, unit.label, unit.per, unit.is_amount) == ("percent per year", "% a year", "", False)
    with pytest.raises(ValueError, match="takes no scale"):
        canonical("percent per year", "million")


@pytest.mark.parametrize("symbol", sorted(AMBIGUOUS_SYMBOLS))
def test_every_word_of_several_currencies_is_read_in_an_article_that_names_none(symbol):
    """Each word or sign that stands for several currencies has its words and countries to tell them apart: an article
    that names none of them still reads it, as one of the currencies it may stand for."""
    assert currency_of(symbol, article("https://www.reuters.com/x", "The group earned 2 billion.")) in \
        AMBIGUOUS_SYMBOLS[symbol]
