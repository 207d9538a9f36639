"""Text from answers, models, transcripts and prompt files cannot drive the reader's terminal.

Every surface is fed a window title (OSC 0), a clear-screen (CSI 2J, also as the
8-bit CSI 0x9b), an OSC 8 hyperlink and, for the Markdown report, raw HTML. The
sequences go, parameters and all; the words they carried ("click") stay.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

from conftest import ROOT, run_cli
from fake_openai_server import Behaviour, FakeServer

from interviewer._internal.text import strip_controls
from interviewer.schemas import Evidence
from interviewer.views.render import Style, mark_reply

TITLE = "\x1b]0;pwned\x07"
LINK = "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\"
HTML = "<script>alert(1)</script> <img src=x onerror=alert(1)>"
PAYLOAD = f"{TITLE} \x1b[2J {LINK} \x9b2J {HTML}"
FILE_PAYLOAD = "\x1b]0;pwned\x07\x9b2J"  # no "/" or "<": it goes into a file name
ANSWERS = f"""When exactly does Acme deliver, is the 24th firm? {PAYLOAD}
---
Our launch depends on Acme's accounts API, which lands after it. {PAYLOAD}
---
/hint
I'd build against their sandbox behind a feature flag. {PAYLOAD}
---
"""
# Keys whose values the program matches on, not shows; poisoning them breaks loading.
_KEEP = {"type", "move", "moves", "status", "source", "kind", "reason"}


def assert_inert(text: str, *, markdown: bool = False) -> None:
    for bad in ("\x1b", "\x07", "\x9b", "\x9d", "pwned", "http://evil"):
        assert bad not in text, (bad, text)
    assert "click" in text
    if markdown:
        assert "<script" not in text and "<img" not in text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def _toml(text: str) -> str:
    """`text` as the inside of a TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text)[1:-1]


def _prompts(folder: Path) -> Path:
    """A prompts folder whose persona and scenario carry the payload."""
    persona = (ROOT / "prompts/personas/integration-lead.toml").read_text()
    persona = persona.replace('id = "integration-lead"', 'id = "evil-lead"')
    persona = persona.replace('"Priya, integration lead"', f'"Pri{_toml(TITLE)}ya, lead"')
    persona = persona.replace('summary = "', f'summary = "{_toml(PAYLOAD)} ')
    persona = persona.replace("\"Okay, let's start", f"\"{_toml(PAYLOAD)} Okay, let's start")
    scenario = (ROOT / "prompts/scenarios/crm-vendor-late.toml").read_text()
    scenario = scenario.replace('id = "crm-vendor-late"', 'id = "evil-scenario"')
    scenario = scenario.replace('title = "', f'title = "{_toml(PAYLOAD)} ')
    scenario = scenario.replace('fact = "Acme says', f'fact = "{_toml(PAYLOAD)} Acme says')
    (folder / "personas").mkdir(parents=True)
    (folder / "scenarios").mkdir()
    (folder / "personas/evil-lead.toml").write_text(persona)
    (folder / "scenarios/evil-scenario.toml").write_text(scenario)
    return folder


def _session(folder: Path) -> Path:
    out = run_cli("chat", "--scenario", "crm-vendor-late", "--transcripts-dir", str(folder),
                  stdin=ANSWERS)
    assert out.returncode == 0, out.stderr
    [path] = list(folder.glob("*.jsonl"))
    return path


def _poison(value: Any, keep: set[str]) -> Any:
    """Every shown string of a transcript event, with the payload appended."""
    if isinstance(value, dict):
        return {k: v if k in keep else _poison(v, keep) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(v, keep) for v in value]
    return value + " " + PAYLOAD if isinstance(value, str) else value


def _shared(folder: Path, keep: set[str], name: str = "shared.jsonl") -> Path:
    """A transcript as someone might send it: every text field carries the payload."""
    events = [json.loads(line) for line in _session(folder / "s").read_text().splitlines()]
    events = [_poison(e, keep | _KEEP) for e in events]
    path = folder / name
    path.write_text("".join(json.dumps(e) + "\n" for e in events))
    return path


def test_strip_controls_removes_every_kind_of_sequence() -> None:
    assert strip_controls(PAYLOAD) == f"  click  {HTML}"
    assert strip_controls("a\x1bPdcs\x1b\\b\x1b7c\x1b(Bd\x9d0;t\x9ce\x00\x7f\x85f") == "abcdef"
    assert strip_controls("cut short \x1b]0;title") == "cut short "
    assert strip_controls("cut short \x1b[12") == "cut short "
    assert strip_controls("lines\r\nkept\tand\rspaced") == "lines\nkept\tand spaced"
    plain = "plain \u201cquoted\u201d caf\u00e9"
    assert strip_controls(plain) == plain


def test_a_mark_inside_a_sequence_leaves_no_sequence() -> None:
    reply = f"We depend on {TITLE} Acme {LINK}."
    cut = reply.index("pwned")  # evidence that starts and ends inside escape sequences
    evidence = [Evidence(move="surface", quote=reply[cut:-4], start=cut, end=len(reply) - 4)]
    marked = mark_reply(reply, evidence, Style(io.StringIO()))
    assert "\x1b" not in marked and "\x07" not in marked
    assert "We depend on" in marked and "[surface: " in marked


def test_chat_from_an_answers_file_shows_no_sequences(tmp_path: Path) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text(ANSWERS)
    out = run_cli("chat", "--answers", str(answers), "--prompts-dir", str(_prompts(tmp_path / "p")),
                  "--persona", "evil-lead", "--scenario", "evil-scenario",
                  "--transcripts-dir", str(tmp_path / "t"))
    assert out.returncode == 0, out.stderr
    assert_inert(out.stdout)
    assert "Priya:" in out.stdout and "You: When exactly" in out.stdout
    assert "Scorecard" in out.stdout and "Acme says the 24th is firm" in out.stdout
    # the transcript keeps what was said, as it was said
    saved = next((tmp_path / "t").glob("*.jsonl")).read_text()
    assert json.dumps(TITLE)[1:-1] in saved


def test_chat_model_lines_show_no_sequences(tmp_path: Path) -> None:
    # The fake server streams word by word: "pw ned" puts a chunk boundary inside a sequence.
    question = f"{TITLE} \x1b]0;pw ned\x07 {LINK} \x9b2J what are we waiting on?"
    with FakeServer(Behaviour(question=question)) as server:
        out = run_cli("chat", "--scenario", "crm-vendor-late", "--transcripts-dir",
                      str(tmp_path), stdin=ANSWERS, env={"OPENAI_BASE_URL": server.base_url})
    assert out.returncode == 0, out.stderr
    assert_inert(out.stdout)  # " ned", the tail of the split title, shows as text
    assert "what are we waiting on?" in out.stdout


def test_replay_of_a_shared_transcript_shows_no_sequences(tmp_path: Path) -> None:
    path = _shared(tmp_path, set(), name=f"t{FILE_PAYLOAD}.jsonl")
    path.write_text(path.read_text() + '{"type": "answer", "ind')  # a torn tail: a warning
    out = run_cli("replay", str(path), env={"NO_COLOR": "1"})
    assert out.returncode == 0, out.stderr
    assert_inert(out.stdout)
    for bad in ("\x1b", "\x07", "\x9b"):
        assert bad not in out.stderr
    assert "last line is incomplete" in out.stderr
    assert "Session " in out.stdout and "Scorecard" in out.stdout
    assert "(revealed " in out.stdout and "(hint used)" in out.stdout


def test_replay_in_colour_keeps_its_own_colours_only(tmp_path: Path) -> None:
    from interviewer.transcripts.store import read_transcript
    from interviewer.views.replay import show

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = Tty()
    show(read_transcript(_shared(tmp_path, set())), out)
    text = out.getvalue()
    assert "\x1b[1m" in text  # our bold survives
    assert_inert(re.sub(r"\x1b\[[0-9;]*m", "", text))


def test_regrade_of_a_shared_transcript_shows_no_sequences(tmp_path: Path) -> None:
    path = _shared(tmp_path, {"scenario", "scenarios"}, name=f"t{FILE_PAYLOAD}.jsonl")
    events = [json.loads(line) for line in path.read_text().splitlines()]
    for event in events:  # grades that the regrade will overturn, quoting the payload
        if event["type"] == "grade":
            event["grade"]["flags"] = dict.fromkeys(event["grade"]["flags"], False)
            event["grade"]["evidence"] = [{"move": "assess", "quote": f"gone {PAYLOAD}",
                                           "start": 0, "end": 4}]
    path.write_text("".join(json.dumps(e) + "\n" for e in events))
    out = run_cli("replay", str(path), "--regrade", env={"NO_COLOR": "1"})
    assert out.returncode == 0, out.stderr
    assert_inert(out.stdout)
    assert "- assess: \u201cgone" in out.stdout and "\u2192 yes" in out.stdout


def test_markdown_report_escapes_html_and_shows_no_sequences(tmp_path: Path) -> None:
    path = _shared(tmp_path, {"scenario", "scenarios"})
    md = run_cli("report", str(path))
    assert md.returncode == 0, md.stderr
    assert_inert(md.stdout, markdown=True)
    assert md.stdout.startswith("# Mock interview, ") and "### Answer 1" in md.stdout
    page = run_cli("report", str(path), "--format", "html")  # to stdout: maybe a terminal
    assert page.returncode == 0, page.stderr
    assert_inert(page.stdout, markdown=True)


def test_grade_shows_no_sequences_and_its_json_keeps_them_escaped(tmp_path: Path) -> None:
    scenario = _prompts(tmp_path) / "scenarios/evil-scenario.toml"
    reply = f"Our launch depends on Acme's API {PAYLOAD}, so I'd flag it to sales today."
    out = run_cli("grade", "--scenario", str(scenario), stdin=reply, env={"NO_COLOR": "1"})
    assert out.returncode == 0, out.stderr
    assert_inert(out.stdout)
    assert "yes  surfaced_dependency" in out.stdout
    with FakeServer(Behaviour(feedback=f"Good. {PAYLOAD}")) as server:
        env = {"OPENAI_BASE_URL": server.base_url, "NO_COLOR": "1"}
        model = run_cli("grade", "--scenario", "crm-vendor-late", stdin=reply, env=env)
        doc = run_cli("grade", "--scenario", "crm-vendor-late", "--json", stdin=reply, env=env)
    assert model.returncode == 0, model.stderr
    assert_inert(model.stdout)
    assert "Good." in model.stdout
    assert doc.returncode == 0, doc.stderr
    for bad in ("\x1b", "\x07", "\x9b"):
        assert bad not in doc.stdout
    assert json.loads(doc.stdout)["feedback"] == f"Good. {PAYLOAD}"  # the data is intact


def test_lists_and_errors_show_no_sequences(tmp_path: Path) -> None:
    prompts = str(_prompts(tmp_path))
    for command in ("personas", "scenarios"):
        out = run_cli(command, "--prompts-dir", prompts, env={"NO_COLOR": "1"})
        assert out.returncode == 0, out.stderr
        assert_inert(out.stdout)
    missing = run_cli("report", str(tmp_path / f"no{FILE_PAYLOAD}click.jsonl"))
    assert missing.returncode == 2
    assert_inert(missing.stderr)
    assert "cannot read transcript" in missing.stderr


def test_bidirectional_overrides_are_removed() -> None:
    # "Trojan Source": an override makes a line read differently from what it says
    assert strip_controls("pay \u202eevil\u202c now \u2066x\u2069") == "pay evil now x"


def test_markdown_in_an_answer_stays_text_in_the_report() -> None:
    from interviewer.views.report import _md

    shown = _md("see [click](javascript:alert(1)) and ![x](http://e/i.png) or `rm` *now*")
    assert "[click](" not in shown and "![x](" not in shown
    assert shown == ("see \\[click\\](javascript:alert(1)) and !\\[x\\](http://e/i.png) or "
                     "\\`rm\\` \\*now\\*")
