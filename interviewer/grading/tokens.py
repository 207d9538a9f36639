"""A clause read into tokens and cues, with offsets kept: what features are made of.

Tokens are lower-cased and stemmed; the scenario's own nouns (from its
dependencies, situation and stakeholders) map to placeholders, so no scenario's
names live in the grader. Cues (`cues.py`) are matched on the stems; a cue after
a negator in the same clause (up to "but", "so", …) is marked negated.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from interviewer.grading.cues import CUES
from interviewer.grading.injection import INJECTION
from interviewer.grading.segment import Clause, Sentence
from interviewer.schemas import Scenario

# Word features count fully in a clause of up to this many tokens, and by
# sqrt(this / tokens) in a longer one: a long clause has more words, not more evidence.
WORDS_AT_FULL_WEIGHT = 8
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|\?")


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_DAYS = _set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december tonight tomorrow today "
    "yesterday")
# Function words never become scenario placeholders, however often a scenario uses them.
_STOP = _set(
    "a an the of and or to for in on at by with from as is are was were be been being it its "
    "this that these those their our your my his her them they we i you he she who which what "
    "when where how why not no do does did has have had will would can could should may might "
    "must shall than then so if but about into over under up down out off new all any each "
    "both one two three four five six seven eight nine ten first last next per via just only "
    "also very more most some such there here")
_NEGATORS = _set(
    "not no never nor don't doesn't didn't won't wouldn't isn't aren't wasn't weren't can't "
    "cannot couldn't shouldn't haven't hasn't hadn't without instead rather avoid nobody "
    "nothing")
_RESETS = _set("but so then because though although however except unless")


def stem(word: str) -> str:
    """A crude suffix stripper: 'escalated', 'escalating', 'escalate' -> 'escalat'."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and "'" not in word:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiosl":
        word = word[:-1]  # 'flagg' -> 'flag', 'stubb' -> 'stub'
    return word


_CONTRACTED_IS = _set("it's that's let's what's there's here's he's she's who's where's how's")


@lru_cache(maxsize=65536)
def _norm(token: str) -> str:
    if token.endswith("'s") and token not in _CONTRACTED_IS:
        token = token[:-2]  # "Acme's" is Acme: the scenario's noun, not a new word
    if token.isdigit() or (token[:1].isdigit() and len(token) < 8):
        return "<num>"
    if token in _DAYS:
        return "<day>"
    return stem(token)


def _phrase(text: str) -> tuple[str, ...]:
    return tuple("*" if t == "*" else _norm(t) for t in text.lower().replace("-", " ").split())


@dataclass(frozen=True)
class _CueIndex:
    """Cue phrases by their first word, or first two: most tokens start no phrase."""

    starts: set[str]  # every phrase's first word
    single: dict[str, list[str]]  # one-word phrases
    pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]]  # by first two words
    wild: dict[str, list[tuple[tuple[str, ...], str]]]  # second word is `*`


@lru_cache(maxsize=1)
def _cue_index() -> _CueIndex:
    index = _CueIndex(set(), {}, {}, {})
    for cue in CUES:
        for text in cue.phrases:
            words = _phrase(text)
            index.starts.add(words[0])
            if len(words) == 1:
                index.single.setdefault(words[0], []).append(cue.name)
            elif words[1] == "*":
                index.wild.setdefault(words[0], []).append((words[1:], cue.name))
            else:
                index.pairs.setdefault((words[0], words[1]), []).append((words[2:], cue.name))
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


@lru_cache(maxsize=256)
def _scenario_words(title: str, situation: str, dependencies: tuple[str, ...],
                    stakeholders: tuple[str, ...]) -> ScenarioWords:
    people = _words(*stakeholders)
    depended = _words(*dependencies) - people
    rest = _words(title, situation) - depended - people
    return ScenarioWords(depended, rest, people)


@dataclass(frozen=True, slots=True)
class Hit:
    cue: str
    start: int  # character offset of the phrase's first token
    negated: bool


@dataclass(slots=True)
class ClauseView:
    """One clause with its tokens, its cues and (after `featurise`) its features."""

    clause: Clause
    starts: list[int]  # each token's offset
    norms: list[str]  # each token stemmed
    mapped: list[str]  # the same, with the scenario's nouns as placeholders
    negated: list[bool]  # whether a negator earlier in the clause reaches the token
    hits: list[Hit]
    features: list[str]  # cues, context and shape: each counts once
    words: list[str] = dataclasses.field(default_factory=list)  # words and word pairs

    @property
    def scale(self) -> float:
        """The weight of the word features: a long clause has more words, not more evidence."""
        return min(1.0, (WORDS_AT_FULL_WEIGHT / len(self.norms)) ** 0.5) if self.norms else 1.0


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


# What a token is, once per scenario: (stem, stem or placeholder, resets negation,
# negates). Replies reuse a small vocabulary, so this is mostly a dict hit.
_TokenInfo = tuple[str, str, bool, bool]
_TABLE_LIMIT = 5_000  # tokens a table keeps (a reply rarely has 1,000 distinct ones)


@lru_cache(maxsize=256)
def _token_table(words: ScenarioWords) -> dict[str, _TokenInfo]:
    del words  # the key: each scenario gets its own table
    return {}


def _token_info(raw: str, words: ScenarioWords, table: dict[str, _TokenInfo]) -> _TokenInfo:
    norm = _norm(raw)
    mapped = ("<stk>" if norm in words.stakeholders else "<dep>" if norm in words.dependency
              else "<sit>" if norm in words.situation else norm)
    info = (norm, mapped, raw in _RESETS, raw in _NEGATORS)
    if len(table) >= _TABLE_LIMIT:
        table.clear()  # a flood of distinct tokens must not grow memory without bound
    table[raw] = info
    return info


def view_of(text: str, clause: Clause, words: ScenarioWords) -> ClauseView | None:
    """The clause's tokens and cues, or None when it has no word at all."""
    starts: list[int] = []
    norms: list[str] = []
    mapped: list[str] = []
    negated: list[bool] = []
    reach = False
    table = _token_table(words)
    for m in _TOKEN.finditer(text, clause.start, clause.end):
        raw = m.group()
        norm, shown, resets, negates = table.get(raw) or _token_info(raw, words, table)
        if resets:
            reach = False
        starts.append(m.start())
        norms.append(norm)
        mapped.append(shown)
        negated.append(reach)
        if negates:
            reach = True
    if not norms:
        return None
    return ClauseView(clause, starts, norms, mapped, negated, _hits(norms, starts, negated), [])


def _hits(norms: list[str], starts: list[int], negated: list[bool]) -> list[Hit]:
    index = _cue_index()
    found: list[tuple[int, str]] = []
    count = len(norms)
    first_words = index.starts
    for i, word in enumerate(norms):
        if word not in first_words:
            continue
        found += [(i, name) for name in index.single.get(word, ())]
        if i + 1 == count:
            break
        for rest, name in index.pairs.get((word, norms[i + 1]), ()):
            if not rest or (i + 2 + len(rest) <= count and _follows(norms, i + 2, rest)):
                found.append((i, name))
        for rest, name in index.wild.get(word, ()):
            if i + 1 + len(rest) <= count and _follows(norms, i + 1, rest):
                found.append((i, name))
    return [Hit(name, starts[i], negated[i]) for i, name in found]


def _follows(norms: list[str], at: int, rest: tuple[str, ...]) -> bool:
    return all(w in ("*", norms[at + k]) for k, w in enumerate(rest))
