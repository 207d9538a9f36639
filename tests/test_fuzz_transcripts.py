"""A short run of the transcript fuzzer (bench/fuzz_transcripts.py): CI keeps it at zero.

The full run is `python bench/fuzz_transcripts.py` (10,000 mutations, about a minute).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fuzz_transcripts import fuzz


def test_500_mutations_give_no_traceback_and_no_hang() -> None:
    result = fuzz(seed=1, mutations=500, timeout=5.0)
    assert result.mutations == 500
    assert result.traceback_count == 0, result.tracebacks.most_common(5)
    assert result.hangs == 0
    assert result.typed > 0 and result.accepted > 0  # both kinds of case were made
