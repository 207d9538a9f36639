"""The `surface` move: a dependency or mismatch made explicit as a risk."""

from __future__ import annotations

from interviewer.grading.lexicon._build import cue, rx

# --- surface: a dependency or mismatch made explicit as a risk -----------------------
RAISE = cue(
    r"\b(?:I'd|I\s+would|I'll|I\s+will|we'd|we'll|to|and|would|will|must|should|let's|first|"
    r"immediately|then|I|we|gets?|is|be|been)\s+(?:\w+\s+)?flag\w*\b(?!\s+(?:it\s+)?(?:off|on)\b)",
    r"\bflag(?:ged|ging|s)?\s+(?:it|this|that|up|early|clearly|immediately|loudly)\b(?!\s+(?:off|on)\b)",
    r"\b(?:talk|speak|went|walk\w*\s+over|reach\w*\s+out|call|ring|phone|email|ping|message|"
    r"write|say|said|go)\w*\s+(?:straight\s+)?(?:to|with)\s+(?:the|our|my|their|them|him|her|"
    r"everyone|both|sales|finance|support|ops|product|\w+'s)\b",
    r"\bcall\s+(?:is\s+to|the|our|my|him|her|them|their)\b|\bget\s+on\s+(?:the\s+phone|a\s+call)\b",
    r"\bin\s+writing\b|\bwrite\s+(?:it|this|that)\s+(?:up|down)\b|\bchas(?:e|ing)\b",
    r"\bmake\s+(?:some\s+)?noise\b",
    r"\bhears?\s+(?:it|that|this|about\s+it)\b|\b(?:see|sees)\s+(?:it|that|this)\b",
    r"\b(?:need|needs|should|must|has\s+to|have\s+to|ought\s+to)\s+(?:to\s+)?(?:see|hear|know)\b",
    r"\bsay\s+(?:it|this|that)\b|\b(?:doesn't|don't|does\s+not|nobody|no\s+one)\s+(?:\w+\s+)?"
    r"knows?\b",
    r"\bhears?\s+(?:it\s+|that\s+|this\s+)?from\s+me\b|\bcall\s+I'd\s+make\b|"
    r"\bsay\s+(?:exactly\s+|precisely\s+|just\s+)?(?:it|this|that)\b|\bin\s+so\s+many\s+words\b|"
    r"\bspell\w*\s+(?:it|this|that)\s+out\b|\bagenda\b|\bshow\w*\s+(?:this|it|that)\s+to\b|\bput\s+it\s+to\b",
    r"\bin\s+front\s+of\s+(?:them|him|her|everyone|(?:the|our|their)\s+(?:[\w'&-]+\s+){0,3}(?:lead|"
    r"manager|director|committee|team|cfo|cto|controller|steerco|sponsors?|owner|board|client|"
    r"customers?|pm|po|stakeholders|group|people|head))\b",
    r"\brais(?:e|es|ed|ing)\b",
    r"\bcall(?:ing|ed)?\s+(?:\w+\s+){0,2}out\b|\bcall-?out\b",
    r"\bsurfac(?:e|es|ed|ing)\b",
    r"\bescalat\w+",
    r"\bhighlight\w*",
    r"\bpoint(?:ing|ed)?\s+(?:\w+\s+){0,2}out\b",
    r"\bmak(?:e|ing)\s+(?:\w+\s+){0,3}(?:visible|known|explicit|aware|loud|clear)\b",
    r"\bmake\s+sure\s+(?:\w+\s+){0,4}(?:knows?|aware|understands?|hears?)\b",
    r"\blet(?:ting)?\s+(?:[\w'&-]+\s+){1,4}know\b",
    r"\btell(?:ing)?\b|\binform\w*|\bheads[\s-]?up\b|\bwarn\w*|\balert\w*|\bbrief\w*",
    r"(?<!I'd\s)(?<!I\swould\s)\bsay(?:ing)?\b|\bout\s+loud\b",
    r"\b(?:email|ping|message|slack|phone|ring)\w*\s+(?:the|our|my|their|\w+'s)\b",
    r"\btak(?:e|ing)\s+(?:it|this|that)\s+(?:straight\s+)?to\b|\bgo(?:ing)?\s+(?:straight\s+)?to\s+"
    r"(?:the|our|my)\s+(?:\w+\s+){0,2}(?:and|to)\s+(?:say|tell|explain)\b",
    r"\bbring(?:ing)?\s+(?:it|this|that)\s+up\b|\bbring(?:ing)?\s+up\b",
    r"\bput(?:ting)?\s+(?:it|this|that)\s+(?:on|in)\b",
    r"\b(?:on|onto)\s+the\s+(?:table|radar)\b",
    r"\brisk\s+(?:register|log)\b|\braid\b",
    r"\bbe(?:ing)?\s+(?:really\s+)?(?:upfront|transparent|open|honest|clear|loud|straight)\b",
    r"\bcommunicat\w+",
    r"\bshare\s+(?:that|this|it|the)\b",
    r"\bmention\w*|\bloop\w*\s+in\b|\breport\s+(?:it|this|that|the)\b|\bshout\w*",
    r"\bmake\s+the\s+(?:point|case)\b|\bexplain\w*\s+(?:that|to)\b",
)
MISMATCH = cue(
    r"\blate\b|\blater\s+than\b|\blateness\b",
    r"\bdelay\w*|\bslip(?:s|ped|ping|page)?\b(?!\s+through)|\bbehind\b(?!\s+(?:a|an|the|our|its)\s+(?:[\w-]+\s+){0,2}(?:flag|toggle|switch|config|"
    r"proxy|gateway|fa[cç]ade|adapter|firewall))|\boverdue\b|\bpushed\s+(?:back|out)\b",
    r"\bafter\s+(?:our|the|my|we)\s+(?:\w+\s+){0,2}(?:launch|go-?live|cutover|date|deadline|"
    r"peak|go\b)",
    r"\b(?:weeks?|days?|months?|fortnight)\s+(?:late|later|past|behind|after\s+(?:our|the|we|us|"
    r"launch|go-?live|cutover|peak|that|it|monday|friday))\b",
    r"\bafter\s+(?:monday|tuesday|wednesday|thursday|friday|go-?live|launch|cutover|peak)\b",
    r"\bwon't\s+(?:come|arrive|land)\b|\b(?:doesn't|don't|does\s+not)\s+(?:carry|include|support|"
    r"contain|send|provide)\b",
    r"\bafter\s+(?:ours|us|we\s+(?:launch|go\s+live|cut\s+over))\b|\blater\s+than\s+(?:ours|us|we)\b",
    r"\b(?:won't|will\s+not|not\s+going\s+to|isn't|aren't|is\s+not|are\s+not|not)\s+"
    r"(?:be\s+)?(?:ready|finished|done|complete|there|in\s+place|available|built|live|delivered|"
    r"shipped)\b",
    r"\b(?:has|have|had)\s+stopped\b|\bstale\b|\bfailed\b|\bis\s+down\b|\b(?:weeks?|days?)\s+out\b",
    r"\b(?:\w+\s+)short\b(?!\s+(?:term|list|answer|version|of\s+time))|"
    r"\b(?:can't|cannot)\s+(?:carry|include|support|send|handle|read|provide)\b|"
    r"\bextra\s+(?:weeks?|days?|time)\b|\b(?:isn't|not|aren't)\s+coming\b|\bfor\s+another\s+(?:\w+\s+)?"
    r"(?:weeks?|days?)\b|\bwon't\s+(?:\w+\s+)?by\s+(?:launch|go-?live|cutover|then|the)\b",
    r"\bwon't\s+have\s+(?:it|them|\w+)\s+(?:till|until)\b|\b(?:going|goes|go)\s+(?:out|live)\s+without\b",
    r"\b(?:unfinished|incomplete|half[\s-](?:ready|done|built|finished))\b",
    r"\b(?:hasn't|haven't|has\s+not|have\s+not|didn't|did\s+not|never)\s+(?:\w+\s+){0,2}"
    r"(?:arrived|landed|come|came|sent|shown|turned\s+up|received|got|delivered|answered|finished|"
    r"built|done|shipped|completed|"
    r"responded|replied)\b",
    r"\b(?:isn't|aren't|is\s+not|are\s+not)\s+in\b|\bstill\s+with\b|"
    r"\b(?:still\s+)?(?:missing|absent|outstanding)\b|\bnot\s+(?:arrived|landed|in\s+yet|here)\b",
    r"\bgaps?\b|\bmismatch\w*|\bmisalign\w*|\bdisconnect\b",
    r"\b(?:doesn't|don't|do\s+not|does\s+not|won't|not)\s+(?:\w+\s+)?(?:line\s+up|match|align|fit)\b",
    r"\bout\s+of\s+(?:sync|step|line)\b",
    r"\b(?:wrong|different|old|older|mismatched)\s+(?:api\s+)?versions?\b|\bv1\b|\bversion\s+(?:1|one)\b",
    r"\bconflict\w*|\bclash\w*|\bcollid\w*",
    r"\b(?:gone|going|went|gone\s+completely)\s+(?:quiet|silent|dark)\b|\b(?:a|big|huge|real)\s+miss\b|\bno\s+(?:response|answer|word)\b|\bradio\s+silence\b",
    r"\b(?:not|isn't)\s+(?:on\s+track|going\s+to\s+make\s+it)\b|\bmiss(?:es|ed|ing)?\s+(?:the|our)\b",
    r"\bonly\s+(?:partly|partially|half)\b|\bpart(?:ly|ially)\s+ready\b",
    r"\b(?:lands?|landing|comes?|arrives?|ships?|shipping|goes)\s+(?:\w+\s+){0,3}(?:before|after)\s+"
    r"(?:our|the|their|we|us|ours|it|they)\b",
    r"\b(?:won't|doesn't|don't|will\s+not|does\s+not)\s+(?:\w+\s+)?exist\b|\bnot\s+until\b",
)
RELATION = cue(
    # not the hedge "depending on how quickly they move"
    r"\bdepend(?:s|ed|ing|ent|ency|encies)?\b(?!\s+(?:on\s+)?(?:how|whether|what|when|if|the\s+answer)\b)",
    r"\bblock(?:ed|ing|s)?\s+(?:by|on)\b|\bblockers?\b|\bblock(?:s|ing)?\s+(?:us|our|the|go-?live|launch)\b",
    # "we wait for the platform team", not "without waiting on their environment"
    # nor "nobody wants to wait for them".
    r"(?<!without\s)\bwaiting\s+(?:on|for)\b|\bstuck\s+(?:on|waiting)\b",
    r"\b(?:we|we're|we\s+are|i'm|still|everything|everyone|all|is|are)\s+(?:still\s+)?wait\s+(?:on|for)\b",
    r"\bwithout\s+(?:[\w'-]+\s+){1,4}(?:we|they|you|it|finance|nobody)\s+(?:can't|cannot|won't|couldn't)\b",
    r"\bhing(?:e|es|ing)\s+on\b|\breli(?:es|ant)\s+on\b|\brely(?:ing)?\s+on\b",
    r"\b(?:can't|cannot|won't\s+be\s+able\s+to|couldn't)\s+(?:\w+\s+){0,4}without\b",
    r"\bgated\s+(?:by|on)\b|\bcritical\s+path\b|\bupstream\b|\bprerequisite\w*|\bcontingent\s+on\b",
    r"\bthe\s+(?:thing|piece|bit|part)\s+we(?:'re|\s+are)\s+waiting\b",
    r"\btied\s+to\b|\bcoupled\s+to\b|\bexposed\s+to\b",
    r"\b(?:plan|date|go-?live|timeline|cutover|launch|schedule|we|design|build)\s+(?:\w+\s+){0,2}"
    r"assum(?:es|ed|ing)\b",
    r"\bwaits\s+(?:for|on)\b|\bweak(?:est)?\s+link\b|\bonly\s+as\s+(?:\w+\s+)?as\b",
    r"\b(?:date|deadline|timeline)\s+is\s+(?:\w+\s+){0,2}(?:their|someone\s+else's|[\w-]+'s)\s+"
    r"(?:date|deadline|timeline)\b",
    r"\bbefore\s+we\s+can\b|\bnot\s+(?:only|just|entirely)\s+(?:our|in\s+our)\b",
    r"\b(?:out\s+of|not\s+in)\s+our\s+(?:hands|control)\b|\bwe\s+don't\s+control\b",
    r"\boff\s+(?:that|the|this|it)\s+(?:\w+\s+){0,2}(?:export|feed|file|extract|data)\b|"
    r"\b(?:can't|cannot|won't)\s+(?:run|work|operate|function)\s+on\b|"
    r"\bthat's\s+on\s+(?:the|their)\s+\w+|\bhostage\s+to\b|\bneeds?\s+(?:[\w-]+'s|their)\b",
    r"\b(?:their|[\w-]+'s)\s+date\s*,?\s*not\s+ours\b|\breally\s+(?:their|[\w-]+'s)\s+date\b",
    r"\bhold(?:s|ing)?\s+(?:us|things|everything|the\s+\w+)\s+up\b|\bholding\s+up\b|\bblocked\s+for\b|\bis\s+what\s+(?:[\w'&-]+\s+){1,4}on\b",
    r"\b(?:sits?|sitting|rides?|riding|hangs?|hanging|rests?|resting|hinges?|hinging)\s+"
    r"(?:(?:on|upon)\s+top\s+of|on|upon)\b",
    r"\b(?:can't|cannot|won't|couldn't|isn't|aren't|doesn't|not)\s+(?:[\w'-]+\s+){0,8}until\b",
    # "Thursday only works if APAC sends their extract tonight"
    r"\bonly\s+(?:works|happens|holds|flies|stands|goes\s+ahead|goes\s+live)\s+if\b",
    r"\b(?:standing|stands|stand)\s+between\s+(?:us|our|the|me|you)\b|\bcounting\s+on\b",
    r"\bneeds?\s+(?:this|that|their|the)\s+(?:[\w-]+\s+)?(?:api|feed|file|extract|endpoint|"
    r"export|module|service|patch|release|build)\b",
)
FRAMING = cue(
    r"\b(?:real|core|main|big|bigger|biggest|key|first|underlying|actual|root)\s+(?:issue|problem|risk|"
    r"concern|thing|question)\b",
    r"\b(?:issue|problem|risk|concern|headline|crux)\s+(?:here\s+|for\s+me\s+)?is\b",
    r"\b(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+(?:a|the|our)\s+(?:big\s+|real\s+|major\s+|"
    r"huge\s+)?(?:risk|problem|issue|red\s+flag)\b",
    r"\bas\s+an?\s+(?:\w+\s+)?risk\b|\bat\s+risk\b|\bred\s+flag\b|\belephant\b",
    r"\b(?:amber|red)\b|\b\w+est\s+risk\b|\brisk\s+on\s+the\s+(?:board|register|log)\b",
)
# Talk about dependencies in general ("every project has a million dependencies") is
# not this dependency made visible.
GENERIC = rx(
    r"\b(?:always|every\s+(?:\w+\s+)?(?:project|integration|programme|program|vendor|job|time)|in\s+general|generally|in\s+my\s+experience|a\s+million|usually|typically|"
    r"the\s+whole\s+job|any\s+project|all\s+projects)\b")
# In an options list "slip go-live" is a choice, not a gap.
OPTION_VERB = rx(r"(?:delay|slip|push|postpone|hold|move)\w*")
# Quoted speech after a colon is the candidate saying it: "The controller: 'APAC hasn't landed.'"
SPEECH = rx("[:,]\\s*['\"\u201c\u2018]\\w")
# A premise for a fix, not a risk being raised: "since Acme is late, I'd stub it".
# (Patterns used with .match(text, pos) carry no "^": it would only match at 0.)
PREMISE = rx(
    r"(?:\W*(?:so|well|okay|ok|um+|uh+|right|yeah|like|and|I\s+mean)\b\W*)*"
    r"(?:since|because|cause|given(?:\s+that)?|as|now\s+that|with|seeing\s+as|knowing|"
    r"considering|due\s+to|to\s+work\s+around|to\s+get\s+around|to\s+cover|to\s+handle|"
    r"to\s+deal\s+with|if)\b",
)
