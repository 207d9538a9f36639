"""The regrade's diff for a person: flags that flipped, evidence that moved, flip rates."""

from __future__ import annotations

import textwrap

from interviewer._internal.text import plural
from interviewer._internal.text import strip_controls as clean
from interviewer.evaluation.regrade import Regrade, evidence_changes
from interviewer.schemas import FLAG_NAMES
from interviewer.views.render import Style


def _yn(value: bool) -> str:
    return "yes" if value else "no"


def render_regrade(result: Regrade, style: Style, grader: str, appended: int) -> str:
    """The diff, then what was written: `appended` is the number of grades added."""
    lines = [style.bold(f"Regraded {plural(len(result.outcomes), 'answer')} in "
                        f"{plural(len(result.transcripts), 'transcript')} with {grader}"), ""]
    for outcome in result.outcomes:
        flips = outcome.flips()
        if not flips:
            continue
        item = outcome.item
        # File names, quotes and errors come from transcripts and servers: cleaned, then styled.
        name = clean(f"{item.transcript.path.name}  answer {item.answer.index + 1}")
        lines.append(style.bold(name) + style.dim(f"  ({clean(item.scenario.id)})"))
        for flag, (was, now) in flips.items():
            lines.append(f"  {flag}: {_yn(was)} \u2192 "
                         + style.paint(_yn(now), "32" if now else "31"))
        old = item.before.grade if item.before else None
        new = outcome.result.grade if outcome.result else None
        for move, sign, quote in evidence_changes(old, new):
            short = textwrap.shorten(clean(quote), 90, placeholder=" …")
            lines.append(style.dim(f"    {sign} {move}: \u201c{short}\u201d"))
    if result.changed == 0:
        lines.append("No flag changed.")
    lines += ["", style.bold("Flip rate per flag")]
    rates = result.flip_rate()
    for flag in FLAG_NAMES:
        lines.append(f"  {flag:<24} {rates[flag]:6.1%}")
    lines.append("")
    lines.append(f"{result.changed} of {plural(len(result.outcomes), 'answer')} changed; "
                 f"{plural(appended, 'new grade')} appended.")
    if result.bad_files:
        lines.append(f"{plural(len(result.bad_files), 'file')} skipped; the errors above say why.")
    for o in result.outcomes:
        if o.error:
            lines.append(clean(f"  {o.item.transcript.path.name} answer "
                               f"{o.item.answer.index + 1}: error: {o.error}"))
    return "\n".join(lines)
