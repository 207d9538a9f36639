"""The offline grader's vocabulary: the cues of each move, as regular expressions.

This package *is* the rule set, one module a move: the hash of its files is
recorded as the offline grader's `prompt_sha256`, so a grade names the rules
that produced it. Patterns are
matched case-insensitively against the reply with curly apostrophes
straightened. Every pattern is a plain alternation (no nested repetition), so
matching stays linear in the length of the reply.
"""

from __future__ import annotations

from interviewer.grading.lexicon.align import (
    ALIGN_STRONG as ALIGN_STRONG,
)
from interviewer.grading.lexicon.align import (
    ALIGN_WEAK as ALIGN_WEAK,
)
from interviewer.grading.lexicon.align import (
    DECIDE as DECIDE,
)
from interviewer.grading.lexicon.align import (
    MEETING as MEETING,
)
from interviewer.grading.lexicon.align import (
    PEOPLE as PEOPLE,
)
from interviewer.grading.lexicon.align import (
    STAKEHOLDER as STAKEHOLDER,
)
from interviewer.grading.lexicon.assess import (
    ASSESS as ASSESS,
)
from interviewer.grading.lexicon.fix import (
    COMMIT_IF as COMMIT_IF,
)
from interviewer.grading.lexicon.fix import (
    CONDITION as CONDITION,
)
from interviewer.grading.lexicon.fix import (
    COUNTING_QUESTION as COUNTING_QUESTION,
)
from interviewer.grading.lexicon.fix import (
    DOCUMENT as DOCUMENT,
)
from interviewer.grading.lexicon.fix import (
    ENUMERATED as ENUMERATED,
)
from interviewer.grading.lexicon.fix import (
    FIRST_PERSON as FIRST_PERSON,
)
from interviewer.grading.lexicon.fix import (
    FIX as FIX,
)
from interviewer.grading.lexicon.fix import (
    OPTIONS_WORD as OPTIONS_WORD,
)
from interviewer.grading.lexicon.fix import (
    OTHERS_IDEA as OTHERS_IDEA,
)
from interviewer.grading.lexicon.fix import (
    OWN_ACTION as OWN_ACTION,
)
from interviewer.grading.lexicon.fix import (
    RECOMMEND as RECOMMEND,
)
from interviewer.grading.lexicon.injection import (
    INJECTION as INJECTION,
)
from interviewer.grading.lexicon.negation import (
    NEGATION_RESET as NEGATION_RESET,
)
from interviewer.grading.lexicon.negation import (
    NEGATOR as NEGATOR,
)
from interviewer.grading.lexicon.surface import (
    FRAMING as FRAMING,
)
from interviewer.grading.lexicon.surface import (
    GENERIC as GENERIC,
)
from interviewer.grading.lexicon.surface import (
    MISMATCH as MISMATCH,
)
from interviewer.grading.lexicon.surface import (
    OPTION_VERB as OPTION_VERB,
)
from interviewer.grading.lexicon.surface import (
    PREMISE as PREMISE,
)
from interviewer.grading.lexicon.surface import (
    RAISE as RAISE,
)
from interviewer.grading.lexicon.surface import (
    RELATION as RELATION,
)
from interviewer.grading.lexicon.surface import (
    SPEECH as SPEECH,
)
from interviewer.grading.lexicon.timing import (
    DELIVERY_STATE as DELIVERY_STATE,
)
from interviewer.grading.lexicon.timing import (
    STATE_ASK as STATE_ASK,
)
from interviewer.grading.lexicon.timing import (
    STATE_INFERRED as STATE_INFERRED,
)
from interviewer.grading.lexicon.timing import (
    TIMING_ASK as TIMING_ASK,
)
from interviewer.grading.lexicon.timing import (
    TIMING_PHASE as TIMING_PHASE,
)
from interviewer.grading.lexicon.timing import (
    TIMING_STATED as TIMING_STATED,
)
from interviewer.grading.lexicon.trust import (
    TRUST as TRUST,
)
