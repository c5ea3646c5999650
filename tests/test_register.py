"""The claims register: the seed's register is complete and valid; broken registers fail with one line."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.article import read_article
from claimcheck.errors import RegisterError
from claimcheck.intervals import Interval
from claimcheck.register import check_intervals, load_register
from conftest import REGISTER_HEADER, ROOT, SEED, claim, make_case

ARTICLE = read_article(ROOT / SEED)
GOOD_ROW = "C1,up 24 percent year-on-year,24,percent,,2024,China,scale,growth,exact,CAICT,,,,,,,"


def load(tmp_path, text: str | bytes, name="register.csv"):
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return load_register(path, ARTICLE)


def test_seed_register_loads_with_intervals():
    claims = {c.id: c for c in load_register(ROOT / "data/claims/000_e06f6a7d580007d1.csv", ARTICLE)}
    assert (claims["C04"].interval.low, claims["C04"].interval.high) == (900, 1000)
    assert claims["C04"].unit_label == "CNY bn" and claims["C01"].section == "headline"
    assert (claims["C07"].interval.low, claims["C07"].interval.high) == (1200, 1300)


@pytest.mark.parametrize("text, message", [
    (REGISTER_HEADER.replace(",kind", "") + "\n" + GOOD_ROW, "missing column kind"),
    (REGISTER_HEADER + ",colour\n" + GOOD_ROW + ",red", "unknown column 'colour'"),
    (REGISTER_HEADER + "\n" + GOOD_ROW + "\n" + GOOD_ROW, "duplicate id 'C1'"),
    (REGISTER_HEADER + "\n" + GOOD_ROW.replace(",24,", ",twenty-ish,"), "does not occur in its quote"),
    (REGISTER_HEADER + "\n" + GOOD_ROW.replace("percent,,2024", "percentage,,2024"), "unknown unit 'percentage'"),
    (REGISTER_HEADER + "\n" + GOOD_ROW.replace("up 24 percent year-on-year", "up 42 percent"), "does not occur in the article"),
    (REGISTER_HEADER + "\n" + GOOD_ROW.replace(",,,,,,,", ",,30,20,,,,"), "low 30 is above high 20"),
    (REGISTER_HEADER + "\n" + GOOD_ROW.replace(",,,,,,,", ",,abc,,,,,"), "low 'abc' is not a finite number"),
    (REGISTER_HEADER + "\n" + GOOD_ROW.replace(",,,,,,,", ",,1e400,,,,,"), "low '1e400' is not a finite number"),
    ("", "claims register is empty"),
    (REGISTER_HEADER + "\n", "header but no rows"),
    (REGISTER_HEADER + "\n" + GOOD_ROW.replace(",growth,", ",guess,"), "unknown kind 'guess'"),
    (REGISTER_HEADER + "\n" + GOOD_ROW.replace(",,,,,,,", ",,,,C9,,,"), "unknown claim 'C9'"),
])
def test_broken_registers_name_file_row_and_fix(tmp_path, text, message):
    with pytest.raises(RegisterError) as caught:
        load(tmp_path, text)
    line = str(caught.value)
    assert message in line and "register.csv" in line and "\n" not in line


def test_value_not_a_number(tmp_path):
    row = "C1,up 24 percent year-on-year,percent,percent,,2024,China,scale,growth,exact,CAICT,,,,,,,"
    with pytest.raises(RegisterError, match=r"row 2 \(claim C1\), column value: value 'percent' is not a number"):
        load(tmp_path, REGISTER_HEADER + "\n" + row)


@pytest.mark.parametrize("encode", [
    lambda text: b"\xef\xbb\xbf" + text.encode(),                 # a UTF-8 byte-order mark (Excel)
    lambda text: text.replace("\n", "\r\n").encode(),             # Windows line ends
    lambda text: text.replace(",", ";").encode(),                 # semicolon delimiter
])
def test_harmless_oddities_are_accepted(tmp_path, encode):
    claims = load(tmp_path, encode(REGISTER_HEADER + "\n" + GOOD_ROW + "\n"))
    assert claims[0].id == "C1" and claims[0].interval.low == 23.5


@pytest.mark.parametrize("column, text, message", [
    ("period", "2025Q5", "Q5 is not a quarter"),
    ("period", "2025-02-30", "is not a real date"),
    ("links", "C1 parent", "unknown role 'parent'"),
    ("direction", "sideways", "unknown direction 'sideways'"),
    ("trend", "soaring", "unknown trend word 'soaring'"),
    ("basis", "2024Q5", "Q5 is not a quarter"),
    ("basis", "level:2023", "a basis is the period a growth rate is measured against; this row is a level"),
])
def test_new_columns_are_validated_with_one_line(tmp_path, column, text, message):
    from conftest import register_csv
    kind, _, text = text.rpartition(":") if column == "basis" else ("", "", text)
    row = {"id": "C1", "quote": "up 24 percent year-on-year", "value": "24", "unit": "percent", "period": "2024",
           "kind": kind or "growth", "metric": "scale", "entity": "China", column: text}
    if column == "links":
        row["id"] = "C2"
    with pytest.raises(RegisterError) as caught:
        load(tmp_path, register_csv([row]))
    assert message in str(caught.value) and f"column {column}" in str(caught.value)


@pytest.mark.parametrize("quote, value, unit, scale, low, high", [
    ("Rs880.10 crore", "880.10", "INR", "crore", 8.80095, 8.80105),   # in bn INR
    ("25 cents a share", "25", "USD per share", "cent", 0.245, 0.255),
    ("3.5 GW", "3.5", "GW", "", 3.45, 3.55),
    ("350 MW", "350", "MW", "", 0.345, 0.355),
    ("1.2 million tonnes", "1.2", "tonnes", "million", 1.15e6, 1.25e6),
])
def test_printed_forms_and_units(tmp_path, quote, value, unit, scale, low, high):
    from conftest import make_case
    article, claims, _ = make_case(tmp_path, f"It was {quote}.", [
        {"id": "C1", "quote": quote, "value": value, "unit": unit, "scale": scale, "kind": "level", "metric": "m"}])
    assert claims[0].interval.low == pytest.approx(low) and claims[0].interval.high == pytest.approx(high)


def test_a_printed_margin_is_the_interval(tmp_path):
    from conftest import make_case
    quote = "$61.3 billion, plus or minus $500 million"
    _, claims, _ = make_case(tmp_path, f"Sales of {quote}.", [
        {"id": "C1", "quote": quote, "value": "61.3", "unit": "USD", "scale": "billion", "kind": "forecast",
         "metric": "m"}])
    assert (claims[0].interval.low, claims[0].interval.high) == (60.8, 61.8)


def test_interval_sanity_holds_for_a_fall_and_fails_with_the_numbers(tmp_path):
    body = "Trade dropped 6.9 percent."
    rows = [claim("C1", "dropped 6.9 percent", "6.9", "percent", kind="growth")]
    _, claims, _ = make_case(tmp_path, body, rows)
    check_intervals(claims)  # -6.95 to -6.85 holds -6.9
    claims[0].interval = Interval(6.85, 6.95)
    with pytest.raises(ValueError, match=r"C1: printed value -6.9 outside its own interval 6.85–6.95"):
        check_intervals(claims)


def _finditer_spans(text, quote):
    import re
    return [(m.start(), m.end()) for m in re.finditer(re.escape(quote), text)]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab c1.", min_size=1, max_size=300), st.lists(st.text(alphabet="ab c1.", min_size=1, max_size=20),
                                                                       min_size=1, max_size=150))
def test_quotes_are_found_where_a_search_finds_them(text, quotes):
    """The indexed lookup (many quotes) and the direct one (few) find what re.finditer finds."""
    from claimcheck.register import quote_spans
    quotes += [text[i:i + n] for i in range(0, len(text), 7) for n in (1, 5, 13, 30) if text[i:i + n]]
    for chosen in (quotes[:10], quotes):  # under and over the number of quotes that switches to the index
        found = quote_spans(text, chosen)
        assert all(found[q] == _finditer_spans(text, q) for q in chosen)


@pytest.mark.parametrize("quote, value, qualifier, move", [
    ("fell 20 percent", "20", "", "a 20 % fall"),
    ("rose 8 percent", "8", "", "an 8 % rise"),
    ("rose 11.5 percent", "11.5", "", "an 11.5 % rise"),
    ("rose 110 percent", "110", "", "a 110 % rise"),
    ("a decline of about 4 percent", "4", "about", "a fall of about 4 %"),
])
def test_a_rate_is_named_as_a_sentence_would(tmp_path, quote, value, qualifier, move):
    direction = "fall" if ("fell" in quote or "decline" in quote) else ""
    row = claim("C1", quote, value, "percent", kind="growth", qualifier=qualifier, direction=direction)
    _, claims, _ = make_case(tmp_path, f"Sales {quote}.", [row])
    assert claims[0].move == move
