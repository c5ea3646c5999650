"""Attribution: people quoted by surname alone who were never introduced."""
import pytest

from claimcheck.checks.attribution import unintroduced_speakers
from claimcheck.checks.model import Context
from conftest import make_case


def speakers(tmp_path, body):
    article, claims, _ = make_case(tmp_path, body, ["C1,said,said,count,,,X,x,dismissed,exact,,,,,,,,a word"])
    return [c.explanation.split('"')[1] for c in unintroduced_speakers(Context(article, claims, [], article.published))]


def test_unintroduced_speaker(tmp_path):
    body = "Ma Jihua, an analyst, said growth was strong. Ma said more. It will grow, Liu said."
    assert speakers(tmp_path, body) == ["Liu"]


def test_a_surname_with_a_prefix_is_one_name(tmp_path):
    # "Michael O’Leary said" introduces O’Leary; "Leary" is no speaker of its own
    assert speakers(tmp_path, "Chief executive Michael O’Leary said fares fell. Fares rose, D’Souza said.") == \
        ["D’Souza"]


@pytest.mark.parametrize("body", [
    "Output rose, the National Bureau of Statistics said.",   # an organisation
    "The ministry on Thursday said output rose.",              # a weekday
    "Xiaomi reported strong sales. Revenue rose, Xiaomi said.",  # a name used elsewhere in the text
    "Remittances rose, the Bangko Sentral ng Pilipinas said.",    # an institution named in another language
    "Profit rose, Kweichow Moutai said.",                      # the end of a longer name
    "Exports rose, the Ministry of Trade, Industry and Energy said.",  # the last of a list of names
    "All told, coverage rose to P405,600, the insurer said.",  # a sum up, no speaker
])
def test_organisations_weekdays_and_named_firms_are_not_people(tmp_path, body):
    assert speakers(tmp_path, body) == []

