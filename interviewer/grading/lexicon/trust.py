"""The `protect_trust` move: nothing partial passes as complete."""

from __future__ import annotations

from interviewer.grading.lexicon._build import cue

# --- protect trust: nothing partial passes as complete ----------------------------
TRUST = cue(
    r"\blabel\w*",
    r"\bclearly\s+(?:mark|flag|label|state|show|call)\w*",
    r"\bmark\w*\s+(?:[\w'&-]+\s+){0,3}as\s+(?:a\s+)?(?:partial|incomplete|estimated?|provisional|"
    r"draft|preliminary|unverified|pending|missing|interim|temporary|not\s+final)",
    r"\bwatermark\w*|\bcaveat\w*|\b(?:add|with|in|put)\w*\s+(?:a\s+)?footnote\b|\bdisclaimer\w*",
    r"\bbanner\b|\bpretend\w*",
    r"\blook\w*\s+(?:like\s+)?(?:it's\s+|it\s+is\s+|they're\s+)?(?:\w+\s+)?(?:final|complete|finished|"
    r"safer|fine|done|live|current)\b",
    r"\bwhen\s+(?:it|they)\s+(?:isn't|aren't|don't|doesn't|is\s+not|are\s+not)\b",
    # Saying plainly *what* is in or out; "I'd say it plainly to them" raises, it doesn't label.
    r"\b(?:say|says|said|tell|tells|told|state|states|explain|explains)\s+(?:[\w'-]+\s+){0,3}"
    r"(?:plainly|clearly|exactly|explicitly|upfront)\s*(?::|what|which|where|how|when|['\"])",
    r"\bsays\s+so\b",
    # What the delivery itself says: "the site has to say clearly that ordering opens later".
    r"\b(?:site|page|pack|comms|email|notes|report|screen|app|banner|message|article|payslip|"
    r"dashboard|release)\s+(?:[\w'-]+\s+){0,3}(?:say|says|show|shows|state|states)\s+"
    r"(?:clearly\s+|plainly\s+|explicitly\s+)?(?:that|what|which|:)",
    r"\b(?:plainly|clearly|exactly|explicitly)\s+(?:say|says|tell|tells|told|state|states)\b",
    r"\blike\s+(?:they're|it's|they\s+are|it\s+is)\s+(?:current|final|complete|real|live|"
    r"up\s+to\s+date|done|finished)\b|\bas\s+of\s+\w+day\b|\b(?:silently|quietly)\s+not\b",
    r"\b(?:see|know|shows?|list)\s+exactly\s+(?:which|what)\b",
    r"\bprovisional\b|\bpreliminary\b|\bnot\s+(?:the\s+)?final\b|\bas\s+a\s+draft\b",
    r"\b(?:pass|passed|passing|present\w*|look|looks)\s+(?:[\w'&-]+\s+){0,3}(?:off\s+)?as\s+"
    r"(?:if\s+it\s+(?:was|were|is)\s+)?(?:complete|final|done|full|finished|the\s+real)",
    r"\b(?:nobody|no\s+one|anyone|someone)\s+(?:\w+\s+){0,2}(?:thinks?|assumes?|mistakes?|"
    r"reads?)\b",
    r"\b(?:think|thinks|assume|assumes|believe|believes)\s+(?:it's|it\s+is|this\s+is|they're|"
    r"the\s+pack\s+is|that's)\s+(?:complete|final|the\s+full|everything|done|whole)",
    r"\b(?:transparent|explicit|upfront|honest|clear|crystal\s+clear)\s+(?:about|on)\s+"
    r"(?:what(?:'s|\s+is)?|which|exactly|it\s+being)\b",
    r"\bwhat(?:'s|\s+is)\s+(?:in|included|missing)\s+and\s+what(?:'s|\s+is)?\s+(?:not|out|missing)",
    r"\bwhat\s+is\s+and\s+(?:isn't|is\s+not)\b|\bknown\s+(?:limitations|gaps|issues)\b",
    r"\bmislead\w*|\bmisrepresent\w*|\bunambiguous\w*|\bambigu\w*",
    r"\btrust\s+(?:in|of)\s+(?:the\s+|our\s+)?(?:data|numbers|figures|report|pack|platform)",
    r"\b(?:data|numbers)\s+(?:integrity|trust)\b",
    r"\b(?:silently|quietly)\s+(?:\w+\s+)?(?:ship|send|go|pass|drop|swap|replace|fill|plug|use|"
    r"publish|release|substitut)\w*",
    r"\b(?:send|ship|go\s+out|pass|slip\s+through|went\s+out)\w*\s+(?:\w+\s+){0,2}(?:silently|quietly)\b",
    r"\b(?:explicit|clear|honest|upfront|transparent|straight)\s+with\s+(?:[\w'&-]+\s+){0,3}"
    r"(?:that|about)\b",
    r"\bmistak\w*\s+(?:it\s+|them\s+|that\s+|this\s+)?for\b|\bcoming\s+soon\b",
    r"\b(?:mark|tag|label|stamp)\w*\s+(?:[\w'&-]+\s+){0,4}as\s+(?!a\s+risk|risk)['\"]?\w",
    r"\b(?:shouldn't|won't|don't|doesn't|can't|cannot|mustn't|nobody\s+can)\s+(?:\w+\s+)?"
    r"(?:conclude|assume|think|believe|mistake)\b",
    r"\b(?:think|thinks|assume|assumes|believe|believes)\s+(?:that's|that\s+is|it's|it\s+is|this\s+is|"
    r"they're|they\s+are)\s+(?:the\s+)?(?:final|complete|real|full|finished|actuals?)\b",
    r"\b(?:marked|labelled|labeled|tagged|stamped|explicit)\s+['\"]|\b(?:never|not)\s+as\s+(?:a\s+)?zero",
    r"\b(?:silently|quietly)\s+\w+ing\b|\bimply\w*\s+(?:that\s+)?(?:everything|it's|it\s+is|all)\b",
    r"\b(?:nobody|no\s+one)\s+notices\b|\bhoping\s+(?:nobody|no\s+one)\b",
    r"\b(?:carries|carry|carrying|filed\s+under|saying|subject\s+line:?|greyed\s+out\s+with)\s+['\"\u201c]",
    r"\bcover\s+note\b|\bfootnote\s+saying\b|\bindicative\b|\bsubject\s+to\s+final\b|\bgreyed\s+out\b",
    r"\bfootnoted\b|\bshaded\b|\b(?:in|through|out)\s+quietly\b|\b(?:is|are)\s+to\s+follow\b",
    r"\bwhen\s+(?:[\w'-]+\s+){0,4}(?:isn't|aren't|is\s+not|are\s+not|don't|doesn't)\s+(?:there|ready|live|"
    r"done|working|real|final|finished)\b|\bin\s+(?:its|the|their)\s+(?:file\s+)?(?:name|header|title|"
    r"subject)\b",
    r"\b(?:first|front|cover)\s+page\b|\bnot\s+included\b|\bexcl\b|\bmarker\b",
    r"\brelease\s+notes\b|\bin\s+big\s+letters\b|\bon\s+the\s+(?:cover|front\s+page)\b",
    r"\bexcluded\b|\bexcluding\b|\bexplicitly\s+(?:\w+\s+)?(?:missing|excluded|out|partial)\b",
)
