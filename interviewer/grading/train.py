"""Train the offline grader's clause model and write `weights.json`, reproducibly.

Run from a clone: python -m interviewer.grading.train [--check]

Only reply-level labels exist (the rubric labels replies, not clauses), so
training is multiple-instance: a reply shows a move when any of its clauses
does (a noisy-OR of clause probabilities), and the loss is on the reply.
Pure Python, a fixed order and a seeded shuffle: the same data gives the same
file, byte for byte. The datasets trained on are `TRAIN` below; the held-out
sets (`tests/data/holdout*.jsonl`, `tests/data/field/report/`) are never read.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import multiprocessing
import os
import random
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from interviewer.evaluation.dataset import Example, load_dataset
from interviewer.grading.features import read
from interviewer.grading.model import WEIGHTS, Model, sigmoid, to_json
from interviewer.moves import FLAG_OF
from interviewer.prompts import load_library
from interviewer.schemas import MOVES

ROOT = Path(__file__).resolve().parents[2]
MIN_SCENARIOS = 4  # a feature seen in fewer scenarios is a scenario's word, not a cue
EPOCHS = 14
RATE = 0.08
L2 = 2e-4
SEED = 11
PRUNE = 0.02  # weights smaller than this for every move are dropped from the file


def training_files(root: Path = ROOT) -> list[Path]:
    data = root / "tests" / "data"
    field = data / "field"
    return [*sorted(data.glob("dev*.jsonl")), *sorted((field / "tune").glob("*.jsonl")),
            *sorted((field / "extra").glob("*.jsonl"))]


@dataclass(frozen=True)
class Item:
    scenario: str
    clauses: list[tuple[list[str], list[str], float]]  # features, words, word scale
    labels: list[int | None]  # per move: 1, 0, or None when unlabelled


def items(examples: Iterable[Example]) -> list[Item]:
    out: list[Item] = []
    for e in examples:
        _, _, views = read(e.reply, e.scenario)
        labels = [None if FLAG_OF[m] not in e.labels else int(e.labels[FLAG_OF[m]])
                  for m in MOVES]
        out.append(Item(e.scenario.id, [(v.features, v.words, v.scale) for v in views],
                        labels))
    return out


def vocabulary(data: list[Item]) -> list[str]:
    seen: dict[str, set[str]] = {}
    for item in data:
        for features, words, _ in item.clauses:
            for f in (*features, *words):
                seen.setdefault(f, set()).add(item.scenario)
    return sorted(f for f, s in seen.items() if len(s) >= MIN_SCENARIOS)


def fit(data: list[Item]) -> tuple[dict[str, list[float]], list[float]]:
    vocab = vocabulary(data)
    index = {f: i for i, f in enumerate(vocab)}
    encoded = [([_encode(c, index) for c in item.clauses], item.labels) for item in data]
    moves = len(MOVES)
    w = [[0.0] * moves for _ in vocab]
    g2 = [[1e-6] * moves for _ in vocab]  # AdaGrad's running squares
    bias = [-2.0] * moves
    rng = random.Random(SEED)
    order = list(range(len(encoded)))
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for n in order:
            clauses, labels = encoded[n]
            if clauses:
                _step(clauses, labels, w, g2, bias)
    weights = {vocab[i]: row for i, row in enumerate(w) if max(map(abs, row)) >= PRUNE}
    return weights, bias


FOLDS = 5


def fold_of(scenario: str) -> int:
    """A scenario's fold: a stable hash, so replies of one scenario never straddle folds."""
    return int(hashlib.sha256(scenario.encode()).hexdigest(), 16) % FOLDS


def max_logits(model: Model, item: Item) -> list[float]:
    scores = [model.logits(*c) for c in item.clauses] or [list(model.bias)]
    return [max(s[m] for s in scores) for m in range(len(MOVES))]


def thresholds(data: list[Item]) -> list[float]:
    """Per move, the clause-logit cut that maximises F1 on scenarios held out of training.

    Chosen by leave-scenarios-out folds inside the training data, so the cut is
    set on domains the weights did not see, the way the grader meets a new one.
    """
    folds = [([it for it in data if fold_of(it.scenario) != k],
              [it for it in data if fold_of(it.scenario) == k]) for k in range(FOLDS)]
    folds = [(train, held) for train, held in folds if train and held]
    scored: list[tuple[list[float], list[int | None]]] = []
    for (_, held), (weights, bias) in zip(folds, _fit_all([t for t, _ in folds]),
                                          strict=True):
        model = Model({f: tuple(w) for f, w in weights.items()}, tuple(bias),
                      (0.0,) * len(MOVES), "")
        scored += [(max_logits(model, it), it.labels) for it in held]
    return [_best_cut([(s[m], y[m]) for s, y in scored if y[m] is not None])
            for m in range(len(MOVES))]


def _fit_all(datasets: list[list[Item]]) -> list[tuple[dict[str, list[float]], list[float]]]:
    """`fit` each dataset, on every core: each fit is independent, so the result is
    the same as in one process, in the same order."""
    if len(datasets) < 2 or (os.cpu_count() or 1) < 2 or multiprocessing.parent_process():
        return [fit(d) for d in datasets]
    with multiprocessing.get_context("fork").Pool(min(len(datasets), os.cpu_count() or 1)) as p:
        return p.map(fit, datasets)


def _best_cut(pairs: list[tuple[float, int | None]]) -> float:
    best, best_f1 = 0.0, -1.0
    for cut in [c / 4 for c in range(-12, 13)]:
        tp = sum(1 for z, y in pairs if z >= cut and y == 1)
        fp = sum(1 for z, y in pairs if z >= cut and y == 0)
        fn = sum(1 for z, y in pairs if z < cut and y == 1)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best_f1 + 1e-9 or (abs(f1 - best_f1) <= 1e-9 and abs(cut) < abs(best)):
            best, best_f1 = cut, f1
    return best


def train(data: list[Item]) -> Model:
    """Weights from all of `data`, cuts from leave-scenarios-out folds of it."""
    weights, bias = fit(data)
    return Model({f: tuple(w) for f, w in weights.items()}, tuple(bias),
                 tuple(thresholds(data)), "")


Encoded = list[tuple[int, float]]  # feature index, value


def _encode(clause: tuple[list[str], list[str], float], index: dict[str, int]) -> Encoded:
    features, words, scale = clause
    values = {index[f]: 1.0 for f in features if f in index}
    for f in words:
        if f in index:
            values[index[f]] = values.get(index[f], 0.0) + scale
    return sorted(values.items())


def _step(clauses: list[Encoded], labels: list[int | None], w: list[list[float]],
          g2: list[list[float]], bias: list[float]) -> None:
    for m, y in enumerate(labels):
        if y is None:
            continue
        probs = [sigmoid(bias[m] + sum(w[f][m] * x for f, x in c)) for c in clauses]
        miss = math.prod(1 - p for p in probs)
        hit = max(1 - miss, 1e-9)
        for c, p in zip(clauses, probs, strict=True):
            grad = p if y == 0 else -miss * p / hit
            if abs(grad) < 1e-5:
                continue
            bias[m] -= RATE * 0.1 * grad
            for f, x in c:
                g = grad * x + L2 * w[f][m]
                g2[f][m] += g * g
                w[f][m] -= RATE * g / math.sqrt(g2[f][m])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m interviewer.grading.train")
    parser.add_argument("--check", action="store_true",
                        help="train, and exit 1 if the shipped weights.json differs")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)
    library = load_library()
    files = training_files()
    examples = [e for p in files for e in load_dataset(p, library)]
    model = train(items(examples))
    meta = {"trained_on": [str(p.relative_to(ROOT)) for p in files],
            "replies": len(examples), "epochs": EPOCHS, "seed": SEED}
    text = to_json({f: list(w) for f, w in model.weights.items()}, list(model.bias),
                   list(model.thresholds), meta)
    if args.check:
        same = args.out.read_text(encoding="utf-8") == text
        print("weights.json is reproduced exactly" if same else "weights.json differs")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(model.weights)} features, {len(examples)} replies)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
