"""The rule-based grader: a spoken-style reply in, the contract's GraderOutput out.

It reads the reply clause by clause and reports each move with the clause
(from the fragment where its cue stands) as a verbatim quote. It decides
nothing about flags: `evidence.py` does that from the quotes' positions, the
same way it does for a model's output.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from interviewer.errors import UserInputError
from interviewer.grading import lexicon as lx
from interviewer.grading.evidence import grade_from
from interviewer.grading.feedback import feedback_for
from interviewer.grading.segment import Clause, Sentence, segment
from interviewer.limits import MAX_ANSWER_CHARS
from interviewer.schemas import MOVES, EvidenceQuote, Grade, GraderInfo, GraderOutput, Scenario
from interviewer.text import plural

# A spoken answer of this length would take hours; past it we refuse rather
# than make a person wait.
MAX_REPLY_CHARS = MAX_ANSWER_CHARS
_NEGATION_REACH = 80  # characters before a cue in which a negator still applies
_NEGATION_MAX_WORDS = 8
_STATE_REACH = 60  # characters from "sounds like" / "we're" to the delivery state it names
_STOP = frozenset((
    "the", "a", "an", "of", "and", "or", "to", "for", "in", "on", "with", "by", "our", "their",
    "its", "new", "that", "which", "who", "uses", "use", "own", "both", "one", "four", "two",
    "three", "all", "from", "as", "is", "are", "be", "who's", "team's",
))


@lru_cache(maxsize=64)
def _stakeholder_words(stakeholders: tuple[str, ...]) -> re.Pattern[str] | None:
    """The scenario's own names for the people who decide ("controller", "FP&A")."""
    words = {
        w.lower()
        for phrase in stakeholders
        for w in re.findall(r"[A-Za-z&][\w&'-]+", phrase)
        if w.lower() not in _STOP and len(w) > 1
    }
    if not words:
        return None
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def rules_sha256() -> str:
    """The hash of the rule set, recorded as the offline grader's prompt hash."""
    digest = hashlib.sha256()
    rules = sorted(Path(lx.__file__).parent.glob("*.py"))
    for module in [*rules, Path(__file__)]:
        digest.update(module.read_bytes())
    return digest.hexdigest()


def _lower_same_length(text: str) -> str:
    """Lower-case, keeping every offset (a few characters grow when lowered: not those)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _blank_injections(text: str, sentences: list[Sentence]) -> str:
    """Sentences addressed to a grader become spaces (same length, so offsets hold):
    they are no evidence of anything, not even context for their neighbours."""
    pieces: list[str] = []
    cursor = 0
    for s in sentences:
        if lx.INJECTION.search(text, s.start, s.end):
            pieces += [text[cursor : s.start], " " * (s.end - s.start)]
            cursor = s.end
    return "".join([*pieces, text[cursor:]]) if pieces else text


class _Reader:
    """One reply being read; holds the text and its sentences for context checks."""

    def __init__(self, reply: str, stakeholders: re.Pattern[str] | None) -> None:
        text = _lower_same_length(reply.replace("\u2019", "'").replace("\u2018", "'"))
        self.stakeholders = stakeholders
        sentences, clauses = segment(text)
        self.text = _blank_injections(text, sentences)
        self.sentences = sentences
        # Each pattern runs once over the whole reply; clauses and sentences then
        # look up their cues by position, which keeps grading linear in length.
        self._hits: dict[int, list[int]] = {}  # by id(): hashing a Pattern is slow
        negators = list(lx.NEGATOR.finditer(self.text))
        self._neg_starts = [m.start() for m in negators]
        self._neg_ends = [m.end() for m in negators]
        self.clauses = [c for c in clauses if not self.text[c.start : c.end].isspace()]
        # The clause and its neighbours in the same sentence: the reach of an
        # options list, which in a transcribed run-on answer is not the sentence.
        self._window: dict[Clause, tuple[int, int]] = {}
        for i, c in enumerate(clauses):
            before = clauses[i - 1] if i and clauses[i - 1].sentence == c.sentence else c
            after = clauses[i + 1] if i + 1 < len(clauses) and clauses[
                i + 1].sentence == c.sentence else c
            self._window[c] = (before.start, after.end)

    # -- small helpers -------------------------------------------------------------
    def cues(self, pattern: re.Pattern[str], start: int, end: int) -> list[int]:
        hits = self._hits.get(id(pattern))
        if hits is None:
            hits = self._hits[id(pattern)] = [m.start() for m in pattern.finditer(self.text)]
        return hits[bisect_left(hits, start) : bisect_left(hits, end)]

    def any_cue(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        return bool(self.cues(pattern, start, end))

    def live_cues(self, pattern: re.Pattern[str], clause: Clause) -> list[int]:
        found = self.cues(pattern, clause.start, clause.end)
        return [p for p in found if not self.negated(p, clause)]

    def in_sentence(self, pattern: re.Pattern[str], clause: Clause) -> bool:
        s = self.sentences[clause.sentence]
        return self.any_cue(pattern, s.start, s.end)

    def negated(self, position: int, clause: Clause) -> bool:
        window_start = max(self.sentences[clause.sentence].start, position - _NEGATION_REACH)
        i = bisect_left(self._neg_starts, position) - 1
        while i >= 0 and self._neg_ends[i] > position:
            i -= 1  # a negator that runs past the cue is not in front of it
        if i < 0 or self._neg_starts[i] < window_start:
            return False
        negator = self._neg_starts[i]
        if self.cues(lx.MISMATCH, negator, negator + 1):
            return False  # "the platform team's not done and Monday rides on them": a state
        gap = self.text[self._neg_ends[i] : position]
        if lx.NEGATION_RESET.search(gap):
            return False
        # "I wouldn't try to paper over it with a mock or some manual workaround":
        # the negation runs on through the list.
        tail = gap.rsplit(" or ", 1)[-1]
        return len(gap.split()) <= _NEGATION_MAX_WORDS or len(tail.split()) <= 4

    def quote(self, clause: Clause, position: int) -> str:
        start = max((f for f in clause.fragment_starts if f <= position), default=clause.start)
        return self.text[start : clause.end].strip()

    # -- the moves -----------------------------------------------------------------
    def options_sentence(self, clause: Clause) -> bool:
        """Options laid before someone who decides: this sentence or its neighbours say who."""
        if self._question(clause):
            return False
        start, end = self._window[clause]
        if not self.any_cue(lx.OPTIONS_WORD, start, clause.end):
            return self._enumerated_option(clause)
        if start == self.sentences[clause.sentence].start and clause.sentence:
            start = self.sentences[clause.sentence - 1].start  # "I'd put it to the CFO. Either…"
        deciders = (lx.STAKEHOLDER, lx.DECIDE, lx.ALIGN_STRONG, self.stakeholders)
        return any(p is not None and self.any_cue(p, start, end) for p in deciders)

    def _mentions_stakeholder(self, clause: Clause) -> bool:
        pattern = self.stakeholders
        return pattern is not None and self.in_sentence(pattern, clause)

    def fix(self, clause: Clause) -> list[int]:
        cues = self.live_cues(lx.FIX, clause)
        if not cues:
            return []
        condition = lx.CONDITION.match(self.text, clause.start, clause.end)
        if condition:
            cues = [p for p in cues if p >= condition.end()]
            if not cues:
                return []
        text = self.text[clause.start : clause.end]
        if text.rstrip().endswith("?"):
            return []  # "could we mock it?" asks; it doesn't commit
        if self._others_idea(clause):
            return []
        # A clause that lists options commits to none of them, however it opens
        # ("If we're ahead, I'd go to sales with three options: …").
        lists = self.any_cue(lx.OPTIONS_WORD, clause.start, clause.end)
        opens_committed = lx.COMMIT_IF.match(text) or lx.OWN_ACTION.match(text)
        # A recommendation commits to the fix it stands next to, not to any fix nearby.
        recommended = self.any_cue(lx.RECOMMEND, *self._window[clause])
        committed = (opens_committed and not lists) or recommended
        if self.options_sentence(clause) and not committed:
            return []
        return cues

    def _others_idea(self, clause: Clause) -> bool:
        """The sentence reports what someone else will propose ("the dev lead will say…")."""
        sentence = self.sentences[clause.sentence]
        found = lx.OTHERS_IDEA.search(self.text, sentence.start, sentence.end)
        if found is None:
            return False
        before = (sentence.start, found.start())
        return not (lx.FIRST_PERSON.search(self.text, *before)
                    or lx.DOCUMENT.search(self.text, *before))

    def surface(self, clause: Clause) -> list[int]:
        relation = self.live_cues(lx.RELATION, clause)
        mismatch = self.cues(lx.MISMATCH, clause.start, clause.end)
        if relation and self.in_sentence(lx.GENERIC, clause):
            relation = []
        if mismatch and self.options_sentence(clause):
            mismatch = [p for p in mismatch if not lx.OPTION_VERB.match(self.text, p)]
        # Spoken answers state the gap in one sentence and raise it in the next
        # ("The APAC file still isn't here. I'd get on the phone to the controller.").
        raised = bool(mismatch) and any(
            self.near(p, clause) for p in (lx.RAISE, lx.FRAMING, lx.SPEECH))
        cues = relation + (mismatch if raised else [])
        if cues and self._premise_of_fix(clause):
            return []
        return cues

    def _premise_of_fix(self, clause: Clause) -> bool:
        """'since Acme is late, I'd stub it': lateness taken as given, then a fix."""
        s = self.sentences[clause.sentence]
        opens = lx.PREMISE.match(self.text, clause.start) or lx.PREMISE.match(self.text, s.start)
        if not opens:
            return False
        fixes = self.cues(lx.FIX, clause.start, s.end)
        if not fixes:
            return False
        # Raising it before the fix makes it more than a premise; "…, and let the
        # controller know it's handled" after the fix does not.
        raised = [p for p in self.live_cues(lx.RAISE, clause) if p < fixes[0]]
        return not raised

    def align(self, clause: Clause) -> list[int]:
        if self._question(clause):
            return []  # "is the date firm, or could they pull it in?" asks; nobody decides
        cues = self.live_cues(lx.ALIGN_STRONG, clause)
        people = (self.in_sentence(lx.STAKEHOLDER, clause) or self.in_sentence(lx.PEOPLE, clause)
                  or self._mentions_stakeholder(clause))
        if people:
            cues += self.live_cues(lx.ALIGN_WEAK, clause)
        meeting = self.live_cues(lx.MEETING, clause)
        if meeting and self.near(lx.DECIDE, clause):
            cues += meeting
        if not cues and self.options_sentence(clause):
            cues = self.cues(lx.OPTIONS_WORD, clause.start, clause.end)
        return cues

    def _enumerated_option(self, clause: Clause) -> bool:
        """A sentence of a numbered list that a recent sentence introduced as options."""
        if not lx.ENUMERATED.match(self.text, self.sentences[clause.sentence].start):
            return False
        for index in range(max(0, clause.sentence - 4), clause.sentence):
            s = self.sentences[index]
            if self.any_cue(lx.OPTIONS_WORD, s.start, s.end):
                return True
        return False

    def _question(self, clause: Clause) -> bool:
        return self.text[clause.start : clause.end].rstrip().endswith("?")

    def near(self, pattern: re.Pattern[str] | None, clause: Clause) -> bool:
        """`pattern` in this sentence or its neighbours."""
        if pattern is None:
            return False
        first = max(0, clause.sentence - 1)
        last = min(len(self.sentences) - 1, clause.sentence + 1)
        return self.any_cue(pattern, self.sentences[first].start, self.sentences[last].end)

    def assess(self, clause: Clause) -> list[int]:
        # No negation check: "it isn't a degraded service, it stops the close" weighs impact.
        cues = self.cues(lx.ASSESS, clause.start, clause.end)
        if self._question(clause):
            cues = [p for p in cues if not lx.COUNTING_QUESTION.match(self.text, p)]
        return cues

    def clarify_timing(self, clause: Clause) -> list[int]:
        stated = self.cues(lx.TIMING_STATED, clause.start, clause.end)
        phase = self.cues(lx.TIMING_PHASE, clause.start, clause.end)
        asked = phase if phase and self.in_sentence(lx.TIMING_ASK, clause) else []
        return stated + asked + self._delivery_state(clause)

    def _delivery_state(self, clause: Clause) -> list[int]:
        """'Are real shipments flowing yet?' / 'sounds like this came up during build'."""
        state = self.cues(lx.DELIVERY_STATE, clause.start, clause.end)
        if not state:
            return []
        s = self.sentences[clause.sentence]
        asked = self.text[s.start : s.end].rstrip().endswith("?") and self.any_cue(
            lx.STATE_ASK, s.start, s.end)
        if asked:
            return state
        # Inferred aloud: the marker ("sounds like", "we're") just before the state.
        markers = self.cues(lx.STATE_INFERRED, s.start, s.end)
        return [p for p in state if any(0 <= p - m <= _STATE_REACH for m in markers)]

    def protect_trust(self, clause: Clause) -> list[int]:
        # No negation check: "I won't let it go out quietly" protects trust.
        return self.cues(lx.TRUST, clause.start, clause.end)




def check_length(reply: str) -> None:
    if len(reply) > MAX_REPLY_CHARS:
        raise UserInputError(
            f"the reply is {plural(len(reply), 'character')}; the grader takes at most "
            f"{MAX_REPLY_CHARS:,} (about {MAX_REPLY_CHARS // 6:,} words)")


def find_evidence(reply: str, scenario: Scenario) -> list[EvidenceQuote]:
    check_length(reply)
    reader = _Reader(reply, _stakeholder_words(tuple(scenario.stakeholders)))
    found: list[EvidenceQuote] = []
    for clause in reader.clauses:
        for move in MOVES:  # each move has a detector method of the same name
            cues: list[int] = getattr(reader, move)(clause)
            if cues:
                # Surface and fix quotes start where their cue's fragment starts, so
                # the two keep their order inside one clause; the rest quote the clause.
                at = min(cues) if move in ("surface", "fix") else clause.start
                quote = reader.quote(clause, at)
                # Quotes come from the straightened text; give back the reply's own.
                start = reader.text.find(quote, clause.start)
                found.append(EvidenceQuote(move=move, quote=reply[start : start + len(quote)]))
    return found


def grade_offline(reply: str, scenario: Scenario, question: str | None = None) -> Grade:
    """Grade one reply with the rules. `question` is accepted for parity; rules ignore it."""
    del question
    evidence = find_evidence(reply, scenario)
    info = GraderInfo(provider="offline", model=None, prompt_sha256=rules_sha256())
    draft = grade_from(GraderOutput(evidence=evidence, feedback=""), reply, info)
    return draft.model_copy(update={"feedback": feedback_for(draft.flags)})
