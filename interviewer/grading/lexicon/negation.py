"""What stops a cue from counting: negators and the words that end their reach."""

from __future__ import annotations

from interviewer.grading.lexicon._build import cue, rx

# --- negation: a cue preceded closely by one of these is not a commitment --------
NEGATOR = cue(
    r"(?<!\bif\s)(?<!\bor\s)\bnot\b|\b(?:never|no|nor)\b",
    r"\b(?:don't|do\s+not|doesn't|wouldn't|would\s+not|won't|will\s+not|shouldn't|should\s+not)\b",
    r"\b(?:can't|cannot|isn't|aren't|ain't|didn't|hardly)\b",
    r"\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to|avoid|avoiding|resist|resisting)\b",
    r"\bhold(?:ing)?\s+off\b",
    r"\bbefore\s+(?:I\s+|we\s+|anyone\s+)?(?:even\s+)?(?:jump|go|get|dive|reach|rush|talk|think|"
    r"touch|propose|start|build|worry|look|suggest|open|bring)\w*",
    r"\b(?:too\s+early|premature)\b|\bbefore\s+(?:any|anything|we\s+touch)\b",
)
# Words between a negator and its cue that end the negation's reach.
NEGATION_RESET = rx(
    r"\b(?:but|so|then|instead|because)\b",
    r"(?:,|\band\b|\bso\b)\s*(?:\w+\s+)?(?:I'd|we'd|I'll|we'll|I\s+would|we\s+would|let's)\b",
    # "before any workaround, the PM needs to hear…": a comma and a new subject.
    r",\s*(?:the|we|I|they|he|she|our|my|their)\b",
)
