"""Every named cue fires on its examples and stays quiet on its counter-examples."""

from __future__ import annotations

import pytest

from interviewer.grading.cues import CUES, Cue
from interviewer.grading.features import read
from interviewer.schemas import Scenario

_PLAIN = Scenario(id="plain", title="A delivery", situation="Something is late.",
                  dependencies=["a thing"], stakeholders=["a person"], options=["delay"])


def _cues_in(text: str) -> set[str]:
    _, _, views = read(text, _PLAIN)
    return {h.cue for v in views for h in v.hits}


@pytest.mark.parametrize("cue", CUES, ids=[c.name for c in CUES])
def test_cue_fires_on_its_examples(cue: Cue) -> None:
    assert cue.fires, f"cue {cue.name} has no example"
    for example in cue.fires:
        assert cue.name in _cues_in(example), f"{cue.name} did not fire on {example!r}"


@pytest.mark.parametrize("cue", [c for c in CUES if c.quiet], ids=lambda c: c.name)
def test_cue_is_quiet_on_its_counter_examples(cue: Cue) -> None:
    for example in cue.quiet:
        assert cue.name not in _cues_in(example), f"{cue.name} fired on {example!r}"


def test_cue_names_are_unique() -> None:
    names = [c.name for c in CUES]
    assert len(names) == len(set(names))


def test_no_scenario_names_live_in_the_grader() -> None:
    """Names such as Acme, APAC, PSP or LDAP come from scenario files, never from cues."""
    import re

    from interviewer.prompts import load_library

    library = load_library()
    names: set[str] = set()
    for s in library.scenarios.values():
        for text in (s.title, s.situation, *s.dependencies, *s.stakeholders):
            # capitalised mid-sentence, or an acronym: a proper name
            found = re.findall(r"(?<=[a-z,] )[A-Z][\w&]+|\b[A-Z]{2,}\w*", text)
            names |= {w.lower() for w in found}
    phrase_words = {w for c in CUES for p in c.phrases for w in p.lower().split()}
    assert names, "no names found in the shipped scenarios"
    assert not names & phrase_words, sorted(names & phrase_words)
