"""The one registry of slash commands; `/help` is generated from it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from interviewer.errors import UnknownNameError
from interviewer.interview.session import Session


@dataclass(frozen=True)
class SlashCommand:
    name: str
    usage: str
    help: str
    run: Callable[[Session, str], None]


def _help(session: Session, _: str) -> None:
    session.output.notice(help_text())


def _end(session: Session, _: str) -> None:
    session.finish("end")


def _persona(session: Session, arg: str) -> None:
    if not arg:
        known = ", ".join(session.library.personas)
        session.output.notice(f"usage: /persona NAME (known: {known})")
        return
    try:
        session.swap_persona(arg)
    except UnknownNameError as exc:
        session.output.notice(str(exc))  # a typo mid-interview is not fatal


COMMANDS: dict[str, SlashCommand] = {c.name: c for c in (
    SlashCommand("help", "/help", "list these commands", _help),
    SlashCommand("end", "/end", "end the interview and show the scorecard", _end),
    SlashCommand("skip", "/skip", "move on to the next scenario", lambda s, _: s.skip()),
    SlashCommand("repeat", "/repeat", "say the last question again", lambda s, _: s.repeat()),
    SlashCommand("persona", "/persona NAME", "swap interviewer from the next line", _persona),
    SlashCommand("hint", "/hint", "a one-line reminder of the framework (recorded)",
                 lambda s, _: s.hint()),
)}


def help_text() -> str:
    width = max(len(c.usage) for c in COMMANDS.values())
    rows = [f"  {c.usage.ljust(width)}  {c.help}" for c in COMMANDS.values()]
    keys = ["keys:", "  Enter submits; Alt-Enter (or Esc, then Enter) adds a line",
            "  Ctrl-C clears the answer; Ctrl-D on an empty answer ends"]
    return "\n".join(["commands:", *rows, *keys])


def parse(text: str) -> tuple[SlashCommand | None, str] | None:
    """(command, argument) when the text is a slash command; (None, name) if unknown."""
    stripped = text.strip()
    if not stripped.startswith("/") or "\n" in stripped or stripped.startswith("//"):
        return None
    name, _, arg = stripped[1:].partition(" ")
    return COMMANDS.get(name.lower()), arg.strip() if name.lower() in COMMANDS else name


def dispatch(session: Session, text: str) -> bool:
    """Run the text as a slash command if it is one; True when it was."""
    parsed = parse(text)
    if parsed is None:
        return False
    command, arg = parsed
    if command is None:
        session.output.notice(f"unknown command /{arg}; /help lists them")
    else:
        command.run(session, arg)
    return True
