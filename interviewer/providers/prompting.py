"""What the LLM interviewer is told: the persona, the scenario, the rules, then the turn.

The stable part (persona, rules, scenario with its hidden facts) comes first and
does not change within a scenario, so servers that cache prompt prefixes can;
the conversation follows, and the direction for this one line comes last.

Many servers apply the model's own chat template (vLLM, llama.cpp, Mistral-style
templates), which takes one leading system message and then strictly alternating
user and assistant turns starting with the user, and answers anything else with
an error. So the messages always have that shape: the interviewer's lines are
the assistant, the candidate's are the user, consecutive turns of one speaker
are joined, a stand-in user turn opens the call, and the direction rides at the
end of the last user turn, marked as not the candidate's words.
"""

from __future__ import annotations

from interviewer.moves import INFO
from interviewer.providers.base import Conversation
from interviewer.schemas import Action, Move, Scenario

RULES = """
How you run this interview:
- Speak the way people talk on a call: one to three short sentences, no lists, no
  markdown, no stage directions, no quotation marks around your line.
- Ask one question at a time. Never ask a question you have already asked.
- Never give feedback, hints, praise or a grade during the interview.
- The scenario has hidden facts. Reveal a hidden fact only when the candidate asks
  for it, and then only that fact, in your own words.
- Say only your own line: never write the candidate's words."""

GOALS: dict[Move, str] = {m: info.goal for m, info in INFO.items()}


def scenario_block(scenario: Scenario) -> str:
    facts = "\n".join(f"- {f.fact}" for f in scenario.hidden_facts) or "- (none)"
    return (f"The scenario: {scenario.title}\n"
            f"Situation: {' '.join(scenario.situation.split())}\n"
            f"Opening question: {scenario.question}\n"
            f"Dependencies: {'; '.join(scenario.dependencies)}\n"
            f"Stakeholders: {', '.join(scenario.stakeholders)}\n"
            f"Options: {', '.join(scenario.options)}\n"
            f"Timing: {scenario.timing}\n"
            f"Hidden facts (reveal only when asked):\n{facts}")


def direction(action: Action, conversation: Conversation) -> str:
    kind = action.kind
    if kind == "opening":
        return ("Open this scenario: tell the candidate the situation in your own spoken "
                "words, then ask the opening question.")
    if kind == "probe" and action.move:
        return ("Ask one follow-up question that gets the candidate to "
                f"{GOALS[action.move]}. Do not suggest the answer.")
    if kind == "reveal" and action.fact:
        return (f"The candidate asked: {action.asked!r}. Answer in character with this "
                f"hidden fact and nothing more: {action.fact.fact}")
    return {
        "cut_in": "The candidate's answer is running long. Cut in, in one short sentence.",
        "timed_out": "The time for that answer ran out. Say so in one short sentence.",
        "wrap_up": "Wrap up this scenario in one short sentence, with no feedback.",
        "closing": "Close the interview in one or two sentences, with no feedback.",
        "nudge": "The candidate has said nothing. Nudge them to start, in one sentence.",
        "resume": "The session resumes after a break. Say you are picking up where you "
                  "left off and ask your last question again.",
    }.get(kind, "Say the next line.")


OPENING_TURN = "(The candidate has joined the call.)"
DIRECTION = "[For the interviewer, not said by the candidate] Your next line: "


def interviewer_messages(action: Action, conversation: Conversation) -> list[dict[str, str]]:
    system = "\n\n".join([conversation.persona.system_prompt.strip(), RULES.strip(),
                          scenario_block(conversation.scenario)])
    turns = [("user", OPENING_TURN)]
    for speaker, text in conversation.turns[-24:]:  # recent turns keep the prompt bounded
        turns.append(("assistant" if speaker == "interviewer" else "user", text))
    if turns[-1][0] == "assistant":
        turns.append(("user", "(The candidate is listening.)"))
    turns[-1] = ("user", turns[-1][1] + "\n\n" + DIRECTION + direction(action, conversation))
    return [{"role": "system", "content": system}, *_alternating(turns)]


def _alternating(turns: list[tuple[str, str]]) -> list[dict[str, str]]:
    """Join consecutive turns of one speaker, so roles strictly alternate."""
    messages: list[dict[str, str]] = []
    for role, text in turns:
        if messages and messages[-1]["role"] == role:
            messages[-1]["content"] += "\n\n" + text
        else:
            messages.append({"role": role, "content": text})
    return messages
