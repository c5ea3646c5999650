from claimcheck.checks.verdict import CONSISTENT, INCONSISTENT, TENSION, compare, worst
from claimcheck.intervals import Interval


def test_overlap_is_consistent():
    assert compare(Interval(900, 1000), Interval(950, 1050)).verdict == CONSISTENT


def test_no_overlap_reports_gap_in_unit_and_percent():
    result = compare(Interval(722.89, 809.72), Interval(578.35, 578.45))
    assert result.verdict == INCONSISTENT
    assert round(result.gap, 2) == 144.44
    assert round(result.gap_percent) == 20 and result.direction == "below"


def test_touching_edges_and_slivers_are_tension():
    assert compare(Interval(10, 20), Interval(20, 30)).verdict == TENSION
    assert compare(Interval(10, 20), Interval(19.5, 30)).verdict == TENSION   # 5 % of the narrower width
    assert compare(Interval(10, 20), Interval(18, 30)).verdict == CONSISTENT  # 20 %


def test_other_scope_never_contradicts():
    assert compare(Interval(50, 60), Interval(36.5, 37.5), other_scope=True).verdict == TENSION


def test_point_inside_interval():
    assert compare(Interval(6.90, 7.41), Interval.point(7.0602)).verdict == CONSISTENT


def test_worst_orders_by_severity():
    assert worst([CONSISTENT, TENSION, INCONSISTENT]) == INCONSISTENT
    assert worst([]) == "unverifiable"
