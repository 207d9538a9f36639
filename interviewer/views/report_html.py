"""The report as one self-contained HTML page: inline CSS and SVG, no scripts, no network.

Each answer gets a timeline picture: one row per move, a bar where each piece of
evidence stands along the answer, and markers at the first dependency and the
first fix, so "the fix came before the dependency" is seen at a glance.
"""

from __future__ import annotations

import html as _html

from interviewer._internal.text import plural, strip_controls
from interviewer.moves import FRAMEWORK, INFO
from interviewer.moves import LABEL as MOVE_LABEL
from interviewer.schemas import Evidence, Move
from interviewer.transcripts.scorecard import ScenarioCard
from interviewer.views.report import AnsweredTurn, Report

COLOURS: dict[Move, str] = {m: info.html for m, info in INFO.items()}
WIDTH, LABEL, ROW = 560, 96, 18


def escape(text: str) -> str:
    """Text for the page: without `report` writes it to stdout, maybe a terminal."""
    return _html.escape(strip_controls(text))

CSS = """
body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1a202c;
 max-width:820px;margin:2rem auto;padding:0 1rem;background:#fff}
h1{font-size:1.5rem;margin-bottom:.2rem} h2{margin-top:2.2rem;border-bottom:1px solid #e2e8f0}
h3{font-size:1rem;margin:1.4rem 0 .4rem}
.meta,.dim{color:#718096;font-size:.9rem}
.verdict{display:inline-block;padding:.1rem .6rem;border-radius:1rem;font-weight:600}
.yes{background:#c6f6d5;color:#22543d} .no{background:#fed7d7;color:#742a2a}
blockquote{margin:.4rem 0;padding:.4rem .8rem;border-left:3px solid #cbd5e0;background:#f7fafc}
mark{padding:0 .1rem;border-radius:.2rem}
.note{font-weight:600} .reframed{background:#f0fff4;padding:.6rem .8rem;border-radius:.4rem}
table{border-collapse:collapse} td{padding:.1rem .8rem .1rem 0}
.legend span{display:inline-block;margin-right:.8rem}
.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;border-radius:.2rem}
"""


def _timeline(turn: AnsweredTurn) -> str:
    size = max(1, len(turn.answer.text))
    top = 16  # room above the rows for the first-dependency and first-fix labels
    height = top + ROW * len(FRAMEWORK) + 18
    parts = [f'<svg role="img" aria-label="where each move stands in answer '
             f'{turn.answer.index + 1}" width="{LABEL + WIDTH + 10}" height="{height}" '
             f'viewBox="0 0 {LABEL + WIDTH + 10} {height}">']
    for row, move in enumerate(FRAMEWORK):
        y = top + row * ROW
        parts.append(f'<text x="0" y="{y + 13}" font-size="12" fill="#4a5568">'
                     f'{MOVE_LABEL[move]}</text>')
        parts.append(f'<rect x="{LABEL}" y="{y + 4}" width="{WIDTH}" height="{ROW - 8}" '
                     f'fill="#edf2f7" rx="2"/>')
        for e in turn.grade.evidence if turn.grade else []:
            if e.move == move:
                x = LABEL + WIDTH * e.start / size
                w = max(3.0, WIDTH * (e.end - e.start) / size)
                parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" '
                             f'height="{ROW - 6}" fill="{COLOURS[move]}" rx="2">'
                             f'<title>{escape(e.quote)}</title></rect>')
    bottom = top + ROW * len(FRAMEWORK)
    markers: tuple[tuple[Move, str], ...] = (("surface", ""), ("fix", ' stroke-dasharray="4 3"'))
    firsts = [(m, d, turn.first(m)) for m, d in markers]
    placed: list[float] = []
    for move, dash, first in firsts:
        if first is None:
            continue
        x = LABEL + WIDTH * first.start / size
        parts.append(f'<line x1="{x:.1f}" y1="{top - 2}" x2="{x:.1f}" y2="{bottom}" '
                     f'stroke="{COLOURS[move]}" stroke-width="2"{dash}/>')
        # two labels close together: the second goes to the left of its line
        near = any(abs(x - p) < 110 for p in placed)
        anchor, lx = ("end", x - 3) if near else ("start", x + 3)
        parts.append(f'<text x="{lx:.1f}" y="11" font-size="11" text-anchor="{anchor}" '
                     f'fill="{COLOURS[move]}">first {MOVE_LABEL[move]}</text>')
        placed.append(x)
    parts.append(f'<text x="{LABEL}" y="{bottom + 14}" font-size="11" fill="#a0aec0">start'
                 f'</text><text x="{LABEL + WIDTH}" y="{bottom + 14}" font-size="11" '
                 f'fill="#a0aec0" text-anchor="end">end</text></svg>')
    return "".join(parts)


def _marked(text: str, evidence: list[Evidence]) -> str:
    """The answer with each evidence span highlighted in its move's colour."""
    spans = sorted(evidence, key=lambda e: (e.start, -e.end))
    out, at = [], 0
    for e in spans:
        if e.start < at:
            continue  # overlapping spans: the first one shown wins
        out.append(escape(text[at:e.start]))
        out.append(f'<mark style="background:{COLOURS[e.move]}22;border-bottom:2px solid '
                   f'{COLOURS[e.move]}" title="{MOVE_LABEL[e.move]}">'
                   f'{escape(text[e.start:e.end])}</mark>')
        at = e.end
    out.append(escape(text[at:]))
    return "".join(out)


def _scenario(card: ScenarioCard, turns: list[AnsweredTurn]) -> str:
    verdict = ('<span class="verdict yes">led with the dependency</span>'
               if card.led_with_dependency else
               '<span class="verdict no">did not lead with the dependency</span>')
    out = [f"<h2>{escape(card.title)}</h2>", f'<p class="meta">{escape(card.scenario)}</p>',
           f"<p>{verdict}</p>", "<table>"]
    if card.surface_quote:
        out.append(f"<tr><td>dependency</td><td>\u201c{escape(card.surface_quote)}\u201d</td></tr>")
    if card.fix_quote:
        out.append(f"<tr><td>fix</td><td>\u201c{escape(card.fix_quote)}\u201d</td></tr>")
    out.append(f"<tr><td>timing clarified</td><td>{'yes' if card.clarified_timing else 'no'}"
               f"</td></tr><tr><td>trust protected</td><td>"
               f"{'yes' if card.protected_trust else 'no'}</td></tr></table>")
    for turn, stats in zip(turns, card.answers, strict=False):
        seconds = f", {stats.seconds:.0f} s" if stats.seconds is not None else ""
        status = "" if turn.status == "ok" else f" · grade {escape(turn.status)}"
        out.append(f"<h3>Answer {stats.index + 1}</h3><p class='dim'>"
                   f"{plural(stats.words, 'word')}, "
                   f"~{stats.speaking_seconds:.0f} s spoken{seconds}{status}</p>")
        evidence = turn.grade.evidence if turn.grade else []
        out.append(f"<blockquote>{_marked(turn.answer.text, evidence)}</blockquote>")
        out.append(_timeline(turn))
        note = turn.order_note()
        if note:
            out.append(f'<p class="note">{escape(note)}</p>')
    if card.reframed:
        out.append("<h3>In your own words, in the framework's order</h3>"
                   f'<p class="reframed">{escape(" ".join(card.reframed))}</p>')
    if card.missing:
        out.append(f"<p><b>Missing:</b> {escape('; '.join(card.missing))}.</p>")
    if card.recenter:
        out.append(f"<p><b>To recentre:</b> \u201c{escape(card.recenter)}\u201d</p>")
    return "\n".join(out)


def html(report: Report) -> str:
    header = report.transcript.header
    card = report.scorecard
    legend = "".join(f'<span><i style="background:{COLOURS[m]}"></i>{MOVE_LABEL[m]}</span>'
                     for m in FRAMEWORK)
    body = [f"<h1>Mock interview, {escape(report.started)}</h1>",
            f'<p class="meta">persona {escape(header.persona)} · provider '
            f"{escape(header.provider)} · session {escape(header.session_id)}</p>",
            f'<p class="legend">{legend}</p>',
            f"<p><b>Compression:</b> {card.compression()}</p>"]
    for scenario_card in card.scenarios:
        body.append(_scenario(scenario_card, report.turns.get(scenario_card.scenario, [])))
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>Mock interview {escape(header.session_id)}</title>"
            f"<style>{CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")
