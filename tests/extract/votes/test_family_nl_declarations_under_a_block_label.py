"""A member's declaration of a proposal stands on its own line, under a block label or not.

Flemish notulen open the vote block with a label line ('Stemming', 'Bespreking', 'Motivering') and declare the
amendment on the next: 'Raadslid Bart Peeters (Vlaams Belang) dient een amendement in:' / '"Artikel 1 wordt
aangevuld ..."'. The label is no part of the member's name (a name never runs over a line break), the title
before the name ('Raadslid', 'Schepen', 'Mevrouw') neither: the vote is on the quoted words, moved by the member.

Look-alike: the same declaration without a quote under it keeps the declaration as its subject.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen gemeenteraad Testdorp – zitting van dinsdag 19 mei 2026\n\n"


@pytest.mark.parametrize(
    ("item", "subject", "proposer", "party", "outcome"),
    [
        (
            "12. Mobiliteit – Aanvullend reglement fietsstraat Kerkstraat\nStemming\n"
            "Raadslid Bart Peeters (Vlaams Belang) dient een amendement in:\n"
            '"Artikel 1 wordt aangevuld met een uitzondering voor landbouwvoertuigen."\n'
            "Het amendement wordt aangenomen met 25 stemmen voor.\n",
            "Artikel 1 wordt aangevuld met een uitzondering voor landbouwvoertuigen",
            "Bart Peeters",
            "Vlaams Belang",
            "adopted",
        ),
        (
            "4. Retributiereglement sporthal - wijziging\nBespreking\n"
            "Schepen Lies Wouters (N-VA) dient een amendement in:\n"
            '"Het tarief voor jeugdploegen wordt gehalveerd."\n'
            "Het amendement wordt verworpen met 6 stemmen voor en 19 stemmen tegen.\n",
            "Het tarief voor jeugdploegen wordt gehalveerd",
            "Lies Wouters",
            "N-VA",
            "rejected",
        ),
        (
            "7. Subsidiereglement jeugdwerk\nMotivering\n"
            "Mevrouw Sara De Smet (Groen) diende een amendement in:\n"
            '"Het basisbedrag per lid wordt verhoogd tot 15 euro."\n'
            "Het amendement wordt eenparig aangenomen.\n",
            "Het basisbedrag per lid wordt verhoogd tot 15 euro",
            "Sara De Smet",
            "Groen",
            "adopted",
        ),
        (
            "9. Meerjarenplan 2026-2031 - aanpassing nr. 2\nStemming\n"
            "Raadslid Koen Van den Broeck (Vooruit) dient een amendement in:\n"
            '"Het budget voor fietspaden wordt verhoogd met 100.000 euro."\n'
            "Het amendement wordt verworpen met 7 stemmen voor en 20 stemmen tegen.\n",
            "Het budget voor fietspaden wordt verhoogd met 100.000 euro",
            "Koen Van den Broeck",
            "Vooruit",
            "rejected",
        ),
        (
            "5. Parkeerbeleid centrum\nStemming\n"
            "Jan Claes (CD&V) dient een amendement in:\n"
            '"Het eerste halfuur parkeren blijft gratis."\n'
            "Het amendement wordt aangenomen met 18 stemmen voor en 9 stemmen tegen.\n",
            "Het eerste halfuur parkeren blijft gratis",
            "Jan Claes",
            "CD&V",
            "adopted",
        ),
    ],
)
def test_a_declaration_under_a_label_is_moved_by_the_member(
    item: str, subject: str, proposer: str, party: str, outcome: str
) -> None:
    rows = votes(HEAD + item, "nl")
    assert [(r.outcome, r.subject, r.proposer, r.proposer_party) for r in rows][:1] == [
        (outcome, subject, proposer, party)
    ]


def test_a_declaration_without_a_quote_keeps_its_words() -> None:
    item = (
        "12. Mobiliteit – Aanvullend reglement fietsstraat Kerkstraat\nStemming\n"
        "Raadslid Bart Peeters (Vlaams Belang) dient een amendement in over de landbouwvoertuigen.\n"
        "Het amendement wordt aangenomen met 25 stemmen voor.\n"
    )
    rows = votes(HEAD + item, "nl")
    assert [(r.outcome, r.proposer) for r in rows][:1] == [("adopted", "Bart Peeters")]
    assert not rows[0].subject.startswith("Stemming")
