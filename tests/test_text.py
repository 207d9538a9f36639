from interviewer.text import locate, normalise


def test_normalise_collapses_whitespace() -> None:
    assert normalise("  a \n\t b  ") == "a b"


def test_locate_ignores_whitespace_differences_and_reports_original_offsets() -> None:
    reply = "So um,\n  first I'd   flag it\nto the PM."
    span = locate("first I'd flag it to the PM", reply)
    assert span is not None
    start, end = span
    assert reply[start:end] == "first I'd   flag it\nto the PM"


def test_locate_missing_and_empty() -> None:
    assert locate("not there", "some reply") is None
    assert locate("   ", "some reply") is None


def test_locate_start_at_skips_earlier_occurrences() -> None:
    reply = "stub it. later: stub it."
    assert locate("stub it", reply) == (0, 7)
    assert locate("stub it", reply, start_at=1) == (16, 23)
