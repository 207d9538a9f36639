"""The `align` move: options and trade-offs taken to the people who decide."""

from __future__ import annotations

from interviewer.grading.lexicon._build import cue

# --- align: options and trade-offs taken to the people who decide ------------------
STAKEHOLDER = cue(
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
PEOPLE = cue(
    r"\beveryone\b|\beverybody\b|\ball\s+(?:the\s+)?parties\b|\bpeople\b|\bthem\b|\bthey\b")
ALIGN_STRONG = cue(
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
MEETING = cue(
    r"\b(?:get|bring|pull)\w*\s+(?:[\w'&-]+\s+){0,5}(?:together|on\s+the\s+same\s+page|"
    r"on\s+a\s+call|round\s+a\s+table|around\s+a\s+table)\b",
    r"\bsit\s+down\s+with\b|\bmeet\w*\s+with\b|\b(?:call|meeting|workshop|huddle)\s+with\b",
    r"\bput\w*\s+(?:[\w'&-]+\s+){0,5}in\s+front\s+of\s+(?:them|him|her|everyone|the\s+\w+|our\s+\w+)"
    r"\s*(?!creation|the\s+api|their\s+api)|\btak(?:e|ing)\s+(?:it|this|that|them)\s+to\b",
)
DECIDE = cue(
    r"\bdecid\w*|\bdecision\w*|\bchoos\w*|\bchoice\w*|\bpick\b|\boptions?\b|\btrade-?offs?\b",
    r"\bthe\s+call\b|\bsign[\s-]?off\b|\bwhether\b|\bbetween\b|\bpaths\b|\balternatives\b",
    r"\bagree\w*\s+(?:on|to|a|the|which|what|how)\b",
)
ALIGN_WEAK = cue(
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
