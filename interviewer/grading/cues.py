"""Named cues: short phrases that signal a move, each with examples that must fire.

A cue is evidence *for a feature*, not a verdict: the learned model
(`model.py`) weighs every cue with the words around it, negation, the
scenario's own nouns and the clause's place in the reply. So a cue list stays
short and general; words that belong to one scenario (its vendor, its
systems) come from the scenario file, never from here.

Phrases are matched on stemmed tokens (`tokens.stem`); `*` stands for any one
token. Every cue carries `fires` (a clause it must be found in) and `quiet`
(a clause it must not be found in), checked by one parametrised test.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    name: str
    phrases: tuple[str, ...]
    fires: tuple[str, ...]
    quiet: tuple[str, ...] = ()


CUES: tuple[Cue, ...] = (
    # -- the dependency relation and the gap ---------------------------------------
    Cue("relation", (
        "depend on", "depends on", "dependent on", "dependency on", "dependency is",
        "depend upon", "hinge on", "hinges on", "rely on", "relies on", "reliant on",
        "gated on", "gated by", "gate on", "blocked on", "blocked by", "block by",
        "critical path", "upstream", "downstream of", "long pole", "pacing item",
        "tied to", "coupled to", "hostage to", "contingent on", "prerequisite",
        "waiting on", "waiting for", "wait on", "wait for", "sits on", "rides on",
        "nothing moves until", "can't * without", "cannot * without", "only works if",
        "out of our hands", "we don't control", "before we can", "needs their",
        "held up by", "holding up", "holds up", "blocker", "stuck on", "sits behind",
        "on top of their", "counting on", "the thing we need", "need from",
    ), fires=("our launch depends on their accounts API", "we're gated on the depot's drop",
              "the critical path runs through the lab feed"),
        quiet=("it depends how quickly they move",)),
    Cue("gap", (
        "late", "later than", "delay", "delayed", "slip", "slipped", "slipping", "behind",
        "overdue", "pushed back", "pushed out", "missing", "not arrived", "hasn't arrived",
        "haven't arrived", "not landed", "hasn't landed", "not there", "not ready",
        "won't be ready", "isn't ready", "aren't ready", "not done", "isn't done",
        "not finished", "half done", "partly ready", "partially ready", "incomplete",
        "gap", "mismatch", "misaligned", "out of sync", "doesn't match", "don't match",
        "doesn't line up", "won't line up", "conflict", "clash", "gone quiet", "no response",
        "radio silence", "not certified", "isn't certified", "fails", "failed", "stale",
        "short of", "only half", "after our", "after go live", "after launch",
        "after cutover", "weeks late", "days late", "not until", "still waiting",
        "their drop", "drop is", "won't make", "not going to make", "outstanding",
        "not in yet", "hasn't come", "haven't come", "not coming", "hasn't sent",
        "haven't sent", "didn't send", "hasn't delivered", "not delivered",
    ), fires=("the APAC file still isn't here, it's missing", "their drop slipped two weeks"),
        quiet=("we ship on Monday",)),
    Cue("raise", (
        "flag", "raise", "escalate", "call out", "surface", "highlight", "point out",
        "make visible", "make it visible", "make * visible", "heads up", "warn", "alert",
        "tell", "inform", "let * know", "let * * know", "let them know", "brief", "put it to",
        "in front of", "in writing", "on the radar", "on the table", "risk register",
        "raid log", "talk to", "speak to", "speak with", "call", "phone", "ring", "email",
        "ping", "message", "go to", "take it to", "bring it up", "bring up", "loop in",
        "mention", "communicate", "be upfront", "be transparent", "be honest", "be clear",
        "chase", "say", "explain", "share", "report", "make * aware", "make noise",
        "shout", "get on the phone", "walk over",
    ), fires=("I'd flag it to the controller today", "first I'd let the PM know",
              "I'd escalate to the steerco"),
        quiet=("we build the adapter",)),
    Cue("framing", (
        "the risk", "a risk", "real issue", "the issue is", "the problem is", "main risk",
        "biggest risk", "key risk", "at risk", "red flag", "the crux", "the headline",
        "the real problem", "core issue", "the elephant", "the concern",
    ), fires=("the real issue is the lab feed", "Thursday is at risk"),
        quiet=("we ship on Monday",)),
    # -- impact ------------------------------------------------------------------
    Cue("impact", (
        "impact", "affect", "affects", "means", "which means", "so that means", "blocks",
        "blocking", "block the", "stops", "breaks", "can't", "cannot", "won't be able",
        "unable", "every", "all of", "nobody can", "no one can", "cost", "costs",
        "penalty", "fine", "regulator", "revenue", "customers", "severity", "severe",
        "critical", "showstopper", "show stopper", "must have", "nice to have",
        "degrade", "degraded", "blast radius", "how bad", "how many", "how much",
        "percent", "per cent", "proportion", "share of", "a fifth", "a third", "half of",
        "worst case", "downside", "exposure", "consequence", "knock on", "knock-on",
        "hit", "lose", "losing", "miss", "end up", "manual job", "backlog", "safety",
        "compliance", "legal", "sla", "breach", "if we go live", "if we launch",
        "if we ship", "without it", "without them", "size it", "sizing", "quantify",
        "at risk", "breach", "material", "materially", "fewer", "less", "off the table",
        "total", "lock out", "locked out", "everyone", "nobody", "wrong", "hurt", "pain",
        "degrading", "blocking", "not blocking", "big part", "small part", "most of",
        "matters most", "what matters", "the damage", "damage", "fall over", "falls over",
        "in breach", "liable", "complaints", "queue", "delays", "outage", "downtime",
        "risk to", "exposed", "exposure", "affected", "impacted", "who is affected",
        "how serious", "serious", "minor", "major", "priority", "p1", "day one",
    ), fires=("without it every refund becomes a manual job",
              "that blocks the close, it isn't just degraded"),
        quiet=("I'd build a stub",)),
    # -- options to people who decide ------------------------------------------------
    Cue("options", (
        "option", "options", "choice", "choices", "alternative", "alternatives",
        "trade off", "trade-off", "tradeoff", "either", "or we", "plan a", "plan b",
        "two ways", "three ways", "pros and cons",
    ), fires=("I'd give them three options", "either we delay or we go partial"),
        quiet=("I'd build a stub",)),
    Cue("decide", (
        "decide", "decision", "their call", "your call", "sign off", "signoff", "sign-off",
        "agree", "agreement", "align", "buy in", "buy-in", "approve", "approval",
        "choose", "pick", "steerco", "steering", "sponsor", "stakeholder", "stakeholders",
        "reset expectations", "expectations", "get everyone", "in a room", "meeting",
        "workshop", "get them together", "on the same page", "consensus", "negotiate",
        "renegotiate", "push back on the date", "move the date", "delay the",
        "delay go live", "delay launch", "slip the date", "push the date", "descope",
        "de-scope", "scope", "partial delivery", "go partial", "phase it", "decouple",
    ), fires=("I'd get the sponsor to decide", "ask steerco to choose", "reset expectations"),
        quiet=("I'd build a stub",)),
    # -- a remedy the candidate would build or run ---------------------------------
    Cue("remedy", (
        "stub", "mock", "fake", "simulator", "feature flag", "toggle", "flag it off",
        "behind a flag", "version", "versioning", "backward compatible", "phased", "phase",
        "phases", "phase one", "rollout", "roll out", "canary", "adapter", "shim",
        "wrapper", "facade", "middleware", "mapping", "translation layer", "converter",
        "workaround", "work around", "stopgap", "stop gap", "interim", "temporary",
        "backfill", "back fill", "reprocess", "rerun", "replay", "manual", "manually",
        "by hand", "spreadsheet", "csv", "queue", "buffer", "retry", "fallback",
        "fall back", "placeholder", "estimate", "estimates", "last month", "last week's",
        "previous", "contract test", "sandbox", "hotfix", "patch", "script", "batch",
        "cron", "nightly", "dual run", "parallel run", "in parallel", "run both",
        "old system", "legacy", "existing system", "current system", "keep the old",
        "ourselves", "myself", "key in", "key them in", "paper", "print", "hard code",
        "hardcode", "dummy", "staging", "cache", "poll", "hybrid", "bridge", "proxy",
        "import", "export", "upload", "pull the", "extract", "load", "reconcile",
        "build", "write", "set up", "stand up", "spin up", "configure", "deploy",
        "ship what we have", "go live with", "launch with", "launch without",
        "go live without", "ship without", "cut over", "switch over", "swap",
        "thin slice", "mvp", "cut down", "reduced", "limited", "subset",
    ), fires=("I'd stub their API behind a feature flag", "we key the orders in by hand",
              "pull the numbers from their ERP myself"),
        quiet=("I'd tell the controller",)),
    # -- timing -------------------------------------------------------------------
    Cue("phase", (
        "ahead of delivery", "ahead of", "before delivery", "in delivery", "mid delivery",
        "delivery phase", "already in", "already live", "already mid", "mid rollout",
        "mid-rollout", "mid cutover", "planning phase", "still planning", "in planning",
        "weeks out", "days out", "weeks ahead", "weeks before", "days before",
        "before go live", "before launch", "already underway", "under way", "in flight",
        "already started", "already begun", "we're live", "are we live", "pre launch",
        "post launch", "early enough", "this late", "at this stage", "how far",
        "have we started", "are we already", "are we still", "is this before",
        "is this after", "spotted early", "found early",
    ), fires=("are we ahead of delivery or already in it", "we're six weeks ahead of cutover"),
        quiet=("launch is on the 3rd",)),
    Cue("assume", (
        "i'll assume", "i will assume", "i'm assuming", "i am assuming", "assuming",
        "assume", "i take it", "i'll take it", "sounds like", "it sounds like",
        "just to clarify", "to clarify", "clarify", "quick question", "first question",
        "can i check", "can i ask", "let me check", "so we're", "so we are", "i guess we're",
        "if we're", "if we are", "correct", "right",
    ), fires=("I'll assume we're already mid-delivery", "just to clarify, are we ahead"),
        quiet=("I'd stub it",)),
    # -- keeping the delivery honest ----------------------------------------------
    Cue("honest", (
        "label", "labelled", "labeled", "mark", "marked", "clearly", "plainly", "honest",
        "honestly", "transparent", "caveat", "caveated", "disclaimer", "banner", "watermark",
        "not green", "amber", "red", "provisional", "estimate", "draft", "partial",
        "incomplete", "missing", "not complete", "not the full", "not final", "pass as",
        "passes as", "pass off", "mistake it", "mistaken", "misleading", "mislead",
        "nobody thinks", "no one thinks", "nobody assumes", "pretend", "quietly",
        "silently", "hide", "hidden", "trust", "confidence", "in the header",
        "on page one", "front page", "cover note", "says which", "say which",
        "what's missing", "what is missing", "what's in", "what isn't", "exactly what",
        "spell out", "release notes", "known issue", "known limitation", "status page",
        "footnote", "placeholder row", "coming soon", "indicative", "subject to", "excluded",
        "not received", "in writing", "know exactly", "flagged as", "shown as", "tagged",
        "greyed out", "asterisk", "note on", "note saying", "says clearly", "visible gap",
        "expectation", "no surprises", "surprise", "find out", "finding out", "restat",
        "overstate", "understate", "as if", "complete when", "looks complete", "look complete",
        "full picture", "confidence in", "trust in", "credib",
    ), fires=("the pack says on page one that APAC is missing", "it stays amber, not green"),
        quiet=("I'd build a stub",)),
    # -- who speaks, and how firmly ------------------------------------------------
    Cue("first_person", (
        "i", "i'd", "i'll", "i'm", "i would", "i will", "we", "we'd", "we'll", "let's",
        "my", "me", "myself", "our",
    ), fires=("I'd build it",), quiet=("they build it",)),
    Cue("others_idea", (
        "will say", "would say", "might say", "will suggest", "might suggest",
        "would suggest", "will want", "will push", "suggested", "proposed", "floated",
        "pitched", "someone will", "people will", "the team will want", "they'll want",
        "they will want",
    ), fires=("the dev lead will say let's just fake it",), quiet=("I'd fake it",)),
    Cue("story", (
        "last place", "last job", "last company", "previous job", "previous company",
        "at my last", "once had", "we had", "there was", "years ago", "back when",
        "in my experience", "i've seen", "i have seen", "happened to me", "i remember",
    ), fires=("at my last place we had exactly this",), quiet=("I'd build it",)),
    Cue("generic", (
        "always", "every project", "all projects", "any project", "in general", "generally",
        "usually", "typically", "matter", "matters", "important", "a dependency",
        "dependencies", "there's a dependency", "there is a dependency",
    ), fires=("dependencies matter", "every project has dependencies"),
        quiet=("our launch depends on the vendor",)),
    Cue("premise", (
        "since", "because", "given", "given that", "as", "now that", "seeing as",
        "so", "to work around", "to get around", "to cover", "once", "when", "until",
    ), fires=("since the vendor is late, I'd stub it",), quiet=("I'd build it",)),
    Cue("hedge_no", (
        "not sure", "no idea", "don't know", "dunno", "pass", "no clue", "hmm",
    ), fires=("not sure",), quiet=("I'd build it",)),
)
