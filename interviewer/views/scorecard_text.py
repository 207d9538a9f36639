"""The scorecard as terminal text, shown the same by every front end and by replay."""

from __future__ import annotations

import textwrap

from interviewer._internal.text import plural
from interviewer._internal.text import strip_controls as clean
from interviewer.moves import LABEL
from interviewer.transcripts.scorecard import ScenarioCard, Scorecard
from interviewer.views.render import Style, _width


def wrap(text: str, indent: str = "  ", first: str | None = None) -> str:
    return textwrap.fill(" ".join(text.split()), _width(), initial_indent=first or indent,
                         subsequent_indent=indent)


def _yes(style: Style, value: bool) -> str:
    return style.paint("yes", "32") if value else style.paint("no", "31")


def _scenario(card: ScenarioCard, style: Style) -> list[str]:
    card = card.map_text(clean)  # quotes come from answers, titles from files
    out = [style.bold(card.title) + style.dim(f"  ({card.scenario})")]
    out.append(f"  led with the dependency: {_yes(style, card.led_with_dependency)}")
    if card.surface_quote:
        out.append(wrap(f"\u201c{card.surface_quote}\u201d", "      ", "    dependency: "))
    if card.fix_quote:
        out.append(wrap(f"\u201c{card.fix_quote}\u201d", "      ", "    fix: "))
    out.append(f"  timing clarified: {_yes(style, card.clarified_timing)}    "
               f"trust protected: {_yes(style, card.protected_trust)}"
               + (f"    hints used: {card.hints}" if card.hints else ""))
    for a in card.answers:
        order = " \u2192 ".join(LABEL[m] for m in a.moves) or "no move found"
        timing = f", {a.seconds:.0f} s" if a.seconds is not None else ""
        flag = ", timed out" if a.timed_out else ""
        out.append(f"  answer {a.index + 1}: {plural(a.words, 'word')} "
                   f"(~{a.speaking_seconds:.0f} s spoken"
                   f"{timing}{flag}): {order}")
        if a.verdict:
            out.append(style.dim(f"    {a.verdict}"))
    if card.reframed:
        out.append("  in your own words, in the framework's order:")
        out.append(wrap(" ".join(card.reframed), "    "))
    if card.missing:
        out.append(wrap("missing: " + "; ".join(card.missing) + ".", "    ", "  "))
    if card.recenter:
        out.append("  to recentre when you notice you're deep in the fix:")
        out.append(wrap(f"\u201c{card.recenter}\u201d", "    "))
    return out


def render_scorecard(card: Scorecard, style: Style) -> str:
    lines = ["", style.bold("Scorecard"), ""]
    if not card.scenarios:
        lines.append("  No answers were given, so there is nothing to score.")
        return "\n".join(lines)
    for scenario in card.scenarios:
        lines += [*_scenario(scenario, style), ""]
    lines.append(f"Compression: {card.compression()}")
    return "\n".join(lines)
