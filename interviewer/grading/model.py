"""The learned part of the offline grader: per clause, a score for each move.

The weights are a data file shipped in the package (`weights.json`), written
by `python -m interviewer.grading.train`, which reproduces it exactly from the
labelled data. Inference is a sum of weights per feature: pure Python, no
import heavier than `json`.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from interviewer.grading.tokens import ClauseView
from interviewer.schemas import MOVES, Move

WEIGHTS = Path(__file__).with_name("weights.json")


Vector = tuple[float, ...]


@dataclass(frozen=True)
class _WordTables:
    """The word weights keyed by the words themselves, so no feature string is built."""

    plain: dict[str, Vector]  # "w:<word>"
    negated: dict[str, Vector]  # "n:<word>"
    pairs: dict[str, dict[str, Vector]]  # "bg:<a>_<b>" as pairs[a][b]


def _tables(weights: dict[str, Vector]) -> _WordTables:
    tables = _WordTables({}, {}, {})
    for feature, w in weights.items():
        kind, _, rest = feature.partition(":")
        if kind == "w":
            tables.plain[rest] = w
        elif kind == "n":
            tables.negated[rest] = w
        elif kind == "bg":
            a, _, b = rest.partition("_")
            tables.pairs.setdefault(a, {})[b] = w
    return tables


@dataclass(frozen=True)
class Model:
    weights: dict[str, Vector]  # feature -> one weight a move, in MOVES order
    bias: Vector
    thresholds: Vector  # a clause shows a move when its logit reaches this
    sha256: str
    _words: _WordTables = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_words", _tables(self.weights))

    def view_logits(self, view: ClauseView) -> list[float]:
        """The clause's score for each move: `logits` of its features and words, faster."""
        get = self.weights.get
        shape = [w for f in view.features if (w := get(f)) is not None]
        tables = self._words
        said: list[Vector] = []
        for norm, mapped, negated in zip(view.norms, view.mapped, view.negated, strict=True):
            table = tables.negated if negated else tables.plain
            if (w := table.get(norm)) is not None:
                said.append(w)
            if mapped != norm and (w := table.get(mapped)) is not None:
                said.append(w)
        pairs = tables.pairs
        for a, b in itertools.pairwise(view.mapped):
            if (row := pairs.get(a)) is not None and (w := row.get(b)) is not None:
                said.append(w)
        return self._sum(shape, said, view.scale)

    def _sum(self, shape: list[Vector], said: list[Vector], scale: float) -> list[float]:
        # Add the columns up in C (zip and sum): this is most of the grader's time.
        total = list(self.bias)
        if shape:
            columns = map(sum, zip(*shape, strict=True))
            total = [t + c for t, c in zip(total, columns, strict=True)]
        if said:
            columns = map(sum, zip(*said, strict=True))
            total = [t + scale * c for t, c in zip(total, columns, strict=True)]
        return total

    def logits(self, features: Sequence[str], words: Sequence[str] = (), scale: float = 1.0
               ) -> list[float]:
        get = self.weights.get
        shape = [w for f in features if (w := get(f)) is not None]
        said = [w for f in words if (w := get(f)) is not None]
        return self._sum(shape, said, scale)

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
