"""The benchmark's own instruments: a wrong meter would make every number in bench.json wrong."""
import os
import sys

import pytest

from claimcheck.bench import _peak_rss, _timed, measure_exchange_rates, measure_index
from conftest import ROOT


def test_peak_memory_counts_the_processes_a_command_starts(tmp_path):
    # A shell whose child holds 150 MB for a moment: the build's kernel is such a grandchild.
    hold = f"{sys.executable} -c 'import time; block = bytearray(150 * 2**20); time.sleep(0.5)'"
    peak = _peak_rss(["sh", "-c", f"{hold}; true"], tmp_path)
    assert 150 * 2**20 <= peak < 400 * 2**20, peak


def test_timed_reports_a_failed_command_with_its_stderr(tmp_path):
    with pytest.raises(RuntimeError, match="no such brief"):
        _timed([sys.executable, "-c", "import sys; sys.exit('no such brief')"], tmp_path)


def test_exchange_rates_are_timed_where_needed_and_unread_where_not():
    found = measure_exchange_rates(ROOT, {**os.environ, "PYTHONPATH": str(ROOT / "src")}, runs=1)
    assert found["seed_reads_rates"] is False and 0 < found["rates_load_s"] < 1


def test_the_large_inputs_are_what_they_claim_to_be(tmp_path):
    """The article has about the number of mentions asked for; the register's rows all validate against its article."""
    from claimcheck.article import read_article
    from claimcheck.bench import synthetic_article, synthetic_register
    from claimcheck.extract import find_mentions
    from claimcheck.register import load_register

    (tmp_path / "a.txt").write_text(synthetic_article(600), encoding="utf-8")
    assert abs(len(find_mentions(read_article(tmp_path / "a.txt").text)) - 600) <= 60
    article, register = synthetic_register(500)
    (tmp_path / "items.txt").write_text(article, encoding="utf-8")
    (tmp_path / "items.csv").write_text(register, encoding="utf-8")
    claims = load_register(tmp_path / "items.csv", read_article(tmp_path / "items.txt"))
    assert len(claims) == 500 and all(len(c.spans) == 1 for c in claims)


def test_the_draft_mode_article_is_a_corpus_article_without_a_register():
    from claimcheck.bench import DRAFT_ARTICLE
    assert (ROOT / "tests" / "corpus" / f"{DRAFT_ARTICLE}.txt").is_file()
    assert not (ROOT / "data" / "claims" / f"{DRAFT_ARTICLE}.csv").exists()


def test_the_index_is_timed_over_every_article_it_was_given():
    # measure_index checks that the index it timed lists every article, none of them out of date.
    assert 0 < measure_index(n=5, runs=2) < 1
