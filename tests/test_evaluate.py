"""The draft-mode scorer (`make eval`): relations covered, verdicts that agree, errors caught, false alarms."""
import json
import os
import shutil
import subprocess
import sys
from types import SimpleNamespace

import pytest

from claimcheck import evaluate
from claimcheck.article import read_article
from claimcheck.checks.model import Check
from claimcheck.gold import load_gold
from conftest import ROOT, copy_project

CGTN = "cnstats-cgtn-20200228-gdp-2019"        # 13 relations, 10 decidable within the article, no error
GREENPOST = "cnstats-greenpost-20150719-h1-foreign-trade"  # two real errors the article itself decides


def test_every_corpus_gold_file_loads_and_names_figures_in_its_article():
    for folder in (evaluate.CORPUS, evaluate.CORPUS / "holdout"):
        for name in evaluate.names(ROOT, folder):
            article = read_article(ROOT / folder / f"{name}.txt")
            assert load_gold(ROOT / folder / f"{name}.gold.csv", article), name


def test_a_scored_article_counts_what_the_expert_decides():
    score = evaluate.score(CGTN, ROOT)
    assert (score.relations, score.decidable, score.errors) == (13, 10, 0)
    assert score.agree >= 8 and score.false_inconsistent == 0


def test_real_errors_are_counted_as_caught_and_never_as_false_alarms():
    score = evaluate.score(GREENPOST, ROOT)
    assert score.errors == 2 and score.caught == 2 and score.false_inconsistent == 0


def test_a_check_of_another_family_does_not_agree_for_it():
    article = read_article(ROOT / evaluate.CORPUS / f"{CGTN}.txt")
    relation = next(r for r in load_gold(ROOT / evaluate.CORPUS / f"{CGTN}.gold.csv", article)
                    if r.family == "share of total")
    spans = {"A": [relation.figures[0]], "B": [relation.figures[1]]}
    share = Check("share of a total", ["A", "B"], "consistent", "")
    date = Check("date", ["A", "B"], "consistent", "")
    assert evaluate.covering(relation, [date, share], spans)[0] is share


def test_of_checks_of_other_families_one_that_reached_a_verdict_speaks_for_the_relation():
    # a derived figure with nothing to compare it with ("implies the level before was ...") says nothing of it,
    # though it joins fewer figures
    article = read_article(ROOT / evaluate.CORPUS / f"{CGTN}.txt")
    relation = next(r for r in load_gold(ROOT / evaluate.CORPUS / f"{CGTN}.gold.csv", article)
                    if r.family == "share of total")
    spans = {"A": [relation.figures[0]], "B": [relation.figures[1]], "C": [(0, 1)]}
    derived = Check("prior level", ["A", "B"], "unverifiable", "")
    change = Check("change", ["A", "B", "C"], "consistent", "")
    assert evaluate.covering(relation, [derived, change], spans)[0] is change


def test_a_range_s_row_holds_its_upper_end_too():
    # "a range of 3% to 5%" is one row, of value 3 and high 5: the gold may quote either end
    claim = SimpleNamespace(id="C1", value="3", unit="percent", spans=[(0, 19)], overridden=True,
                            interval=SimpleNamespace(low=3.0, high=5.0), canonical_unit=None)
    run = SimpleNamespace(article=SimpleNamespace(text="a range of 3% to 5% growth"), claims=[claim])
    assert evaluate.figure_spans(run)["C1"] == [(11, 12), (17, 18)]


@pytest.mark.slow
def test_make_eval_builds_each_article_into_reports_eval(tmp_path):
    project = copy_project(tmp_path / "p")
    shutil.copytree(ROOT / "tests" / "corpus", project / "tests" / "corpus")
    env = {**os.environ, "PYTHONPATH": str(project / "src")}
    result = subprocess.run([sys.executable, "-m", "claimcheck.evaluate", CGTN], cwd=project, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert (project / "reports" / "eval" / CGTN / "brief.pdf").is_file()
    totals = json.loads((project / "reports" / "eval.json").read_text())["totals"]
    assert totals["built"] == totals["articles"] == 1


def test_a_claims_number_is_found_whole_in_its_quote():
    """A rate of "5%" stands at its own digits, not at the 5 inside "1.53" earlier in its quote; "Rs.104166"
    is found after its sign."""
    text = "budget of Rs 1.53 lakh crore - up by Rs 73,000 cr or 5% over Rs.104166 crore"
    run = SimpleNamespace(article=SimpleNamespace(text=text), claims=[
        SimpleNamespace(id="C1", value="5", unit="percent", spans=[(0, len(text))], overridden=False),
        SimpleNamespace(id="C2", value="104166", unit="INR", spans=[(0, len(text))], overridden=False)])
    spans = evaluate.figure_spans(run)
    assert [text[a:b] + text[b] for a, b in spans["C1"]] == ["5%"]
    assert [text[a - 1:b] for a, b in spans["C2"]] == [".104166"]


def test_a_month_s_row_stands_for_its_date_as_printed():
    """"between April 1, 2010, and July 1, 2109": the gold names the year of the mistyped date, "2109", which the month
    row's check speaks for."""
    text = "between April 1, 2010, and July 1, 2109"
    run = SimpleNamespace(article=SimpleNamespace(text=text), claims=[
        SimpleNamespace(id="C1", value="July", unit="month", spans=[(0, len(text))], overridden=False)])
    assert [text[a:b] for a, b in evaluate.figure_spans(run)["C1"]] == ["July 1, 2109"]


def test_a_span_s_row_stands_for_all_its_words():
    """"5.6 million children were seen in the 12 months up to June 2024": the gold names the span's end, "up to June
    2024", which the row of the 12 months speaks for."""
    text = "5.6 million children were seen in the 12 months up to June 2024."
    run = SimpleNamespace(article=SimpleNamespace(text=text), claims=[
        SimpleNamespace(id="C1", value="12", unit="months", spans=[(0, len(text))], overridden=False)])
    assert [text[a:b] for a, b in evaluate.figure_spans(run)["C1"]] == ["12 months up to June 2024"]


def test_a_headline_restating_an_error_s_figures_is_explained_by_it():
    # The body's 13 % against its levels 1.570 and 1.804 tn is the error; the headline's "13pc" and "1.804tr",
    # restating them, make a check of their own that no gold relation names: it is the same error, no false alarm.
    relation = SimpleNamespace(family="implied growth", verdict="inconsistent", figures=((10, 12), (20, 25), (30, 35)))
    spans = {"rate": [(10, 12)], "level": [(20, 25)], "earlier": [(30, 35)], "top rate": [(0, 2)],
             "top level": [(4, 8)]}
    body = Check("implied growth", ["level", "earlier", "rate"], "inconsistent", "")
    headline = Check("implied growth", ["top level", "earlier", "top rate"], "inconsistent", "")
    restating = [Check("headline vs body", ["top rate", "rate"], "consistent", ""),
                 Check("headline vs body", ["top level", "level"], "consistent", "")]
    checks = [body, headline, *restating]
    for number, check in enumerate(checks):
        check.id = f"K{number}"
    found = evaluate.covering(relation, checks, spans)
    assert evaluate.explains(relation, found, checks, spans, evaluate.restated(checks)) == {"K0", "K1"}
    assert evaluate.explains(relation, found, checks, spans, {}) == {"K0"}


def test_a_check_of_a_figure_s_restatement_covers_the_figure():
    # the tally adds the headline's "death toll at 44"; the gold quotes the lede's "44 people have died", which a
    # consistent headline-vs-body check ties to it
    relation = SimpleNamespace(family="sum of parts", figures=((20, 25), (30, 35)))
    spans = {"lede deaths": [(20, 25)], "top deaths": [(4, 8)], "total": [(30, 35)]}
    tally = Check("sum of parts", ["total", "top deaths"], "tension", "")
    checks = [tally, Check("headline vs body", ["top deaths", "lede deaths"], "consistent", "")]
    assert not evaluate.covering(relation, checks, spans)
    assert evaluate.covering(relation, checks, evaluate.restated_spans(spans, evaluate.restated(checks))) == [tally]


def test_a_check_of_the_relation_s_own_figures_speaks_before_one_of_a_restatement():
    # the gold quotes the body's $4.22 billion deficit; the headline's round "$4B", which restates it, makes a check
    # of its own that only reaches the figure through the restatement
    relation = SimpleNamespace(family="difference", figures=((20, 25), (30, 35), (40, 45)))
    spans = {"deficit": [(20, 25)], "top deficit": [(0, 3)], "imports": [(30, 35)], "exports": [(40, 45)]}
    headline = Check("difference", ["top deficit", "imports", "exports"], "consistent", "")
    body = Check("difference", ["deficit", "imports", "exports"], "inconsistent", "")
    checks = [headline, body, Check("headline vs body", ["top deficit", "deficit"], "consistent", "")]
    either = evaluate.restated_spans(spans, evaluate.restated(checks))
    assert evaluate.covering(relation, checks, either, own=spans)[0] is body
    assert evaluate.covering(relation, checks, either)[0] is headline  # (told no spans of their own, in list order)


def test_a_quote_without_a_figure_is_the_wording_of_the_relation():
    # "which was the highest since 2016" says how 23 relates to 10; only the figures need a check to join them,
    # while in a date relation the dates are the figures
    text = "Whereas 23 deaths were registered in 2021 which was the highest since 2016. A total of 10 people died."
    spans = [(text.index("23 deaths"), text.index(" were")), (text.index("which"), text.index(". A")),
             (text.index("10 people"), len(text) - 1)]
    record = SimpleNamespace(family="comparison", figures=tuple(spans))
    assert evaluate.figures_of(record, text) == [spans[0], spans[2]]
    assert evaluate.figures_of(SimpleNamespace(family="date", figures=tuple(spans)), text) == spans
    largest = Check("largest", ["A", "B"], "consistent", "")
    found = evaluate.covering(record, [largest], {"A": [(8, 10)], "B": [(spans[2][0], spans[2][0] + 2)]}, text)
    assert found == [largest]


@pytest.mark.parametrize("lede_vs_body, verdict", [("consistent", "consistent"), ("inconsistent", "inconsistent")])
def test_a_figure_stated_three_times_is_covered_by_the_pairs_that_join_them(lede_vs_body, verdict):
    # headline, lede and body state one figure; the checks compare each later statement with the first, in pairs:
    # together they join all three, and the most serious of their verdicts is the relation's
    relation = SimpleNamespace(family="restatement", figures=((0, 2), (10, 12), (20, 22)))
    spans = {"top": [(0, 2)], "lede": [(10, 12)], "body": [(20, 22)], "other": [(40, 42)]}
    checks = [Check("headline vs body", ["top", "lede"], "consistent", ""),
              Check("headline vs body", ["lede", "body"], lede_vs_body, ""),
              Check("restatement", ["body", "other"], "inconsistent", "")]  # joins a fourth figure: not one of them
    found = evaluate.covering(relation, checks, spans)
    assert [(c.claims, c.verdict) for c in found] == [(["body", "lede", "top"], verdict)]
    assert not evaluate.covering(relation, checks[:1], spans)  # one pair alone leaves the body out


def test_a_date_error_is_explained_by_the_date_check_of_either_of_its_dates():
    # "In 2020, the infections dropped ... 1,072 infections were reported last year": the check of "last year" against
    # the figure's 2020 joins one date of the relation; it is the error, not a false alarm
    relation = SimpleNamespace(family="date", verdict="inconsistent", figures=((0, 7), (50, 62), (90, 95)))
    spans = {"last year": [(55, 59)], "other": [(200, 204)]}
    check = Check("date", ["last year"], "inconsistent", "")
    check.id = "K1"
    stray = Check("date", ["other"], "inconsistent", "")
    stray.id = "K2"
    assert evaluate.explains(relation, [], [check, stray], spans, {}) == {"K1"}


def test_an_error_narrowed_to_two_of_its_figures_is_explained_by_it():
    # six figures whose conversions disagree (one dollar figure mistyped): the one conversion check that joins the
    # wrong pair is that error, not a false alarm; a check reaching outside the relation is not
    relation = SimpleNamespace(family="conversion consistency", verdict="inconsistent",
                               figures=tuple((n * 10, n * 10 + 4) for n in range(6)))
    spans = {f"F{n}": [(n * 10, n * 10 + 4)] for n in range(6)} | {"other": [(90, 94)]}
    narrowed = Check("conversion", ["F4", "F5"], "inconsistent", "")
    narrowed.id = "K1"
    outside = Check("conversion", ["F4", "other"], "inconsistent", "")
    outside.id = "K2"
    assert evaluate.explains(relation, [], [narrowed, outside], spans, {}) == {"K1"}


def test_a_relation_of_two_part_whole_pairs_is_covered_by_both_checks():
    # "third-quarter profit 14.6 <= nine months' 44.4; third-quarter revenue 29.5 <= nine months' 87.2": one gold
    # relation, two checks; a check that joins a figure outside the relation does not count towards it
    relation = SimpleNamespace(family="part of whole", figures=((0, 4), (10, 14), (20, 24), (30, 34)))
    spans = {"q3 profit": [(0, 4)], "9m profit": [(10, 14)], "q3 revenue": [(20, 24)], "9m revenue": [(30, 34)],
             "other": [(50, 54)]}
    profit = Check("part of whole", ["9m profit", "q3 profit"], "consistent", "")
    revenue = Check("part of whole", ["9m revenue", "q3 revenue"], "consistent", "")
    stray = Check("part of whole", ["9m revenue", "other"], "inconsistent", "")
    found = evaluate.covering(relation, [profit, revenue, stray], spans)
    assert [(sorted(c.claims), c.verdict) for c in found] == [
        (["9m profit", "9m revenue", "q3 profit", "q3 revenue"], "consistent")]
    assert not evaluate.covering(relation, [profit, stray], spans)


def _worker_killed(*args):
    os._exit(9)  # as the OOM killer or a stray SIGKILL would end it: no exception, no result


def test_a_build_worker_that_dies_stops_make_eval_with_an_error(monkeypatch, tmp_path):
    # a Pool waited forever for the share a dead worker held; the executor reports it
    monkeypatch.setattr(evaluate, "_build_share", _worker_killed)
    with pytest.raises(SystemExit, match="a build worker of make eval died"):
        evaluate.build_all(tmp_path, ["first", "second"], 2)
