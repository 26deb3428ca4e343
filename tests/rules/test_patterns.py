"""The regex helpers every table's rules compile their word lists with."""

import re

from pipeline.rules import alternation, whole_words


def test_an_empty_word_list_matches_nothing():
    assert re.search(alternation([]), "any text at all") is None
    assert re.search(whole_words([]), "") is None


def test_alternation_is_one_group_so_a_suffix_applies_to_every_fragment():
    pattern = re.compile(alternation(["vedtaget", "godkendt"]) + r"\.$")
    assert pattern.search("Forslaget blev godkendt.")
    assert not pattern.search("Forslaget blev godkendt")


def test_whole_words_do_not_match_inside_a_longer_word():
    pattern = re.compile(whole_words(["klima", "miljø"]), re.IGNORECASE)
    assert pattern.search("Klima og miljø")
    assert not pattern.search("klimaplan og miljøzone")
