"""The field corpus's labelling workflow: blind copies, agreement, adjudicated labels.

Run: python bench/field_labels.py blind RAW_DIR BLIND_DIR
     python bench/field_labels.py agree AUTHOR SECOND [--disagreements OUT.jsonl]
     (AUTHOR and SECOND: a folder of JSON Lines files or one file; in a clone:
      tests/data/field/labelling/author.jsonl tests/data/field/labelling/second.jsonl)
     python bench/field_labels.py merge RAW_DIR ADJUDICATION.jsonl SPLIT.json OUT_DIR

`blind` strips labels and notes so a second labeller sees only the scenario,
question and reply. `agree` prints per-flag agreement (raw and Cohen's kappa)
between the author's and the blind labels, and writes every disagreement. `merge`
writes the final labels (the author's, overridden by each adjudicated decision)
into OUT_DIR/tune and OUT_DIR/report by the domain split.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

FLAGS = ("surfaced_dependency", "assessed_impact", "aligned_stakeholders", "proposed_fix",
         "clarified_timing", "protected_trust", "dependency_before_fix")


Row = dict[str, Any]


def rows(where: Path) -> dict[str, Row]:
    """Every labelled row of a JSON Lines file, or of every such file in a folder, by id."""
    found: dict[str, Row] = {}
    for path in sorted(where.glob("*.jsonl")) if where.is_dir() else [where]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                found[row["id"]] = row
    return found


def blind(raw: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(raw.glob("*.jsonl")):
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                keep = {k: row[k] for k in ("id", "domain", "scenario", "question", "reply")
                        if k in row}
                lines.append(json.dumps(keep, ensure_ascii=False))
        (out / path.name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def kappa(pairs: list[tuple[bool, bool]]) -> float:
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    pa = sum(a for a, _ in pairs) / n
    pb = sum(b for _, b in pairs) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def agree(raw: Path, second: Path, disagreements: Path | None) -> None:
    authors, seconds = rows(raw), rows(second)
    common = sorted(set(authors) & set(seconds))
    print(f"{len(common)} replies labelled twice ({len(authors)} written)")
    out = []
    print(f"{'flag':24} {'agree':>6} {'kappa':>6} {'differ':>6}")
    for flag in FLAGS:
        pairs = [(bool(authors[i]["labels"][flag]), bool(seconds[i]["labels"][flag]))
                 for i in common]
        differ = [i for i, (a, b) in zip(common, pairs, strict=True) if a != b]
        print(f"{flag:24} {sum(a == b for a, b in pairs) / len(pairs):6.3f} "
              f"{kappa(pairs):6.3f} {len(differ):6d}")
        out += [{"id": i, "flag": flag, "author": authors[i]["labels"][flag],
                 "second": seconds[i]["labels"][flag]} for i in differ]
    if disagreements:
        disagreements.write_text("".join(json.dumps(d) + "\n" for d in out), encoding="utf-8")
        print(f"{len(out)} disagreements written to {disagreements}")


def merge(raw: Path, log: Path, split: Path, out: Path) -> None:
    decided: dict[tuple[str, str], bool] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            decided[(d["id"], d["flag"])] = bool(d["final"])
    domains = json.loads(split.read_text(encoding="utf-8"))
    side = {d: name for name, ds in domains.items() for d in ds}
    for path in sorted(raw.glob("*.jsonl")):
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            labels = {f: decided.get((row["id"], f), bool(row["labels"][f])) for f in FLAGS}
            lines.append(json.dumps({"id": row["id"], "scenario": row["scenario"],
                                     "question": row.get("question"), "reply": row["reply"],
                                     "labels": labels}, ensure_ascii=False))
        target = out / side[path.stem]
        target.mkdir(parents=True, exist_ok=True)
        (target / path.name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("blind")
    b.add_argument("raw", type=Path)
    b.add_argument("out", type=Path)
    a = sub.add_parser("agree")
    a.add_argument("raw", type=Path)
    a.add_argument("second", type=Path)
    a.add_argument("--disagreements", type=Path)
    m = sub.add_parser("merge")
    for name in ("raw", "log", "split", "out"):
        m.add_argument(name, type=Path)
    args = parser.parse_args()
    if args.command == "blind":
        blind(args.raw, args.out)
    elif args.command == "agree":
        agree(args.raw, args.second, args.disagreements)
    else:
        merge(args.raw, args.log, args.split, args.out)


if __name__ == "__main__":
    main()
