"""Every number accounted for: which register rows cover which mention."""


def test_coverage_by_position_is_coverage_by_definition(tmp_path, seed_run):
    """A mention is covered by the rows whose quote holds it and whose value is its number (a date word by
    being there): the indexed lookup gives exactly that, in register order, on the seed and a drafted
    article of a thousand numbers."""
    from claimcheck import pipeline
    from claimcheck.bench import synthetic_article
    from claimcheck.coverage import _same_number, covering

    (tmp_path / "many.txt").write_text(synthetic_article(1_000), encoding="utf-8")
    for run in (seed_run, pipeline.prepare(str(tmp_path / "many.txt"))):
        expected = [[c.id for c in run.claims if any(a <= m.start and m.end <= b for a, b in c.spans)
                     and (m.temporal or _same_number(c.value, m.value))] for m in run.mentions]
        assert covering(run.mentions, run.claims) == expected
