"""The learned grader: inference matches training's arithmetic, and the weights reproduce."""

from __future__ import annotations

import json

from interviewer.grading import model as learned
from interviewer.grading.features import read
from interviewer.grading.train import training_files
from interviewer.moves import FLAG_OF
from interviewer.prompts import load_library
from interviewer.schemas import MOVES

REPLIES = [
    "Um, so our launch is gated on Acme's drop, which lands on the 24th, and I'd flag that "
    "to the head of sales today. I wouldn't stub it yet. Once they've decided, I'd build "
    "against the sandbox, and the status stays amber, not green.",
    "Dependencies matter.",
    "- flag to ops\n- stub the feed\n- ship",
]


def test_the_fast_word_lookup_scores_exactly_what_training_scores() -> None:
    model = learned.load()
    scenario = load_library().scenario("crm-vendor-late")
    for reply in REPLIES:
        _, _, views = read(reply, scenario)
        for view in views:
            slow = model.logits(view.features, view.words, view.scale)
            assert model.view_logits(view) == slow


def test_the_shipped_weights_name_their_moves_and_training_data() -> None:
    doc = json.loads(learned.WEIGHTS.read_text(encoding="utf-8"))
    assert doc["moves"] == list(MOVES)
    trained = {p.rsplit("/", 1)[-1] for p in doc["meta"]["trained_on"]}
    assert trained == {p.name for p in training_files()}
    assert not any("holdout" in p or "/report/" in p for p in doc["meta"]["trained_on"])
    assert set(FLAG_OF) == set(MOVES)


def test_training_reproduces_the_shipped_weights_exactly() -> None:
    """`python -m interviewer.grading.train --check` retrains from the labelled data and
    compares byte for byte: the weights are a product of the data, nothing else."""
    import subprocess
    import sys

    from interviewer.grading.train import ROOT

    out = subprocess.run([sys.executable, "-m", "interviewer.grading.train", "--check"],
                         check=False, capture_output=True, text=True, cwd=ROOT,
                         timeout=900)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "reproduced exactly" in out.stdout
