from interviewer._internal.text import locate, normalise, sentence


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


def test_locate_agrees_with_a_character_by_character_reference() -> None:
    """Every substring of a messy reply, re-spaced, is found where it stands."""
    reply = "  So,\tum  first   I'd\n\nflag it. Then  stub it;  then flag it.  "
    words = reply.split()
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            quote = "\n ".join(words[i:j])
            span = locate(quote, reply)
            assert span is not None
            start, end = span
            assert normalise(reply[start:end]) == " ".join(words[i:j])
            assert not reply[start].isspace() and not reply[end - 1].isspace()
    assert locate("flag it", reply, start_at=20) == (reply.index("flag it", 20),
                                                     reply.index("flag it", 20) + 7)
    assert locate("flag it", reply, start_at=len(reply)) is None


def test_sentence_adds_a_full_stop_only_where_none_is() -> None:
    assert sentence("the server is down") == "the server is down."
    for ended in ("is it running?", "done.", "stop!", "and so on…", "it said “stop.”"):
        assert sentence(ended) == ended
