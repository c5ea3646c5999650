"""The register's vocabulary: direction words read from the quote."""
import pytest

from claimcheck.vocabulary import direction_in, value_at


@pytest.mark.parametrize("before, after, direction", [
    ("Revenue fell ", " percent to 96", "fall"),
    ("fell more than ", " percent", "fall"),        # "more" before a number is a qualifier
    ("a ", " percent decline", "fall"),
    ("sales were ", " percent lower", "fall"),
    ("an increase of ", " percent", "rise"),
    ("rose ", " percent, down", "rise"),           # the nearest word wins
    ("down from ", " percent", ""),                # "down from 7 percent" names the earlier figure
    ("dropped to ", " percent", ""),               # a level reached, not a change
    ("shrank by about ", "%", "fall"),
    ("prices was lower than the ", "% monthly rise", ""),  # the figure compared with: "lower" is not its move
    ("is higher than the ", "% decline", "fall"),
    ("operating profit jumped a whopping ", " percent The operating profit ratio", "rise"),  # how big, not which way
    ("fell by a sharp ", " per cent", "fall"),
    ("its ticket sales spike ", " percent to", "rise"),     # the bare verb after "saw", "helped"
    ("the highest single-day spike of ", " new cases", ""),  # the noun counts the day's cases
    ("helped exports soar ", "%", "rise"),
    ("saw output plummet ", " per cent", "fall"),
    ("- a negative growth of ", " per cent", "fall"),      # negative growth is a fall
    ("higher than the expected drop in ", "%", "fall"),    # the move's noun, then "in"
    ("the non-oil sector grew in real terms by ", " per cent", "rise"),  # how it is measured, one filler
    ("about 5% higher than its objective and ", " percent more than the previous year's", "rise"),  # "more than"
    ("deaths rose ", "% or more", "rise"),  # "or more" says how much, the verb which way
    ("", " percent or more", ""),
    ("reported a ", " percent sequential decline", "fall"),  # the basis as an adjective, one filler
    ("Maruti posted ", " per cent YoY de-growth", "fall"),  # "per cent" is one word of the three looked at
    ("reported a ", " per cent year-on-year (YoY) drop", "fall"),  # the basis spelt out and abbreviated: one word
    ("has slumped by an alarming ", " per cent", "fall"),  # how big, not which way
])
def test_direction_from_the_words_next_to_the_number(before, after, direction):
    assert direction_in(before, after) == direction


def test_a_change_reads_its_verb_further_back():
    assert direction_in("cut jobs, while its full-year forecast of ", " billion", reach=8) == "fall"
    assert direction_in("cut jobs, while its full-year forecast of ", " billion") == ""


def test_a_verb_its_object_then_by_says_which_way():
    # "cut its full-year forecast by 3%", "boosted its loans by 11%": the verb moved its object, whatever the reach
    assert direction_in("cut its full-year forecast by ", " percent") == "fall"
    assert direction_in("The bank boosted its loans by ", "% to") == "rise"
    assert direction_in("The bank said its loans by ", "% to") == ""
    # ... and an object too long to read, when the rate moved it to or from a level
    long_object = "has cut the retail prices for liquefied petroleum gas (LPG) in both local and foreign currency by "
    assert direction_in(long_object, " percent to US$1.92") == "fall"
    assert direction_in(long_object, " percent of its sales") == ""
    # ... or a pronoun ("raising it by £285 from the current level")
    assert direction_in("the cap will increase with inflation, raising it by ", " from the current level") == "rise"
    assert direction_in("the index rose, making it ", " percent") == ""


def test_a_value_is_found_as_a_whole_number_in_its_quote():
    quote = "0.5 percent, to 421 yen, and Mizuho falling 5 yen"
    assert value_at(quote, "5") == quote.index("5 yen")  # not the 5 of "0.5" quoted before it
    assert value_at(quote, "0.5") == 0


def test_a_day_between_the_verb_and_its_rate_is_when_not_which_way():
    assert direction_in("its stock price fell on Thursday by more ", "%, to $237.76") == "fall"
    assert direction_in("shares rose yesterday by ", " percent") == "rise"


@pytest.mark.parametrize("before, way", [
    ("the profit of local SOEs has fallen over the same period by ", "fall"),
    ("Sales grew in the first half by ", "rise"), ("Exports rose in 2023 by ", "rise"),
    ("Revenue has risen by ", "rise"), ("The economy has grown by ", "rise"), ("Profit had fallen by ", "fall")])
def test_a_period_between_the_verb_and_its_rate_and_the_participles(before, way):
    assert direction_in(before, "% yearly") == way


def test_which_figure_a_move_is_says_nothing_of_its_way():
    # "a 2.3 percent revised decline", "dropped an annual 28 per cent"
    assert direction_in("following a ", " percent revised decline logged") == "fall"
    assert direction_in("arrivals from Ukraine dropped an annual ", " per cent to 7,382") == "fall"
