"""`interviewer grade --explain`: per clause, why a move was or was not credited."""

from __future__ import annotations

import json

from conftest import run_cli


def test_explain_shows_scores_cues_and_vetoes_per_clause() -> None:
    reply = "I wouldn't stub it. Our launch depends on Acme's accounts API, and I'd flag it."
    out = run_cli("grade", "--scenario", "crm-vendor-late", "--explain", stdin=reply,
                  env={"NO_COLOR": "1"})
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "@0  “I wouldn't stub it.”" in text
    assert "vetoed: remedy (negated)" in text  # the stub is negated, so no fix
    assert "yes surface" in text and "c:relation" in text
    assert "no  fix" in text


def test_explain_json_lists_every_clause_with_every_move() -> None:
    reply = "Since Acme is late, I'd stub their API. Dependencies matter."
    out = run_cli("grade", "--scenario", "crm-vendor-late", "--explain", "--json", stdin=reply)
    assert out.returncode == 0, out.stderr
    clauses = json.loads(out.stdout)["clauses"]
    assert [c["text"] for c in clauses] == ["Since Acme is late, I'd stub their API.",
                                            "Dependencies matter."]
    by_move = [{m["move"]: m["found"] for m in c["moves"]} for c in clauses]
    assert by_move[0]["fix"] and not by_move[0]["surface"]  # lateness as a premise
    assert not any(by_move[1].values())  # names nothing that depends on anything
    assert all(len(c["moves"]) == 6 for c in clauses)


def test_explain_of_a_long_clause_is_cut_in_the_middle() -> None:
    reply = "We depend on Acme " + "and so on " * 200 + "and that is all."
    out = run_cli("grade", "--scenario", "crm-vendor-late", "--explain", stdin=reply)
    first = out.stdout.splitlines()[0]
    assert " … " in first and len(first) < 200
