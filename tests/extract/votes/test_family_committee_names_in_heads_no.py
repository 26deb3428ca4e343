"""Family 7 (nb, nn): a committee named "<X>utvalg for <field> og <field>" in a protocol's head ends where a
capitalised word begins ("Hovedutvalg for oppvekst og kultur Protokoll fra møte tirsdag 22.09.2026": the lines
of a head are often joined into one), in any letter case of the name itself. A case header's archive number
keeps out of the case title when the column gap before it was lost ("PS 34/26 Åpningstider Arkivsak 26/1950")."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

CASE = "\n\nPS 34/26  Åpningstider ved biblioteket\nVedtak: Saken ble utsatt.\n"

HEADS = [
    ("nb", "BAMBLE KOMMUNE - Hovedutvalg for oppvekst og kultur\nProtokoll fra møte tirsdag 22.09.2026",
     "Hovedutvalg for oppvekst og kultur"),
    ("nb", "Protokoll fra Utvalg for helse og omsorg 12.03.2026", "Utvalg for helse og omsorg"),
    ("nb", "Hovedutvalg for teknikk, miljø og landbruk Møtebok 12.03.2026",
     "Hovedutvalg for teknikk, miljø og landbruk"),
    ("nb", "HOVEDUTVALG FOR OPPVEKST OG KULTUR 12.03.2026", "Hovedutvalg for oppvekst og kultur"),
    ("nn", "Utval for plan og næring Møtebok 12.03.2026", "Utval for plan og næring"),
    ("nn", "Hovudutval for helse og omsorg\nMøteprotokoll onsdag 11.03.2026", "Hovudutval for helse og omsorg"),
]


@pytest.mark.parametrize(("language", "head", "body"), HEADS)
def test_a_committee_name_in_the_head_ends_at_the_next_capitalised_word(language, head, body):
    assert [r.body for r in votes(head + CASE, language)] == [body]


@pytest.mark.parametrize(
    ("language", "header", "archive"),
    [
        ("nb", "PS 34/26  Åpningstider ved Bamble bibliotek  Arkivsak 26/1950", "26/1950"),
        ("nb", "PS 34/26 Åpningstider ved Bamble bibliotek Saksnr. 26/1950", "26/1950"),
        ("nn", "PS 34/26  Åpningstider ved Bamble bibliotek  Arkivsak: 26/1950", "26/1950"),
        ("nb", "Sak 34/26  Åpningstider ved Bamble bibliotek  Arkivnr 26/1950", "26/1950"),
        ("nn", "PS 34/26 Åpningstider ved Bamble bibliotek Arkivsaksnr. 26/1950", "26/1950"),
    ],
)
def test_an_archive_number_after_the_title_is_no_part_of_it(language, header, archive):
    text = "Formannskapet\nMøtedato: 12.03.2026\n\n" + header + "\nVedtak: Saken ble utsatt.\n"
    rows = votes(text, language)
    assert [(r.subject, r.archive_case) for r in rows] == [("Åpningstider ved Bamble bibliotek", archive)]


def test_a_title_ending_in_a_number_of_its_own_keeps_it():
    text = "Formannskapet\nMøtedato: 12.03.2026\n\nPS 35/26 Budsjettregulering nr. 2/2026\nVedtak: Saken ble utsatt.\n"
    assert [r.subject for r in votes(text, "nb")] == ["Budsjettregulering nr. 2/2026"]
