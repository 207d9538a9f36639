"""`interviewer scenarios`: what can be practised. Hidden facts stay hidden."""

from __future__ import annotations

import argparse
import sys

from interviewer._internal.text import strip_controls as clean
from interviewer.commands.common import library, print_json


def run(args: argparse.Namespace) -> int:
    lib = library(args)
    if args.json:
        print_json([
            {**s.model_dump(mode="json", exclude={"hidden_facts"}),
             "hidden_facts": len(s.hidden_facts), "source": str(lib.sources[s.id])}
            for s in lib.scenarios.values()
        ])
        return 0
    from interviewer.views.render import Style

    style = Style(sys.stdout)
    for s in lib.scenarios.values():
        # A prompts folder may be someone else's: its text is cleaned, then styled.
        print(f"{style.bold(clean(s.id)):<28} {clean(s.title)}  "
              f"{style.dim(f'[{clean(s.timing)}]')}")
    return 0
