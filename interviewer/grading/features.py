"""A reply in, one feature list per clause out: what the learned model weighs.

Features are strings (`w:` a word, `bg:` two words, `c:` a named cue, `n…` the
same in a negation's scope, `cp:`/`cn:`/`cs:` cues of the neighbouring clauses,
`x:` a few conjunctions a linear model cannot make by itself). The scenario's
own nouns become placeholders (`<dep>`, `<sit>`, `<stk>`), so "Acme's API" in
one scenario and "the lab feed" in another teach the model the same thing,
and no scenario's names live in the grader.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from interviewer.grading.segment import Sentence, segment
from interviewer.grading.tokens import (
    ClauseView,
    blank_injections,
    lower_same_length,
    scenario_words,
    view_of,
)
from interviewer.schemas import Scenario

_QUOTED = re.compile("(?<![a-z])['\"\u201c\u2018]\\w")
def read(reply: str, scenario: Scenario, with_words: bool = True
         ) -> tuple[str, list[Sentence], list[ClauseView]]:
    """The reply lower-cased (injections blanked), its sentences and its clauses.

    With `with_words`, each clause also lists its word features as strings (training
    and --explain need them); the grader looks its words up directly instead
    (`Model.view_logits`), which is faster.
    """
    text = lower_same_length(reply)
    sentences, clauses = segment(text)
    text = blank_injections(text, sentences)
    words = scenario_words(scenario)
    views: list[ClauseView] = []
    for clause in clauses:
        view = view_of(text, clause, words)
        if view is not None:
            views.append(view)
    context = _Context.of(views)
    for i, view in enumerate(views):
        view.features = _features(text, sentences, views, i, context)
        if with_words:
            view.words = words_of(view)
    return text, sentences, views


@dataclass(frozen=True)
class _Context:
    """Each clause's cue names, and per sentence how many clauses carry each name:
    what a clause's neighbours said, in time linear in the reply."""

    names: list[list[str]]
    per_sentence: dict[int, Counter[str]]

    @classmethod
    def of(cls, views: list[ClauseView]) -> _Context:
        names = [_cue_names(v) for v in views]
        per_sentence: dict[int, Counter[str]] = {}
        for view, own in zip(views, names, strict=True):
            per_sentence.setdefault(view.clause.sentence, Counter()).update(own)
        return cls(names, per_sentence)

    def others_in_sentence(self, i: int, sentence: int) -> list[str]:
        own = set(self.names[i])
        counts = self.per_sentence[sentence]
        return sorted(c for c, n in counts.items() if n - (c in own) > 0)

    def in_sentence(self, sentence: int) -> list[str]:
        return sorted(self.per_sentence.get(sentence, ()))


def _cue_names(view: ClauseView) -> list[str]:
    """The clause's cues, each once, sorted: feature order must not depend on hashing."""
    return sorted({("n" if h.negated else "") + h.cue for h in view.hits})


def _features(text: str, sentences: list[Sentence], views: list[ClauseView], i: int,
              context: _Context) -> list[str]:
    view = views[i]
    clause = view.clause
    mapped = view.mapped
    feats = ["b"]
    own = context.names[i]
    feats += ["c:" + c for c in own]
    if i > 0:
        feats += ["cp:" + c for c in context.names[i - 1]]
    if i + 1 < len(views):
        feats += ["cn:" + c for c in context.names[i + 1]]
    feats += ["cs:" + c for c in context.others_in_sentence(i, clause.sentence)]
    sentence = sentences[clause.sentence]
    if text[clause.start : clause.end].rstrip().endswith("?"):
        feats.append("q")
    if text[sentence.start : sentence.end].rstrip().endswith("?"):
        feats.append("sq")
    if _QUOTED.search(text, clause.start, clause.end):
        feats.append("quoted")
    feats += ["ps:" + c for c in context.in_sentence(clause.sentence - 1)]
    if i == 0:
        feats.append("first")
    feats.append(f"pos:{min(i, 4)}")
    feats.append("open:" + mapped[0])
    if len(mapped) > 1:
        feats.append(f"open2:{mapped[0]}_{mapped[1]}")
    feats.append(f"len:{min(len(mapped) // 4, 6)}")
    feats += _conjunctions(view, set(own))
    return feats


def words_of(view: ClauseView) -> list[str]:
    words: list[str] = []
    for norm, mapped, negated in zip(view.norms, view.mapped, view.negated, strict=True):
        prefix = "n:" if negated else "w:"
        words.append(prefix + norm)
        if mapped != norm:
            words.append(prefix + mapped)
    m = view.mapped
    words += [f"bg:{a}_{b}" for a, b in itertools.pairwise(m)]
    return words


def _conjunctions(view: ClauseView, own: set[str]) -> list[str]:
    mapped = set(view.mapped)
    named = "<dep>" in mapped or "<sit>" in mapped
    people = "<stk>" in mapped
    out = [f"named:{int(named)}", f"people:{int(people)}"]
    pairs = (("relation", "named"), ("gap", "named"), ("gap", "raise"), ("relation", "raise"),
             ("raise", "people"), ("remedy", "first_person"), ("options", "decide"),
             ("options", "people"), ("phase", "assume"), ("honest", "people"),
             ("honest", "gap"), ("impact", "named"), ("premise", "remedy"),
             ("generic", "named"), ("decide", "people"), ("remedy", "named"),
             ("others_idea", "remedy"), ("story", "remedy"), ("gap", "remedy"))
    have = own | ({"named"} if named else set()) | ({"people"} if people else set())
    out += [f"x:{a}+{b}" for a, b in pairs if a in have and b in have]
    opener = view.hits[0].cue if view.hits and view.hits[0].start == view.starts[0] else ""
    if opener:
        out.append("opens:" + opener)
    return out
