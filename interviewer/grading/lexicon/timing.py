"""The `clarify_timing` move: ahead of delivery, or already in it?"""

from __future__ import annotations

from interviewer.grading.lexicon._build import cue, rx

# --- clarify timing: ahead of delivery, or already in it? -----------------------------
TIMING_PHASE = cue(
    r"\bahead\s+of\s+(?:the\s+)?(?:delivery|time|go-?live|launch|date|deadline|cutover|it)\b",
    r"\balready\s+(?:in|mid|into|delivering|live|shipped|started|past|underway|under\s+way|building|"
    r"running|happening|rolling)\b|\bstill\s+getting\s+ready\b",
    r"\bmid-?\s?(?:delivery|flight|stream|project|build|sprint)\b",
    r"\b(?:delivery|planning|build|execution|testing)\s+(?:phase|stage)\b",
    r"\bbefore\s+or\s+after\b|\bin\s+(?:the\s+)?(?:delivery|planning)\b",
    r"\b(?:we're|we\s+are|is\s+this|are\s+we)\s+(?:still\s+)?before\s+(?:delivery|go-?live|launch|cutover)\b",
    r"\bbefore\s+we\s+(?:ship|deliver|launch|go\s+live|start)\b",
    r"\bhow\s+(?:far|close)\s+(?:out|along|in|away)\b|\bhow\s+much\s+(?:time|runway|lead\s+time)\b",
    r"\bwhere\s+(?:are\s+we|we\s+are)\s+in\b|\bwhat\s+(?:stage|phase|point)\b|\bwhich\s+phase\b",
    r"\bat\s+what\s+point\b|\bearly\s+(?:enough|warning|on)\b|\bhow\s+early\b",
    r"\bstill\s+(?:in\s+)?planning\b|\bnot\s+yet\s+(?:live|started|delivering|in\s+delivery)\b",
    r"\b(?:found|spotted|caught|discovered|noticed)\s+(?:this|it)\s+(?:early|late|now|ahead|in\s+time)\b",
    r"\bwhen\s+(?:did|do|does|was|were)\s+(?:we|this|it|they)\s+(?:find|learn|hear|discover|notice|spot|come)\w*",
    r"\b(?:is|was)\s+this\s+(?:before|after|during)\b",
    r"\bstill\s+got\s+(?:room|time)\b|\bcode-?frozen\b|\bare\s+we\s+(?:\w+\s+){0,4}already\b",
)
# Said as a plain statement of the phase, that is the explicit assumption the rubric asks for.
TIMING_STATED = cue(
    r"\b(?:we're|we\s+are|this\s+is|it's|it\s+is|we've\s+got|I'll\s+take\s+it\s+(?:we're|we\s+are)|"
    r"(?:treat|treating|take|taking)\s+(?:this|it)\s+as|(?:assume|assuming)\s+(?:we're|we\s+are|this\s+is))"
    r"\s+(?:(?:still|already|basically|clearly|now|well|firmly|very\s+much)\s+)?"
    r"(?:ahead\s+of\s+(?:it|delivery|go-?live|launch|the)|in\s+(?:delivery|it|planning|the\s+delivery|"
    r"flight|the\s+thick)|mid-?\s?(?:delivery|flight|cutover|build)|past\s+(?:planning|the\s+point)|"
    r"(?:in\s+)?(?:the\s+)?(?:delivery|planning)\s+(?:phase|stage))\b",
    r"\b(?:found|finding|caught|catching|spotted|spotting)\s+(?:it|this)\s+in\s+planning\b",
    r"\b(?:we're|we\s+are|it's|this\s+is)\s+(?:still\s+|already\s+)?(?:[\w-]+\s+){0,4}(?:in\s+planning|"
    r"before\s+go-?live|pre-?(?:launch|go-?live|cutover|delivery)|in\s+the\s+(?:launch|go-?live|delivery|"
    r"build)\s+(?:window|phase|week))\b",
    r"\b(?:found|caught|spotted)\s+(?:this|it)\s+early\b",
)
# Where our own delivery stands: asked ("are real shipments flowing yet?") or inferred
# aloud ("sounds like this came up during build"), that is the timing question too.
DELIVERY_STATE = cue(
    r"\b(?:(?:already|is|are|we're|it's|been|gone|yet|anything|anywhere)\s+live|launched|shipped|"
    r"started|underway|running|flowing|cut\s+over|moved|switched|already\s+using|"
    r"going\s+(?:out|through)|gone\s+(?:out|to)|out\s+anywhere|in\s+(?:store\s+)?review|"
    r"ahead-of-(?:delivery|go-?live|launch)|"
    r"being\s+(?:built|assembled|used|tested)|in\s+(?:uat|production|prod|hypercare|design|release|"
    r"dress\s+rehearsals?|joint\s+testing|test(?:ing)?|build)|pre-?(?:launch|go-?live|cutover|release)|"
    r"late-?stage|during\s+(?:build|testing|delivery)|release\s+prep|go-?live\s+week|launch\s+week|"
    r"nothing(?:'s|\s+is)?\s+live|first\s+run|not\s+(?:planning|mid-development)|"
    r"(?:we're|we\s+are|is\s+this|are\s+we|catching\s+this|caught\s+this|found\s+this|still)\s+"
    r"(?:\w+\s+){0,2}(?:before|after)\s+(?:cutover|go-?live|launch))\b",
)
STATE_ASK = rx(
    r"\b(?:already|yet|still|at\s+this\s+point)\b[^.!?]*\?|\?",
)
STATE_INFERRED = rx(
    r"\b(?:I'll\s+assume|I\s+assume|assuming|I'm\s+assuming|I'm\s+reading\s+this\s+as|I'm\s+treating|"
    r"I'll\s+treat|sounds\s+like|so\s+we're|given\s+we|since\s+we're|I\s+take\s+it|it's\s+\w+\s+week|"
    r"this\s+is|we're|we\s+are)\b",
)
TIMING_ASK = rx(
    r"\?",
    r"\bclarif\w*|\b(?:check|confirm)\b",
    r"\b(?:I'll|I\s+will|I'd|let\s+me|I'm\s+going\s+to|I'm\s+gonna|gonna)\s+assume\b",
    r"\bassum\w+|\bpresum\w+",
    r"\bare\s+we\b|\bis\s+this\b|\bdo\s+we\s+know\b|\bhave\s+we\b",
    r"\b(?:it\s+)?depends\s+(?:on\s+)?(?:whether|if|when)\b|\bwhether\b",
    r"\bif\s+(?:we're|we\s+are|this\s+is|it's|it\s+is|we've|we\s+have)\b",
)
