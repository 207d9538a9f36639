"""The offline grader's vocabulary: the cues of each move, as regular expressions.

This file *is* the rule set: its hash is recorded as the offline grader's
`prompt_sha256`, so a grade names the rules that produced it. Patterns are
matched case-insensitively against the reply with curly apostrophes
straightened. Every pattern is a plain alternation (no nested repetition), so
matching stays linear in the length of the reply.
"""

from __future__ import annotations

import re


def _rx(*parts: str) -> re.Pattern[str]:
    """A pattern matched against the lower-cased reply.

    Where the source has no upper-case escapes it is lower-cased and compiled
    case-sensitively, which Python's engine runs two to three times faster
    than IGNORECASE; otherwise IGNORECASE keeps `\\W` and friends intact.
    """
    source = "|".join(f"(?:{p})" for p in parts)
    if re.search(r"\\[WSBDAZ]", source):
        return re.compile(source, re.IGNORECASE)
    return re.compile(source.lower())


def _cue(*parts: str) -> re.Pattern[str]:
    """A cue pattern, matched against the lower-cased reply.

    Case-sensitive matching of lower-case text is two to three times faster
    than IGNORECASE in Python's engine; cue sources use no upper-case escapes
    (\\W, \\S, \\B, \\D), so lower-casing the source keeps their meaning.
    """
    # Every cue starts a word: positions elsewhere fail at the guard (40% faster).
    source = r"\b(?=\w)(?:" + "|".join(f"(?:{p})" for p in parts) + ")"
    assert not re.search(r"\\[WSBDAZ]", source), "cue patterns must not use upper-case escapes"
    return re.compile(source.lower())


W = r"(?:[\w'&-]+\s+)"  # one word and its trailing space

# --- negation: a cue preceded closely by one of these is not a commitment --------
NEGATOR = _cue(
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
NEGATION_RESET = _rx(
    r"\b(?:but|so|then|instead|because)\b",
    r"(?:,|\band\b|\bso\b)\s*(?:\w+\s+)?(?:I'd|we'd|I'll|we'll|I\s+would|we\s+would|let's)\b",
    # "before any workaround, the PM needs to hear…": a comma and a new subject.
    r",\s*(?:the|we|I|they|he|she|our|my|their)\b",
)

# --- fix: a specific technical remediation -----------------------------------------
FIX = _cue(
    r"\bstub(?:s|bed|bing|\s+out)?\b(?!\s+of\s+a\b)",
    r"\bmock(?:s|ed|ing)?\b(?!\s+interview)",
    r"\bfake\s+(?:endpoint|service|api|server|response|data|feed)s?\b",
    r"\bsimulat(?:e|or|ed|ing)\b",
    r"\bfeature[\s-]?(?:flag|toggle)\w*",
    r"\bbehind\s+a\s+(?:[\w-]+\s+){0,2}(?:flag|toggle|switch)\b|\bconfig\s+(?:flag|switch|toggle)\b",
    r"\b(?:kill[\s-]?switch|dark[\s-]?launch\w*|toggle\s+(?:it|that|them)\s+(?:off|on))\b",
    r"\bversion(?:ing|ed)\b",
    r"\b(?:support|run)\w*\s+both\s+versions\b",
    r"\bbackwards?[\s-]compatib\w+",
    r"\bphased\b",
    r"\b(?:in|into|across)\s+(?:two\s+|three\s+|2\s+|3\s+)?(?:phases|stages|waves)\b",
    r"\bphase\s+(?:one|1|two|2)\b",
    r"\broll(?:ing|ed)?\s+(?:it\s+|this\s+|that\s+|them\s+)?out\s+(?:in\s+phases|gradually|"
    r"incrementally|in\s+stages|to\s+(?:a|the|just|only)|slowly|bit\s+by\s+bit)",
    r"\b(?:staged|incremental|gradual)\s+(?:roll-?out|release|launch|delivery|cutover|migration)",
    r"\bcanary\b",
    r"\b(?:adapter|shim|wrapper|fa[cç]ade|anti-?corruption|middleware)s?\b",
    r"\b(?:translation|mapping|compatibility|conversion)\s+(?:layer|service|shim|piece|table|job)\b",
    r"\bconvert(?:er|ers|ing)\b|\bstop-?gap\b|\binterim\s+(?:export|process|file|report|feed|solution|fix)\b",
    r"\b(?:set\s+up|build|run|write|stand\s+up|add)\w*\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:nightly|"
    r"interim|temporary|daily)\s+(?:extract|job|export|sync|load|batch|feed)\b|\bremote\s+config\b",
    r"\btranslat(?:e|es|ing)\s+(?:between|from|their|the\s+v|v1|version)",
    r"\b(?:login|temporary|temp|auth\w*|interim|ldap)\s+(?:\w+\s+)?bridge\b|\bbridg(?:e|ing)\s+(?:the\s+)?(?:old|ldap|login|legacy)",
    r"\bwork[\s-]?around\w*",
    r"\bback[\s-]?fill\w*|\bre-?process\w*|\bre-?run\w*|\breplay(?:ing)?\s+the\b",
    r"\bmanual(?:ly)?\b|\bby\s+hand\b|\bspreadsheets?\b|\bcsv\b",
    # queueing as a remedy, not "probably stuck in a queue"
    r"\b(?:queue|buffer)(?:s|d|ing)?\s+(?:the|them|it|up|requests?|orders?|writes?|sign-?ups?|"
    r"messages?|port)\b|\bqueueing\b|\b(?:into|onto)\s+a\s+(?:\w+\s+)?queue\b",
    r"\bstore[\s-]and[\s-]forward\b|\bretr(?:y|ies)\b",
    r"\bfall[\s-]?back\b",
    r"\b(?:legacy|old|existing|current)\s+(?:system|provider|platform|flow|process|login|path|"
    r"payment\s+provider|psp)\b",
    r"\bplaceholders?\b",
    r"\b(?:last|previous|prior)\s+month'?s?\s+(?:apac\s+)?(?:figures|numbers|data|actuals|values)",
    r"\b(?:load|pull|use|plug|copy|carry|roll)\w*\s+(?:in\s+|forward\s+)?(?:last|previous|prior)\s+month'?s?\b",
    r"\b(?:will|'ll)\s+(?:come|go\s+out|ship|be\s+sent|land|go)\s+without\b",
    r"\b(?:use|using|plug\w*|put\s+in)\s+(?:an?\s+)?estimates?\b|\bestimated\s+(?:figures|numbers)",
    r"\b(?:proxy|provisional)\s+(?:figures|numbers|data|values)\b|\baccrual\w*",
    r"\bcontract\s+tests?\b|\b(?:build|code|develop|test)\w*\s+against\s+(?:the|their|a)\s+"
    r"(?:spec|contract|sandbox|schema|interface)",
    r"\bhot-?fix\w*|\bpatch\w*|\bscripts?\b(?!\s+(?:that|which)\s+(?:says|tells))|\bbatch\w*|\bour\s+own\s+(?:table|store|queue|copy|database|db)\b",
    r"\bdecoupl\w+\s+(?:it\s+|them\s+|this\s+)?(?:by|with|via|through|using)\b",
    r"\bship\w*\s+(?:a\s+|the\s+)?(?:partial|cut-?down|reduced|thin)\b",
    r"\b(?:go(?:ing)?|went)\s+live\s+with\s+(?:just\s+|only\s+)?(?:the\s+)?(?:card|cards|what)\b",
    r"\bcards?[\s-](?:payments?[\s-])?only\b|\b(?:send|ship|release)\s+what\s+we(?:'ve|\s+have)\b",
    r"\b(?:landing|completeness|row[\s-]count|sanity|validation)\s+check\b|\bpages?\s+(?:whoever|the\s+on)",
    r"\bchange\s+the\s+\w+\s+(?:job|pipeline|process|service|flow)\b",
    r"\bthin\s+slice\b|\bmvp\b|\bmapper\b|\blookup\s+table\b",
    r"\badd(?:s|ed|ing)?\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:check|validation|guard|gate|alert|monitor)\w*",
    r"\bcatch[\s-]?up\s+(?:job|load|run|batch)\b|\bdual[\s-]?run\w*|\bparallel\s+run\w*",
    r"\bphas(?:e|ing)\s+(?:the|it|this|our|in)\b|\btranslator\b|\boutbox\b|\bpolling\b|\bshadow\s+traffic\b",
    r"\bblue[\s-]green\b|\bpin\w*\s+(?:the\s+)?(?:api\s+)?(?:version|contract)\b|\bdual[\s-]write\w*",
    r"\bsend\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,3}we(?:'ve|\s+have)\b|\bcanary\b",
    r"\b(?:build|pull|generate|write|stand\s+up|set\s+up|produce|create)\w*\s+(?:[\w'-]+\s+){0,4}"
    r"(?:ourselves|myself)\b|\bestimated\s+from\b|\bconversion\s+(?:step|service|job)\b",
    r"\b(?:decoder|routing|converter)\s+(?:step|service|rule|job|layer)\b",
    r"\bre-?build\w*\s+the\b|\bpaper\s+(?:tickets?|forms?|process|backup)\b|"
    r"\b(?:launch|ship|go\s+live|release)\w*\s+without\b",
    r"\b(?:go(?:ing)?\s+live|launch\w*|ship\w*)\s+(?:[\w-]+\s+){0,3}anyway\b|\blaunch\s+what(?:'s|\s+is)\b|"
    r"\bcach(?:e|ing)\s+the\b|\bswitch(?:ing)?\s+(?:[\w-]+\s+){0,2}on\b|\btranche\b|"
    r"\bleave\s+(?:the\s+)?(?:[\w-]+\s+){0,3}on\s+the\s+(?:old|legacy|existing)\b|\bunsplit\b",
    # operational stand-ins and partial scope, said as plans
    r"\b(?:run|keep)\s+both\b|\bside\s+by\s+side\b|\bon\s+paper\b|\bprint(?:s|ed|ing)?\b",
    r"\b(?:on|from|with)\s+(?:last|previous|prior)\s+(?:year's|month's|week's|quarter's)\b|\bestimated\s+reads?\b",
    r"\b(?:send|ship|launch|go\s+live|release|publish)\w*\s+(?:[\w'-]+\s+){1,4}without\b",
    r"\b(?:ship|launch|release|go\s+live)\w*\s+(?:[\w'-]+\s+){0,5}only\b",
    r"\buse\s+(?:the\s+)?(?:old|legacy|existing|current)\b|\bpull\w*\s+(?:[\w'-]+\s+){0,4}(?:straight|directly)\s+from\b",
    r"\bfake\b|\blast[\s-]month(?:'s)?\s+(?:\w+\s+)?(?:estimate|figures|numbers|data|snapshot)",
    r"\bbridge\s+to\s+the\s+(?:old|legacy|existing|current)\b",
    r"\bhard-?cod\w+|\bcanned\s+\w+|\bdummy\s+\w+|\bstaging\s+(?:table|area|bucket)\b|\bcron\b",
    r"\bpoll(?:s|ing)?\s+(?:the|a|their)\b|\bhybrid\b|\bcompatibility\s+mode\b",
    r"\bkeep\w*\s+(?:one|a|an|the)\s+(?:[\w-]+\s+){0,3}(?:alive|running|around|on\s+standby)\b",
    r"\bversion\s+(?:our|the|it|its|this|that)\b",
    r"\b(?:send|ship|release|publish|issue)\w*\s+(?:[\w'&-]+\s+){0,5}(?:anyway|regardless|as\s+is)\b",
    r"\bturn\w*\s+(?:the\s+|that\s+|it\s+)?(?:[\w-]+\s+){0,2}off\b|\bswitch\w*\s+(?:[\w-]+\s+){0,2}off\b",
    r"\bhid(?:e|ing)\s+the\b(?!\s+(?:problem|issue|risk|truth|gap|fact|bad))|\bdisabl\w+",
)

# Options laid before stakeholders are `align`, not `fix` (the rubric's line).
OPTIONS_WORD = _cue(
    # "three options", "the other option", "option B" -- not "the split-delivery option" in a UI
    r"\b(?:options|choices?|alternatives|trade-?offs?|paths|scenarios)\b",
    r"\b(?:an|another|one|other|best|first|second|third|last|each|that|this)\s+option\b|"
    r"\boption\s+(?:[a-d1-4]|one|two|three)\b",
    r"\beither\s+(?!way\b)\w",  # not "either way", nor "I won't mock it either."
    r"\bor\s+(?:we\s+)?(?:\w+\s+){0,6}or\b|(?<=[,:])or\b|(?<=[,:]\s)or\b|\bbetween\s+(?:\w+\s+){1,6}or\b",
    r"\b(?:choose|choosing|pick|picking|decide|deciding|decision)\s+between\b",
    r"\bwhether\s+(?:[\w'-]+\s+){1,10}or\b",
    # "plan B", "option A:" but not "I'd plan a phased cutover"
    r"\b(?:plan|option)\s+[ab]\b(?=\s*(?:[,.:;)]|is\b|would\b|and\b|or\b|$))",
)
COMMIT_IF = _rx(
    r"^(?:\W*(?:and|then|so|but|um|uh)\b)*\W*(?:(?:if|once|when)\s+(?:they|she|he|we|it's|it\s+is|"
    r"the|that's)\b|meanwhile\b|in\s+parallel\b|separately\b|regardless\b|either\s+way\b|whatever\s+"
    r"(?:they|she|he|happens)\b)[^?]*\b(?:I'd|I\s+would|I'll|we'd|we'll|we\s+would|we|I)\s+\w+",
)
# "I'd build the decoupling first": a clause that opens on the candidate's own action.
OWN_ACTION = _rx(
    r"^(?:\W*(?:and|then|so|but|um|uh|first|honestly)\b)*\W*(?:I'd|I\s+would|I'll|I\s+will|we'll|"
    r"we\s+will)\s+(?:\w+\s+)?(?:build|write|set|put|add|wire|route|stand|spin|run|load|hide|"
    r"turn|keep|rerun|ship|stub|mock|deploy|implement)\w*\b",
)
# Asking for a number gathers input for an assessment; it is not one.
COUNTING_QUESTION = _rx(r"how\s+(?:many|much)\b")
# "if they go card-only, ...": a fix named in the condition is theirs to choose, not ours.
CONDITION = _rx(
    r"(?:\W*(?:and|then|so|but|um|uh)\b)*\W*(?:if|unless|whether)\b"
    r"(?:(?!\b(?:I'd|we'd|I'll|we'll|I\s+would|we\s+would)\b)[^,;:])*")
# "One, we delay. Two, ... Three, we write a translation layer": options, one a sentence.
ENUMERATED = _rx(r"\W*(?:one|two|three|four|option\s+\w+|\(?[1-4a-d][.):]|or)[\s,:]")
RECOMMEND = _cue(
    # A recommendation counts when it names one ("my recommendation is the bridge"),
    # not "options plus a recommendation".
    r"\b(?:recommend(?:s|ed|ing)?|(?:my|the)\s+recommendation\s+(?:is|would\s+be|was)|"
    r"I'd\s+push\s+for|I'd\s+go\s+with|I'd\s+lean|"
    r"I'd\s+advocate|my\s+preference|I\s+prefer|I'd\s+prefer|I\s+propose|my\s+proposal)\b",
)

# --- surface: a dependency or mismatch made explicit as a risk -----------------------
RAISE = _cue(
    r"\b(?:I'd|I\s+would|I'll|I\s+will|we'd|we'll|to|and|would|will|must|should|let's|first|"
    r"immediately|then|I|we)\s+(?:\w+\s+)?flag\w*\b(?!\s+(?:it\s+)?(?:off|on)\b)",
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
    r"\bbe(?:ing)?\s+(?:really\s+)?(?:upfront|transparent|open|honest|clear|loud)\b",
    r"\bcommunicat\w+",
    r"\bshare\s+(?:that|this|it|the)\b",
    r"\bmention\w*|\bloop\w*\s+in\b|\breport\s+(?:it|this|that|the)\b|\bshout\w*",
    r"\bmake\s+the\s+(?:point|case)\b|\bexplain\w*\s+(?:that|to)\b",
)
MISMATCH = _cue(
    r"\blate\b|\blater\s+than\b|\blateness\b",
    r"\bdelay\w*|\bslip(?:s|ped|ping|page)?\b(?!\s+through)|\bbehind\b|\boverdue\b|\bpushed\s+(?:back|out)\b",
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
RELATION = _cue(
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
    r"\bhold(?:s|ing)?\s+(?:us|things|everything|the\s+\w+)\s+up\b|\bis\s+what\s+(?:[\w'&-]+\s+){1,4}on\b",
    r"\b(?:sits?|sitting|rides?|riding|hangs?|hanging|rests?|resting|hinges?|hinging)\s+"
    r"(?:(?:on|upon)\s+top\s+of|on|upon)\b",
    r"\b(?:can't|cannot|won't|couldn't|isn't|aren't|doesn't|not)\s+(?:[\w'-]+\s+){0,8}until\b",
)
FRAMING = _cue(
    r"\b(?:real|core|main|big|bigger|biggest|key|first|underlying|actual|root)\s+(?:issue|problem|risk|"
    r"concern|thing|question)\b",
    r"\b(?:issue|problem|risk|concern|headline|crux)\s+(?:here\s+|for\s+me\s+)?is\b",
    r"\b(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+(?:a|the|our)\s+(?:big\s+|real\s+|major\s+|"
    r"huge\s+)?(?:risk|problem|issue|red\s+flag)\b",
    r"\bas\s+a\s+risk\b|\bat\s+risk\b|\bred\s+flag\b|\belephant\b",
    r"\b(?:amber|red)\b|\b\w+est\s+risk\b|\brisk\s+on\s+the\s+(?:board|register|log)\b",
)
# Talk about dependencies in general ("every project has a million dependencies") is
# not this dependency made visible.
GENERIC = _rx(
    r"\b(?:always|every\s+(?:\w+\s+)?(?:project|integration|programme|program|vendor|job|time)|in\s+general|generally|in\s+my\s+experience|a\s+million|usually|typically|"
    r"the\s+whole\s+job|any\s+project|all\s+projects)\b")
# In an options list "slip go-live" is a choice, not a gap.
OPTION_VERB = _rx(r"(?:delay|slip|push|postpone|hold|move)\w*")
# Quoted speech after a colon is the candidate saying it: "The controller: 'APAC hasn't landed.'"
SPEECH = _rx("[:,]\\s*['\"\u201c\u2018]\\w")
# A premise for a fix, not a risk being raised: "since Acme is late, I'd stub it".
# (Patterns used with .match(text, pos) carry no "^": it would only match at 0.)
PREMISE = _rx(
    r"(?:\W*(?:so|well|okay|ok|um+|uh+|right|yeah|like|and|I\s+mean)\b\W*)*"
    r"(?:since|because|cause|given(?:\s+that)?|as|now\s+that|with|seeing\s+as|knowing|"
    r"considering|due\s+to|to\s+work\s+around|to\s+get\s+around|to\s+cover|to\s+handle|"
    r"to\s+deal\s+with|if)\b",
)

# --- assess: criticality and impact ---------------------------------------------------
ASSESS = _cue(
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

# --- align: options and trade-offs taken to the people who decide ------------------
STAKEHOLDER = _cue(
    r"\bstakeholders?\b|\bsponsors?\b|\bsteering\b|\bleadership\b|\bmanagement\b",
    r"\bexecs?\b|\bexecutives?\b|\bdecision[\s-]?makers?\b|\bthe\s+business\b",
    r"\bproduct\s+(?:owner|manager|lead|team|side)s?\b|\bpms?\b|\bpos?\b",
    r"\bcfo\b|\bcto\b|\bceo\b|\bcoo\b|\bvp\b|\bcontroller\b|\bsales\b|\bfinance\b|\bops\b",
    r"\boperations\b|\bsupport\b|\bclients?\b|\bcustomers?\b|\bcommercial\b|\bdirectors?\b",
    r"\bhead\s+of\b|\bowners?\b|\bleads?\b|\bmanagers?\b|\bcommittee\b|\bboss\b|\bmarketing\b",
    r"\bpartners?\b|\bvendors?\b|\bboard\b|\bthe\s+room\b|\bthe\s+group\b",
)
# Pronouns and crowds also name the people a decision goes to, but too loosely to
# turn a list into options on their own.
PEOPLE = _cue(
    r"\beveryone\b|\beverybody\b|\ball\s+(?:the\s+)?parties\b|\bpeople\b|\bthem\b|\bthey\b")
ALIGN_STRONG = _cue(
    r"\b(?:reset|set|setting|resetting|manage|managing|re-?set)\s+(?:\w+\s+){0,2}expectations\b",
    r"\bexpectations\b",
    r"\b(?:in|into)\s+(?:a|one|the\s+same)\s+room\b",
    r"\bdecision[\s-]?makers?\b|\bgo/no-?go\b",
    # Telling people what they will (not) get resets their expectations.
    r"\b(?:tell|telling|let|warn|warning|brief|briefing)\b[^.?!]{0,80}?\b(?:will\s+(?:come|go\s+out|"
    r"land|arrive|ship|slip|be\s+late|be\s+(?:\w+\s+)?only)|won't\s+(?:be\s+there|be\s+ready|have|"
    r"get|include|make\s+it)|(?:is|are)\s+(?:\w+\s+){0,4}only\b|instead\s+of\b)",
    r"\b(?:let|ask|asking|get)\s+(?:them|\w+)\s+(?:to\s+)?(?:decide|choose|pick|make\s+(?:the|that)\s+call|"
    r"weigh\s+in)\b",
    r"\b(?:their|the\s+business's|the\s+business')\s+(?:call|decision)\b",
    r"\bbuy-?in\b|\bconsensus\b|\bsign[\s-]?off\b|\bsign\s+(?:it|this|that)\s+off\b",
    r"\b(?:re)?negotiat\w+\s+(?:the\s+)?(?:date|scope|timeline|deadline)",
)
# Getting people together counts when there is something for them to decide.
MEETING = _cue(
    r"\b(?:get|bring|pull)\w*\s+(?:[\w'&-]+\s+){0,5}(?:together|on\s+the\s+same\s+page|"
    r"on\s+a\s+call|round\s+a\s+table|around\s+a\s+table)\b",
    r"\bsit\s+down\s+with\b|\bmeet\w*\s+with\b|\b(?:call|meeting|workshop|huddle)\s+with\b",
    r"\bput\w*\s+(?:[\w'&-]+\s+){0,5}in\s+front\s+of\s+(?:them|him|her|everyone|the\s+\w+|our\s+\w+)"
    r"\s*(?!creation|the\s+api|their\s+api)|\btak(?:e|ing)\s+(?:it|this|that|them)\s+to\b",
)
DECIDE = _cue(
    r"\bdecid\w*|\bdecision\w*|\bchoos\w*|\bchoice\w*|\bpick\b|\boptions?\b|\btrade-?offs?\b",
    r"\bthe\s+call\b|\bsign[\s-]?off\b|\bwhether\b|\bbetween\b|\bpaths\b|\balternatives\b",
    r"\bagree\w*\s+(?:on|to|a|the|which|what|how)\b",
)
ALIGN_WEAK = _cue(
    r"\balign\w*\s+(?:on|with|around)\b|\bagree(?:s|d)?\s+(?:on|with|to|a|the|which|what|how)\b",
    r"\bagreement\b|\bdecid\w*|\bdecision\w*|\bchoose\b|\bchoice\w*|\bpick\b(?!\s+(?:lists?|tickets?|up))",
    r"\boptions?\b|\btrade-?offs?\b|\balternatives\b",
    r"\bwalk\w*\s+(?:[\w'&-]+\s+){1,3}through\b|\bpresent\w*\b",
    r"\blay\w*\s+out\b|\bweigh\s+in\b",
    r"\bmov(?:e|ing)\s+the\s+(?:date|launch|deadline|cutover|go-?live)\b",
    r"\bpush(?:ing)?\s+(?:back\s+)?(?:the\s+)?(?:date|launch|deadline|cutover|go-?live)\b",
    r"\bde-?scop\w+|\bscope\s+(?:down|cut|change)\b|\bre-?plan\w*",
    r"\bconfirm\s+(?:which|what|whether)\b",
)

# --- clarify timing: ahead of delivery, or already in it? -----------------------------
TIMING_PHASE = _cue(
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
TIMING_STATED = _cue(
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
DELIVERY_STATE = _cue(
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
STATE_ASK = _rx(
    r"\b(?:already|yet|still|at\s+this\s+point)\b[^.!?]*\?|\?",
)
STATE_INFERRED = _rx(
    r"\b(?:I'll\s+assume|I\s+assume|assuming|I'm\s+assuming|I'm\s+reading\s+this\s+as|I'm\s+treating|"
    r"I'll\s+treat|sounds\s+like|so\s+we're|given\s+we|since\s+we're|I\s+take\s+it|it's\s+\w+\s+week|"
    r"this\s+is|we're|we\s+are)\b",
)
TIMING_ASK = _rx(
    r"\?",
    r"\bclarif\w*|\b(?:check|confirm)\b",
    r"\b(?:I'll|I\s+will|I'd|let\s+me|I'm\s+going\s+to|I'm\s+gonna|gonna)\s+assume\b",
    r"\bassum\w+|\bpresum\w+",
    r"\bare\s+we\b|\bis\s+this\b|\bdo\s+we\s+know\b|\bhave\s+we\b",
    r"\b(?:it\s+)?depends\s+(?:on\s+)?(?:whether|if|when)\b|\bwhether\b",
    r"\bif\s+(?:we're|we\s+are|this\s+is|it's|it\s+is|we've|we\s+have)\b",
)

# --- protect trust: nothing partial passes as complete ----------------------------
TRUST = _cue(
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

# --- text that addresses the grader instead of the interviewer ---------------------
INJECTION = _rx(
    r"\bgrader\b|\bgrading\b|\brubric\b|\bevaluator\b|\bscor(?:e|es|ing)\s+(?:this|me|it)\b",
    r"\bmark\s+(?:all|every|each)\s+(?:of\s+the\s+)?(?:flags?|moves?|box(?:es)?|criteri\w+|items?)\b|"
    r"\bmark\s+(?:all|every|each)\s+(?:[\w-]+\s+){0,3}(?:as\s+)?(?:true|yes|passed|present)\b|\ball\s+(?:the\s+|your\s+)?flags\b|\bflags?\s+(?:as\s+|to\s+)?true\b",
    r"\bignore\s+(?:all\s+|any\s+|the\s+|your\s+)?(?:previous|prior|above|earlier|other)?\s*"
    r"(?:instructions|rules|guidelines|criteria)\b",
    r"\bsystem\s*:|\bthe\s+candidate\s+(?:has|did|is|clearly)\b|\bset\s+all\b|\bsystem\s+prompt\b|\bas\s+an\s+ai\b|\blanguage\s+model\b|\bllm\b",
    r"\b(?:surfaced_dependency|dependency_before_fix|proposed_fix|clarified_timing)\b",
    # Reciting the framework's labels ("Surface: the dependency. Assess: the impact.")
    r"\b(?:surface|assess|align|fix)\s*:\s*the\s+(?:dependency|impact|stakeholders|fix)\b|"
    r"\bfull\s+marks\b|\bperfect\s+score\b|\b10\s*/\s*10\b",
    # Claims about the answer itself ("I surfaced the dependency before the fix") are
    # addressed to whoever scores it, not to the interviewer.
    r"\bI(?:'ve|\s+have)?\s+(?:already\s+)?(?:surfaced|covered|hit|ticked|nailed|followed)\s+"
    r"(?:the|all|every|each)\s+(?:\w+\s+){0,2}(?:dependency|moves?|steps?|boxes|framework|flags?)",
)
