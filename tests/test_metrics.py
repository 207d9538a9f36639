import pytest

from interviewer.evaluation.metrics import agreement


def test_confusion_counts_and_ratios() -> None:
    pairs = [(True, True)] * 8 + [(True, False)] * 2 + [(False, True)] * 1 + [(False, False)] * 9
    m = agreement(pairs)
    assert (m.tp, m.fp, m.fn, m.tn) == (8, 2, 1, 9)
    assert m.precision == pytest.approx(0.8)
    assert m.recall == pytest.approx(8 / 9)
    assert m.f1 == pytest.approx(16 / 19)
    assert m.accuracy == pytest.approx(17 / 20)
    # kappa: po = .85, pe = .5*.45 + .5*.55 = .5  ->  .7
    assert m.kappa == pytest.approx(0.7)


def test_degenerate_cases_do_not_divide_by_zero() -> None:
    assert agreement([]).kappa == 0.0
    all_agree = agreement([(False, False)] * 5)
    assert all_agree.accuracy == 1.0 and all_agree.f1 == 0.0 and all_agree.kappa == 1.0
