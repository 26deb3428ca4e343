"""A lead line that opens with an adverbial and puts its verb second ("Tijdens de zitting dient raadslid Eva Smet
(Groen) een amendement in:", "Na de bespreking dient de fractie Vooruit volgend amendement in:") or opens with a
fraction ("De fractie CD&V dient de volgende motie in:") names the proposal quoted below it: its vote ("Stemming
over het amendement: ...") is about the quoted words, moved by the member or fraction the lead names. A lead whose
mover is the chair or the college, or a sentence that only mentions a proposal, names no member's proposal."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen gemeenteraad\n\nZitting van maandag 14 september 2026\n\n3. Reglement op de marktactiviteiten\n"
TAIL = (
    "Stemming over het ontwerpbesluit: 17 stemmen voor, 6 stemmen tegen.\n"
    "Besluit\nArtikel 1. Het reglement wordt vastgesteld.\n"
)
ITEM = ("Reglement op de marktactiviteiten", "adopted")


@pytest.mark.parametrize(
    ("lead", "quoted", "result", "expected"),
    [
        (
            "Tijdens de zitting dient raadslid Eva Smet (Groen) een amendement in:",
            '"De markt verhuist in juli en augustus naar het Kerkplein."',
            "Stemming over het amendement: het amendement wordt verworpen met 4 stemmen voor en 19 stemmen tegen.",
            ("De markt verhuist in juli en augustus naar het Kerkplein", "rejected", "Eva Smet", "Groen"),
        ),
        (
            "Na de bespreking dient de fractie Vooruit volgend amendement in:",
            "“Marktkramers betalen het eerste jaar geen standgeld.”",
            "Stemming over het amendement: goedgekeurd met 18 ja-stemmen en 5 neen-stemmen.",
            ("Marktkramers betalen het eerste jaar geen standgeld", "adopted", None, "Vooruit"),
        ),
        (
            "De fractie N-VA dient de volgende motie in:",
            '"De gemeenteraad vraagt het college een tweede wekmarkt te onderzoeken."',
            "Stemming over de motie: verworpen met 6 stemmen voor en 17 stemmen tegen.",
            ("De gemeenteraad vraagt het college een tweede wekmarkt te onderzoeken", "rejected", None, "N-VA"),
        ),
        (
            "Tijdens de bespreking diende het raadslid Koen Baert (Vlaams Belang) een amendement in:",
            '"De standplaatsen worden voortaan per opbod toegewezen."',
            "Stemming over het amendement: verworpen met 3 stemmen voor en 20 stemmen tegen.",
            ("De standplaatsen worden voortaan per opbod toegewezen", "rejected", "Koen Baert", "Vlaams Belang"),
        ),
        (
            "Bij de behandeling van dit punt dient raadslid An Mertens (CD&V) het volgende amendement in:",
            '"Het reglement treedt pas in werking op 1 januari 2027."',
            "Stemming over het amendement: eenparig",
            ("Het reglement treedt pas in werking op 1 januari 2027", "adopted", "An Mertens", "CD&V"),
        ),
    ],
)
def test_the_vote_is_about_the_quoted_proposal_of_the_named_mover(lead, quoted, result, expected) -> None:
    rows = votes(f"{HEAD}{lead}\n{quoted}\n{result}\n{TAIL}", "nl")
    assert [(r.subject, r.outcome, r.proposer, r.proposer_party) for r in rows[:1]] == [expected]
    assert [(r.subject, r.outcome) for r in rows[1:]] == [ITEM]


@pytest.mark.parametrize(
    "lead",
    [
        "Tijdens de zitting dient de voorzitter een amendement in:",
        "Daarop dient de burgemeester een amendement in:",
    ],
)
def test_a_lead_by_the_chair_or_the_college_names_no_members_proposal(lead) -> None:
    rows = votes(f'{HEAD}{lead}\n"Het reglement geldt ook voor de zondagsmarkt."\n{TAIL}', "nl")
    assert [(r.subject, r.outcome, r.proposer) for r in rows] == [
        ("Reglement op de marktactiviteiten", "adopted", None)
    ]
