"""The labelled sets: well-formed, consistent with the rubric, and the grader's floor on them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA

from interviewer.evaluation.dataset import load_dataset
from interviewer.evaluation.evaluate import evaluate
from interviewer.grading.offline import grade_offline
from interviewer.prompts import Library

SETS = sorted(DATA.glob("*.jsonl"))


def test_there_are_at_least_80_labelled_replies(library: Library) -> None:
    total = sum(len(load_dataset(path, library)) for path in SETS)
    assert total >= 80


@pytest.mark.parametrize("path", SETS, ids=[p.name for p in SETS])
def test_labels_follow_the_rubric_definition(path: Path, library: Library) -> None:
    for ex in load_dataset(path, library):
        labels = ex.labels
        assert len(labels) == 7, ex.id
        if labels["dependency_before_fix"]:
            assert labels["surfaced_dependency"], ex.id
        if not labels["proposed_fix"]:
            assert labels["dependency_before_fix"] == labels["surfaced_dependency"], ex.id


# Floors a little under what the grader measures today on the development
# sets pooled: a change that loses ground fails here. (The held-out sets are
# reported, not asserted: tuning against them would spoil them.)
DEV_FLOORS = {"dependency_before_fix": 0.90, "surfaced_dependency": 0.90,
              "proposed_fix": 0.90, "clarified_timing": 0.90}


def test_offline_grader_holds_its_ground_on_the_development_sets(library: Library) -> None:
    examples = [e for path in sorted(DATA.glob("dev*.jsonl")) for e in load_dataset(path, library)]
    assert len(examples) >= 300
    result = evaluate(examples, grade_offline, "offline", None)
    scores = {flag: round(result.metrics[flag].f1, 3) for flag in DEV_FLOORS}
    assert all(scores[f] >= floor for f, floor in DEV_FLOORS.items()), scores
