"""The `fix` move, and what turns a listed fix into options for someone else."""

from __future__ import annotations

from interviewer.grading.lexicon._build import cue, rx

# --- fix: a specific technical remediation -----------------------------------------
FIX = cue(
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
    r"\b(?:go(?:ing)?|went)\s+live\s+(?:\w+\s+){0,2}with\s+(?:just\s+|only\s+)?(?:the\s+)?(?:card|cards|what)\b",
    r"\bjust\s+(?:go\s+live|ship\s+it|launch)\b|\bsend\s+it\s+(?:\w+\s+)?with\b|\b(?:last|previous|prior)-month\b",
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
    # everyday stand-ins: doing it ourselves, pointing at the old thing, a piece in between
    r"\bourselves\b|\bon\s+our\s+(?:side|end)\b|\bour\s+own\s+(?:[\w-]+\s+)?(?:conversion|mapping|"
    r"copy|version|rates|list|service|import|export|load)\b",
    r"\bpoint\w*\s+(?!people|customers|users|them|everyone|fingers)(?:the\s+|our\s+|it\s+)?"
    r"(?:[\w-]+\s+){0,2}at\s+(?:the\s+|their\s+|[\w-]+'s\s+)",
    r"\bsmall\s+(?:piece|service|layer|job|bit|script|app|tool)\b|\b(?:in[\s-]between)\s+(?:bit|piece|"
    r"layer|service|step)\b|\bpiece\s+in\s+between\b",
    r"\btemporar(?:y|ily)\s+(?:[\w-]+\s+)?(?:login|service|path|process|route|endpoint|table|copy|"
    r"feed|export|import|fix|solution|screen|version|mapping|rates?)\b|\bprototype\b",
    r"\bswap\w*\s+(?:them|it|theirs|their\s+\w+|the\s+\w+)\s+(?:in|over)\b|\bswap\w*\s+(?:[\w-]+\s+){0,3}"
    r"for\s+(?:the\s+)?(?:old|their|our)\b|\bswitch\w*\s+(?:the\s+\w+\s+)?over\b",
    r"\b(?:dump|copy|load|export|sync)\w*\s+(?:[\w'-]+\s+){0,5}(?:every\s+night|nightly|daily|each\s+"
    r"night|once\s+a\s+day)\b|\bnightly\s+(?:load|dump|copy|job)\b",
    r"\b(?:screen|button|tab|page|feature|menu|section)\s+hidden\b|\bkeep\s+back\b",
    r"\bwith\s+the\s+(?:[\w-]+\s+){0,2}(?:we\s+have|we've\s+got)\b|\bgoes\s+straight\s+through\b|"
    r"\b(?:run|build|close|publish)\w*\s+(?:[\w-]+\s+){0,3}(?:for|with)\s+the\s+other\s+"
    r"(?:three|two|regions|feeds|\w+\s+regions)\b",
)

# "The dev lead will say let's just fake it": someone else's idea, which the
# candidate is about to weigh, is not the candidate's fix.
OTHERS_IDEA = rx(
    r"\b(?:will|'ll|would|might|may|could)\s+(?:probably\s+|likely\s+|definitely\s+|surely\s+)?"
    r"(?:say|suggest|want|propose|push|argue|ask)\w*\b|\b(?:floated|suggested|proposed|pitched)\b")
FIRST_PERSON = rx(r"\b(?:I|I'd|I'll|I'm|we|we'd|we'll|my|me)\b")
# "the status report would say 'SSO pending'" is the candidate's own document talking.
DOCUMENT = rx(r"\b(?:report|status|dashboard|email|note|notes|banner|label|page|message|screen|"
              r"pack|update|it|that|this)\b")

# Options laid before stakeholders are `align`, not `fix` (the rubric's line).
OPTIONS_WORD = cue(
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
COMMIT_IF = rx(
    r"^(?:\W*(?:and|then|so|but|um|uh)\b)*\W*(?:(?:if|once|when)\s+(?:they|she|he|we|it's|it\s+is|"
    r"the|that's)\b|meanwhile\b|in\s+parallel\b|separately\b|regardless\b|either\s+way\b|whatever\s+"
    r"(?:they|she|he|happens)\b)[^?]*\b(?:I'd|I\s+would|I'll|we'd|we'll|we\s+would|we|I)\s+\w+",
)
# "I'd build the decoupling first": a clause that opens on the candidate's own action.
OWN_ACTION = rx(
    r"^(?:\W*(?:and|then|so|but|um|uh|first|honestly)\b)*\W*(?:I'd|I\s+would|I'll|I\s+will|we'll|"
    r"we\s+will)\s+(?:\w+\s+)?(?:build|write|set|put|add|wire|route|stand|spin|run|load|hide|"
    r"turn|keep|rerun|ship|stub|mock|deploy|implement)\w*\b",
)
# Asking for a number gathers input for an assessment; it is not one.
COUNTING_QUESTION = rx(r"how\s+(?:many|much)\b")
# "if they go card-only, ...": a fix named in the condition is theirs to choose, not ours.
CONDITION = rx(
    r"(?:\W*(?:and|then|so|but|um|uh)\b)*\W*(?:if|unless|whether)\b"
    r"(?:(?!\b(?:I'd|we'd|I'll|we'll|I\s+would|we\s+would)\b)[^,;:])*")
# "One, we delay. Two, ... Three, we write a translation layer": options, one a sentence.
ENUMERATED = rx(r"\W*(?:one|two|three|four|option\s+\w+|\(?[1-4a-d][.):]|or)[\s,:]")
RECOMMEND = cue(
    # A recommendation counts when it names one ("my recommendation is the bridge"),
    # not "options plus a recommendation".
    r"\b(?:recommend(?:s|ed|ing)?|(?:my|the)\s+recommendation\s+(?:is|would\s+be|was)|"
    r"I'd\s+push\s+for|I'd\s+go\s+with|I'd\s+lean|"
    r"I'd\s+advocate|my\s+preference|I\s+prefer|I'd\s+prefer|I\s+propose|my\s+proposal)\b",
)
