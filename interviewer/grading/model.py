"""The learned part of the offline grader: per clause, a score for each move.

The weights are a data file shipped in the package (`weights.json`), written
by `python -m interviewer.grading.train`, which reproduces it exactly from the
labelled data. Inference is a sum of weights per feature: pure Python, no
import heavier than `json`.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from interviewer.schemas import MOVES, Move

WEIGHTS = Path(__file__).with_name("weights.json")


@dataclass(frozen=True)
class Model:
    weights: dict[str, tuple[float, ...]]  # feature -> one weight a move, in MOVES order
    bias: tuple[float, ...]
    thresholds: tuple[float, ...]  # a clause shows a move when its logit reaches this
    sha256: str

    def logits(self, features: list[str], words: list[str] = (), scale: float = 1.0
               ) -> list[float]:  # type: ignore[assignment]
        total = list(self.bias)
        get = self.weights.get
        for group, k in ((features, 1.0), (words, scale)):
            for f in group:
                w = get(f)
                if w is not None:
                    for m, v in enumerate(w):
                        total[m] += k * v
        return total

    def contributions(self, features: list[str], words: list[str], scale: float,
                      move: Move) -> list[tuple[str, float]]:
        """What pushed this clause's score for `move`, largest first (for --explain)."""
        m = MOVES.index(move)
        found = [(f, k * self.weights[f][m]) for group, k in ((features, 1.0), (words, scale))
                 for f in group if f in self.weights]
        return sorted(found, key=lambda fw: -abs(fw[1]))


def sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z)) if z > -60 else 0.0


def to_json(weights: dict[str, list[float]], bias: list[float], thresholds: list[float],
            meta: dict[str, object]) -> str:
    rounded = {f: [round(v, 4) for v in w] for f, w in sorted(weights.items())}
    doc = {"moves": list(MOVES), "meta": meta, "bias": [round(b, 4) for b in bias],
           "thresholds": [round(t, 4) for t in thresholds], "weights": rounded}
    return json.dumps(doc, separators=(",", ":"), sort_keys=False) + "\n"


@lru_cache(maxsize=1)
def load(path: Path = WEIGHTS) -> Model:
    return from_json(path.read_bytes(), str(path))


def from_json(raw: bytes, where: str = "weights") -> Model:
    doc = json.loads(raw)
    if doc.get("moves") != list(MOVES):
        raise ValueError(f"{where}: the weights are for moves {doc.get('moves')}, not {MOVES}")
    weights = {f: tuple(w) for f, w in doc["weights"].items()}
    return Model(weights, tuple(doc["bias"]), tuple(doc["thresholds"]),
                 hashlib.sha256(raw).hexdigest())
