"""The `assess` move: criticality and impact."""

from __future__ import annotations

from interviewer.grading.lexicon._build import cue

# --- assess: criticality and impact ---------------------------------------------------
ASSESS = cue(
    r"\bimpact\w*|\bcritical(?:ity)?\b(?!\s+path)|\bseverity\b|\bsevere\b|\bserious(?:ness)?\b",
    r"\bhow\s+(?:bad|big|much|serious|many|important|material|badly)\b",
    r"\bblocker\b|\bblocking\b|\bdegrad\w*|\bnice[\s-]to[\s-]have\b|\bmust[\s-]have\b",
    r"\bshow-?stopper\b|\b(?:hard|soft)\s+(?:dependency|blocker)\b",
    r"\bwhat\s+(?:actually\s+|really\s+)?(?:breaks|happens|would\s+break|would\s+happen|we\s+lose|"
    r"it\s+costs|depends\s+on\s+it)\b",
    r"\bwhat\s+(?:does|would|will)\s+(?:it|that|this)\s+(?:affect|mean|break|block|hit|cost)\b",
    r"\baffect\w*|\bwho(?:'s|\s+is|\s+gets)\s+(?:hit|affected|hurt)\b",
    r"\bdownstream\b|\bconsequence\w*|\bexposure\b|\bmaterial(?:ity)?\b|\bpercent\b|\d\s?%",
    r"\bproportion\b|\bshare\s+of\b|\bquantif\w*|\bblast\s+radius\b|\bat\s+stake\b",
    r"\bcost\s+of\b|\bcore\s+(?:flow|path|journey|functionality)\b",
    r"\bcan\s+(?:we|they|it|finance|the\s+business)\s+(?:live|launch|go\s+live|ship|close|cope|"
    r"operate|function|work)\s+without\b",
    r"\b(?:revenue|money|customers?|users?|accounts?|orders?)\s+(?:at\s+risk|affected|impacted|"
    r"lost)\b",
    r"\bpriorit\w+|\bknock-?on\b|\bripple\b|\bhit\s+(?:to|on)\b",
    r"\b(?:figure|work|find)\s+out\s+(?:\w+\s+){0,2}(?:what|how|which|who)\b(?!\s+(?:to\s+do|"
    r"we\s+(?:can|should|could)))",
    r"\bunderstand\s+(?:\w+\s+){0,2}(?:what|how|which|who)\b",
    r"\bscope\s+of\s+the\s+(?:problem|damage|gap)\b|\bsize\s+(?:of\s+)?(?:the|it|this)\b",
    r"\b(?:essential|crucial|vital)\b|\bdeal[\s-]?breaker\b",
    r"\b(?:numbers|totals?|figures|pack|bills?|payments?|data|books|group\s+\w+)\s+(?:are|is|would\s+be|"
    r"will\s+be|goes|go)\s+(?:just\s+|simply\s+|plain\s+)?wrong\b|\bmisstat\w*|"
    r"\bwrong\s+(?:payments?|numbers?|bills?|figures|data|totals?|rosters?)\b|"
    r"\bunderstat\w*|\boverstat\w*|\bnot\s+working\b|\bstops?\s+(?:them|us|the|finance|it)\b",
    r"\b(?:big|huge|major|serious|real)\s+(?:problem|deal|issue)\b|\bat\s+(?:real\s+)?risk\b",
    r"\binconvenien\w*|\bnuisance\b|\bannoy\w*|\bheadache\b|\bcosmetic\b",
    r"\beats?\s+(?:\w+\s+){0,3}(?:slack|buffer|contingency|margin|float)\b|\bknock\w*\s+out\b",
    r"\b(?:big|large|huge)\s+(?:chunk|part|share|slice)\b|\bturns?\s+(?:it|this)\s+from\b",
    r"\b(?:biggest|largest|key|top)\s+(?:\w+\s+)?(?:client|customer|account)s?\b",
    r"\b(?:hurts|worse\s+than|the\s+worst|painful|(?:just\s+)?(?:don't|doesn't|won't)\s+work|"
    r"stops?\s+working|breaks)\b",
    r"\b(?:can't|cannot|couldn't|won't\s+be\s+able\s+to)\s+(?:close|run|sell|pay|process|create|"
    r"ship|operate|reconcile|take|log\s+in|get)\b",
)
