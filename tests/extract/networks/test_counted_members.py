"""A national association named in a document's own membership list counts as a row (`counted_member`): the
gazetteer is read into one alias table per category set, first entry kept, instead of scanned per cell segment."""

from __future__ import annotations

import pytest

from pipeline.extract.networks.rules import counted_member, cues, gazetteer


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_every_alias_of_a_counted_category_finds_the_first_entry_holding_it(language: str) -> None:
    categories = cues(language).membership_only
    counted = [(e, {a.casefold() for a in e.aliases}) for e in gazetteer() if e.category in categories]
    assert counted, "the rules name counted categories the gazetteer has"
    for entry in gazetteer():
        for alias in entry.aliases:
            for name in (alias, alias.upper(), alias.lower()):
                first = next((e for e, folded in counted if name.casefold() in folded), None)
                assert counted_member(name, categories) is first


def test_a_name_no_counted_entry_holds_is_no_member() -> None:
    categories = cues("nl").membership_only
    assert counted_member("Vereniging van Nergens", categories) is None
    assert counted_member("", categories) is None
