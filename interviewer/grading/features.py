"""A reply in, one feature list per clause out: what the learned model weighs.

Features are strings (`w:` a word, `bg:` two words, `c:` a named cue, `n…` the
same in a negation's scope, `cp:`/`cn:`/`cs:` cues of the neighbouring clauses,
`x:` a few conjunctions a linear model cannot make by itself). The scenario's
own nouns become placeholders (`<dep>`, `<sit>`, `<stk>`), so "Acme's API" in
one scenario and "the lab feed" in another teach the model the same thing,
and no scenario's names live in the grader.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from interviewer.grading.cues import CUES
from interviewer.grading.lexicon.injection import INJECTION
from interviewer.grading.segment import Clause, Sentence, segment
from interviewer.schemas import Scenario

_QUOTED = re.compile("(?<![a-z])['\"\u201c\u2018]\\w")
WORDS_AT_FULL_WEIGHT = 1000
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|\?")
_DAYS = frozenset((
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december tonight tomorrow today "
    "yesterday").split())
# Function words never become scenario placeholders, however often a scenario uses them.
_STOP = frozenset((
    "a an the of and or to for in on at by with from as is are was were be been being it its "
    "this that these those their our your my his her them they we i you he she who which what "
    "when where how why not no do does did has have had will would can could should may might "
    "must shall than then so if but about into over under up down out off new all any each "
    "both one two three four five six seven eight nine ten first last next per via just only "
    "also very more most some such there here").split())
_NEGATORS = frozenset((
    "not no never nor don't doesn't didn't won't wouldn't isn't aren't wasn't weren't can't "
    "cannot couldn't shouldn't haven't hasn't hadn't without instead rather avoid nobody "
    "nothing").split())
_RESETS = frozenset("but so then because though although however except unless".split())


def stem(word: str) -> str:
    """A crude suffix stripper: 'escalated', 'escalating', 'escalate' -> 'escalat'."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and "'" not in word:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiosl":
        word = word[:-1]  # 'flagg' -> 'flag', 'stubb' -> 'stub'
    return word


@lru_cache(maxsize=65536)
def _norm(token: str) -> str:
    if token.isdigit() or (token[:1].isdigit() and len(token) < 8):
        return "<num>"
    if token in _DAYS:
        return "<day>"
    return stem(token)


def _phrase(text: str) -> tuple[str, ...]:
    return tuple("*" if t == "*" else _norm(t) for t in text.lower().replace("-", " ").split())


@lru_cache(maxsize=1)
def _cue_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First token -> the cue phrases that start with it."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for cue in CUES:
        for text in cue.phrases:
            words = _phrase(text)
            index.setdefault(words[0], []).append((words[1:], cue.name))
    return index


@dataclass(frozen=True, slots=True)
class ScenarioWords:
    dependency: frozenset[str]
    situation: frozenset[str]
    stakeholders: frozenset[str]


def _words(*texts: str) -> frozenset[str]:
    found = {_norm(t) for text in texts for t in _TOKEN.findall(text.lower())}
    return frozenset(w for w in found if w not in _STOP and w != "?" and len(w) > 1)


def scenario_words(scenario: Scenario) -> ScenarioWords:
    return _scenario_words(scenario.title, scenario.situation, tuple(scenario.dependencies),
                           tuple(scenario.stakeholders))


@lru_cache(maxsize=128)
def _scenario_words(title: str, situation: str, dependencies: tuple[str, ...],
                    stakeholders: tuple[str, ...]) -> ScenarioWords:
    people = _words(*stakeholders)
    depended = _words(*dependencies) - people
    rest = _words(title, situation) - depended - people
    return ScenarioWords(depended, rest, people)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    norm: str  # stemmed form
    mapped: str  # placeholder for a scenario noun, else `norm`
    negated: bool


@dataclass(frozen=True, slots=True)
class Hit:
    cue: str
    start: int  # character offset of the phrase's first token
    negated: bool


@dataclass(slots=True)
class ClauseView:
    """One clause with its tokens, its cues and (after `featurise`) its features."""

    clause: Clause
    tokens: list[Token]
    hits: list[Hit]
    features: list[str]  # cues, context and shape: each counts once
    words: list[str] = dataclasses.field(default_factory=list)  # words and word pairs

    @property
    def scale(self) -> float:
        """The weight of the word features: a long clause has more words, not more evidence."""
        return min(1.0, (WORDS_AT_FULL_WEIGHT / len(self.tokens)) ** 0.5) if self.tokens else 1.0


def lower_same_length(text: str) -> str:
    """Lower-case, keeping every offset (a few characters grow when lowered: not those)."""
    low = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c
                   for c in text.replace("\u2019", "'").replace("\u2018", "'"))


def blank_injections(text: str, sentences: list[Sentence]) -> str:
    """Sentences addressed to a grader become spaces (same length, so offsets hold):
    they are no evidence of anything, not even context for their neighbours."""
    pieces: list[str] = []
    cursor = 0
    for s in sentences:
        if INJECTION.search(text, s.start, s.end):
            pieces += [text[cursor : s.start], " " * (s.end - s.start)]
            cursor = s.end
    return "".join([*pieces, text[cursor:]]) if pieces else text


def _tokens(text: str, clause: Clause, words: ScenarioWords) -> list[Token]:
    out: list[Token] = []
    negated = False
    for m in _TOKEN.finditer(text, clause.start, clause.end):
        raw = m.group()
        norm = _norm(raw)
        if raw in _RESETS:
            negated = False
        mapped = ("<stk>" if norm in words.stakeholders else "<dep>" if norm in words.dependency
                  else "<sit>" if norm in words.situation else norm)
        out.append(Token(m.start(), m.end(), norm, mapped, negated))
        if raw in _NEGATORS:
            negated = True
    return out


def _hits(tokens: list[Token]) -> list[Hit]:
    index = _cue_index()
    hits: list[Hit] = []
    norms = [t.norm for t in tokens]
    for i, word in enumerate(norms):
        for rest, name in index.get(word, ()):
            if all(w == "*" or (i + 1 + k < len(norms) and norms[i + 1 + k] == w)
                   for k, w in enumerate(rest)) and i + len(rest) < len(norms):
                hits.append(Hit(name, tokens[i].start, tokens[i].negated))
    return hits


def read(reply: str, scenario: Scenario) -> tuple[str, list[Sentence], list[ClauseView]]:
    """The reply lower-cased (injections blanked), its sentences and its clauses."""
    text = lower_same_length(reply)
    sentences, clauses = segment(text)
    text = blank_injections(text, sentences)
    words = scenario_words(scenario)
    views: list[ClauseView] = []
    for clause in _units(clauses) if UNITS == "fragments" else clauses:
        tokens = _tokens(text, clause, words)
        if tokens:
            views.append(ClauseView(clause, tokens, _hits(tokens), []))
    for i, view in enumerate(views):
        view.features = _features(text, sentences, views, i)
        view.words = _words_of(view)
    return text, sentences, views


UNITS = "clauses"


def _units(clauses: list[Clause]) -> list[Clause]:
    """Score fragments, not whole clauses: a long spoken clause carries several moves."""
    out: list[Clause] = []
    for c in clauses:
        starts = [*c.fragment_starts, c.end]
        out += [Clause(a, b, c.sentence, (a,)) for a, b in zip(starts, starts[1:], strict=False)
                if b > a]
    return out


def _cue_names(view: ClauseView) -> set[str]:
    return {("n" if h.negated else "") + h.cue for h in view.hits}


def _features(text: str, sentences: list[Sentence], views: list[ClauseView],
              i: int) -> list[str]:
    view = views[i]
    clause = view.clause
    toks = view.tokens
    feats = ["b"]
    own = _cue_names(view)
    feats += ["c:" + c for c in own]
    if i > 0:
        feats += ["cp:" + c for c in _cue_names(views[i - 1])]
    if i + 1 < len(views):
        feats += ["cn:" + c for c in _cue_names(views[i + 1])]
    same = {c for v in views if v is not view and v.clause.sentence == clause.sentence
            for c in _cue_names(v)}
    feats += ["cs:" + c for c in same]
    sentence = sentences[clause.sentence]
    if text[clause.start : clause.end].rstrip().endswith("?"):
        feats.append("q")
    if text[sentence.start : sentence.end].rstrip().endswith("?"):
        feats.append("sq")
    if _QUOTED.search(text, clause.start, clause.end):
        feats.append("quoted")
    earlier = [v for v in views[:i] if v.clause.sentence == clause.sentence - 1]
    feats += ["ps:" + c for c in {c for v in earlier for c in _cue_names(v)}]
    if i == 0:
        feats.append("first")
    feats.append(f"pos:{min(i, 4)}")
    feats.append("open:" + toks[0].mapped)
    if len(toks) > 1:
        feats.append(f"open2:{toks[0].mapped}_{toks[1].mapped}")
    feats.append(f"len:{min(len(toks) // 4, 6)}")
    feats += _conjunctions(view, own)
    return feats


def _words_of(view: ClauseView) -> list[str]:
    toks = view.tokens
    words: list[str] = []
    for t in toks:
        prefix = "n:" if t.negated else "w:"
        words.append(prefix + t.norm)
        if t.mapped != t.norm:
            words.append(prefix + t.mapped)
    words += [f"bg:{a.mapped}_{b.mapped}" for a, b in zip(toks, toks[1:], strict=False)]
    return words


def _conjunctions(view: ClauseView, own: set[str]) -> list[str]:
    mapped = {t.mapped for t in view.tokens}
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
    opener = view.hits[0].cue if view.hits and view.hits[0].start == view.tokens[0].start else ""
    if opener:
        out.append("opens:" + opener)
    return out
