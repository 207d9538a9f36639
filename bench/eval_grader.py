"""The offline grader's quality, per flag, on the sets it was and was not tuned on.

Run: python bench/eval_grader.py [--report] [--sets NAME...]   (prints F1 per flag)

The protocol (docs/grading-data.md): the weights are trained on `dev*.jsonl`
and the field corpus's tune domains; `holdout*.jsonl` and the field corpus's
report domains are never trained or tuned on. While changing the grader, run
without `--report` (tune figures only, plus leave-domains-out within the tune
split); `--report` adds the held-out figures, for a note, once the change is done.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interviewer.evaluation.dataset import Example, load_dataset  # noqa: E402
from interviewer.evaluation.evaluate import EvalResult, evaluate  # noqa: E402
from interviewer.grading.model import Model  # noqa: E402
from interviewer.grading.offline import grade_offline  # noqa: E402
from interviewer.grading.train import items  # noqa: E402
from interviewer.grading.train import train as train_model  # noqa: E402
from interviewer.prompts import load_library  # noqa: E402
from interviewer.schemas import FLAG_NAMES, Grade, Scenario  # noqa: E402

DATA = ROOT / "tests" / "data"
SHORT = {"surfaced_dependency": "surface", "assessed_impact": "assess",
         "aligned_stakeholders": "align", "proposed_fix": "fix",
         "clarified_timing": "timing", "protected_trust": "trust",
         "dependency_before_fix": "dep<fix"}


def sets(report: bool) -> dict[str, list[Path]]:
    found = {
        "in-domain (dev*, trained on)": sorted(DATA.glob("dev*.jsonl")),
        "field tune domains (trained on)": sorted((DATA / "field" / "tune").glob("*.jsonl")),
        "field extra domains (trained on)": sorted((DATA / "field" / "extra").glob("*.jsonl")),
    }
    if report:
        found["existing held-out (holdout*)"] = sorted(DATA.glob("holdout*.jsonl"))
        found["field report domains (held out)"] = sorted(
            (DATA / "field" / "report").glob("*.jsonl"))
    return {name: paths for name, paths in found.items() if paths}


def load(paths: list[Path]) -> list[Example]:
    library = load_library()
    return [e for p in paths for e in load_dataset(p, library)]


def table(title: str, examples: list[Example]) -> None:
    print_metrics(title, len(examples), evaluate(examples, grade_offline, "offline", None))


def print_metrics(title: str, count: int, result: EvalResult) -> None:
    row = "  ".join(f"{SHORT[f]:>7}" for f in FLAG_NAMES)
    print(f"\n{title}: {count} replies")
    print(f"  {'':10}{row}")
    for name, pick in (("F1", "f1"), ("precision", "precision"), ("recall", "recall")):
        cells = "  ".join(f"{getattr(result.metrics[f], pick):7.2f}" if f in result.metrics
                          else f"{'-':>7}" for f in FLAG_NAMES)
        print(f"  {name:10}{cells}")


FOLDS = 5


def fold_of(scenario_id: str, big: list[str]) -> int:
    """Scenarios with many replies get a fold each; the rest are spread by a stable hash."""
    if scenario_id in big:
        return big.index(scenario_id) % FOLDS
    return int(hashlib.sha256(scenario_id.encode()).hexdigest(), 16) % FOLDS


def leave_domains_out(examples: list[Example]) -> None:
    """Train on four folds of scenarios, grade the fifth: figures for domains unseen."""
    counts = Counter(e.scenario.id for e in examples)
    big = [s for s, n in counts.most_common() if n >= 40]
    predictions: list[Example] = []
    graded: dict[str, Grade] = {}
    folds = [[e for e in examples if fold_of(e.scenario.id, big) == k] for k in range(FOLDS)]
    jobs = [[e for e in examples if fold_of(e.scenario.id, big) != k] for k in range(FOLDS)]
    with multiprocessing.Pool(min(FOLDS, os.cpu_count() or 1)) as pool:
        models = pool.map(_train, jobs)
    for held, model in zip(folds, models, strict=True):
        for e in held:
            graded[e.id] = grade_offline(e.reply, e.scenario, e.question, model)
        predictions += held
    def cached(reply: str, scenario: Scenario, question: str | None) -> Grade:
        return graded[_ids[(reply, scenario.id)]]

    result = evaluate(predictions, cached, "offline", None)
    print_metrics(f"leave-domains-out over the tune sets ({FOLDS} folds by scenario)",
                  len(predictions), result)
    for title, ids in _subsets.items():
        subset = [e for e in predictions if e.id in ids]
        if subset and len(subset) < len(predictions):
            print_metrics(f"  of which {title}", len(subset),
                          evaluate(subset, cached, "offline", None))


def _train(examples: list[Example]) -> Model:
    return train_model(items(examples))


_ids: dict[tuple[str, str], str] = {}
_subsets: dict[str, set[str]] = {}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--report", action="store_true",
                        help="also print the held-out sets (not while tuning)")
    parser.add_argument("--cv", action="store_true",
                        help="leave-domains-out cross-validation within the tune sets")
    args = parser.parse_args()
    chosen = sets(args.report)
    for title, paths in chosen.items():
        table(title, load(paths))
    if args.cv:
        tune = load([p for title, paths in chosen.items() if "trained on" in title
                     for p in paths])
        _ids.update({(e.reply, e.scenario.id): e.id for e in tune})
        for title, paths in chosen.items():
            if "trained on" in title:
                _subsets[title] = {e.id for e in load(paths)}
        leave_domains_out(tune)


if __name__ == "__main__":
    main()
