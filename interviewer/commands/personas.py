"""`interviewer personas`: who can interview you."""

from __future__ import annotations

import argparse
import sys

from interviewer._internal.text import strip_controls as clean
from interviewer.commands.common import library, print_json


def run(args: argparse.Namespace) -> int:
    lib = library(args)
    if args.json:
        print_json([
            {"id": p.id, "name": p.name, "summary": p.summary, "time_limit": p.time_limit,
             "cut_in_words": p.cut_in_words, "max_probes": p.max_probes,
             "source": str(lib.persona_sources[p.id])}
            for p in lib.personas.values()
        ])
        return 0
    from interviewer.views.render import Style

    style = Style(sys.stdout)
    width = max((len(p) for p in lib.personas), default=0) + 2
    for p in lib.personas.values():
        limit = f"  [{p.time_limit} s an answer]" if p.time_limit else ""
        # A prompts folder may be someone else's: its text is cleaned, then styled.
        print(f"{style.bold(clean(p.id).ljust(width))}{clean(p.summary)}{style.dim(limit)}")
    return 0
