"""A case titled by a member's proposal with its words quoted ("FS-16/26  Framlegg frå Kari Dahl (SV): «Kommunen
inngår ...»", "PS 8/26 Forslag fra Ola Berg (H): «...»"), in decision lists and case protocols, Bokmål and
Nynorsk: the decision on the case is about the quoted words, moved by the member. Look-alikes: a title naming a
member's proposal without quoting it, and a quoted title that names no member, keep the title as the subject.
All texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {"nb": "Formannskapet\n\nMøtedato: 10.03.2026\n\n", "nn": "Formannskapet\n\nMøtedato: 10.03.2026\n\n"}

CASES = [
    (
        "nn",
        "FS-16/26  Framlegg frå Kari Dahl (SV): «Kommunen inngår avtale om gratis skulefrukt.»\n"
        "          Framlegget fall, 2 mot 5.\n",
        ("Kommunen inngår avtale om gratis skulefrukt", "Kari Dahl", "rejected"),
    ),
    (
        "nb",
        "FS-16/26  Forslag fra Ola Berg (H): «Eiendomsskatten fjernes fra 2027.»\n          Forslaget falt, 3 mot 4.\n",
        ("Eiendomsskatten fjernes fra 2027", "Ola Berg", "rejected"),
    ),
    (
        "nb",
        "PS 8/26 Forslag fra Eva Lie (V): «Kommunen etablerer en ordning med bysykler.»\n\nVedtak: Forslaget ble "
        "vedtatt med 4 mot 3 stemmer.\n",
        ("Kommunen etablerer en ordning med bysykler", "Eva Lie", "adopted"),
    ),
    (
        "nn",
        "Sak 8/26 Framlegg frå Nils Haug (Sp): «Kommunen søkjer om å bli med i Nettverk for grøne bygder.»\n\n"
        "Vedtak: Framlegget vart samrøystes vedteke.\n",
        ("Kommunen søkjer om å bli med i Nettverk for grøne bygder", "Nils Haug", "adopted"),
    ),
    (
        "nb",
        "FS-20/26  Forslag fra Rune Moe (FrP): «Saken om ny skolestruktur utsettes.»\n"
        "          Forslaget falt med 1 mot 6 stemmer.\n",
        ("Saken om ny skolestruktur utsettes", "Rune Moe", "rejected"),
    ),
]


@pytest.mark.parametrize(("language", "case", "expected"), CASES)
def test_the_decision_is_about_the_quoted_words(language, case, expected):
    rows = votes(HEAD[language] + case, language)
    assert [(r.subject, r.proposer, r.outcome) for r in rows] == [expected]


@pytest.mark.parametrize(
    ("language", "case", "subject"),
    [
        (
            "nb",
            "FS-16/26  Forslag fra Ola Berg (H) om gratis skolemat\n          Forslaget falt, 3 mot 4.\n",
            "gratis skolemat",
        ),
        ("nn", "FS-16/26  Innbyggjarframlegg: «Gatelys i Nordbygda»\n          Vedteke samrøystes.\n", "Gatelys"),
    ],
)
def test_titles_without_a_quoted_members_proposal_keep_the_title(language, case, subject):
    rows = votes(HEAD[language] + case, language)
    assert len(rows) == 1 and subject in (rows[0].subject or "")
