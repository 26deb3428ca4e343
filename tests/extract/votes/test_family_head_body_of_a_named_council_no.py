"""A Norwegian protocol's head names its body after the municipality, in the indefinite form ("Møtebok – Haram
kommunestyre", "Sirdal formannskap – møteprotokoll"), and an agenda listed right under the head ("Sakliste" /
"PS 2/26 Val av nytt medlem til kontrollutvalet") is a list of cases: a body named inside a case line is that
case's subject, never the meeting's body."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

AGENDA = "\nSakliste\nPS 1/26   Val av nytt medlem til kontrollutvalet\nPS 2/26   Budsjett 2026\n"
CASES = (
    "\nPS 1/26 Val av nytt medlem til kontrollutvalet\nVedtak: Kari Nes vart samrøystes vald.\n"
    "\nPS 2/26 Budsjett 2026\nVedtak: Budsjettet vart vedteke med 20 mot 7 røyster.\n"
)

HEADS = [
    ("nn", "HARAM KOMMUNE\nMøtebok – Haram kommunestyre\nMøtedag: torsdag 29. januar 2026", "Haram kommunestyre"),
    ("nn", "Sirdal formannskap – møteprotokoll\nMøtedato: 12.03.2026", "Sirdal formannskap"),
    ("nb", "Møteprotokoll\nBamble bystyre\nDato: 12.03.2026 kl. 18:00", "Bamble bystyre"),
    ("nb", "Protokoll fra møte i Lunner kommunestyre\nMøtedato: 05.02.2026", "Lunner kommunestyre"),
    ("nn", "Ulvik heradsstyre, møte 18.06.2026\nStad: Heradshuset", "Ulvik heradsstyre"),
]


@pytest.mark.parametrize(("language", "head", "body"), HEADS)
def test_the_head_names_the_council_after_the_municipality(language, head, body):
    assert {r.body for r in votes(head + "\n" + AGENDA + CASES, language)} == {body}


@pytest.mark.parametrize(
    ("language", "head", "body"),
    [
        ("nn", "Møtebok – Kommunestyret\nMøtedag: 29.01.2026", "Kommunestyret"),
        ("nb", "Protokoll – Formannskapet\nDato: 12.03.2026", "Formannskapet"),
    ],
)
def test_a_case_line_of_the_agenda_names_no_body_of_the_meeting(language, head, body):
    assert {r.body for r in votes(head + "\n" + AGENDA + CASES, language)} == {body}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Innkalling til møte i kommunestyre og formannskap\nDato: 12.03.2026"),
        ("nb", "Sakliste Kommunestyre 12.03.2026"),
    ],
)
def test_a_lower_case_or_listing_word_before_the_body_noun_is_no_municipality(language, text):
    assert all(r.body is None or " " not in r.body for r in votes(text + "\n" + CASES, language))


@pytest.mark.parametrize(
    ("language", "head"),
    [
        ("nn", "Møtebok\nMøtedag: 29.01.2026\nSakliste\nPS 1/26   Val av nytt medlem til kontrollutvalet\n"),
        ("nn", "Møtebok\nMøtedag: 29.01.2026\n"),
        ("nb", "Møteprotokoll\nDato: 12.03.2026\nSak 1/26 Valg av medlem til kontrollutvalget\n"),
    ],
)
def test_a_body_named_only_in_a_case_line_is_not_the_meetings_body(language, head):
    assert {r.body for r in votes(head + CASES, language)} == {None}
