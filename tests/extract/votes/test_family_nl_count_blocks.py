"""Family: counted votes printed below the decision they belong to, as a block of their own (nl, NL + BE).

Flemish minutes put a "Stemming" block under the decision ("Aantal stemmen ja: 15 / Aantal stemmen nee: 9 /
Aantal onthoudingen: 2", "ja-stemmen: 19 ; neen-stemmen: 6", "16 stemmen ja / 8 stemmen nee: N-VA (5), ...",
then the names or parties per option); Dutch decision lists write "Stemverhouding: 17-10", "Voor: 17 (VVD, CDA)
/ Tegen: 10 (PVV, SP)" or "Stemming: 23 voor, 4 tegen (VVD)". The counts belong to the decision above them: one
row, never a row of their own. All sentences are written for these tests.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

FLEMISH = "Gemeente Oosterveld\nNotulen gemeenteraad\nZitting van maandag 16 september 2024 om 20.00 uur\n\n"
DUTCH = "Gemeenteraad\n\nBesluitenlijst van de raadsvergadering van dinsdag 9 april 2024\n\n"


FLEMISH_CASES = [
    (
        "4. Jaarrekening 2024 – vaststelling\n"
        "\n"
        "Besluit\n"
        "Artikel 1\n"
        "De gemeenteraad stelt de jaarrekening 2024 vast."
        "\n\nStemming\nAantal stemmen ja: 15\nAantal stemmen nee: 4\nAantal onthoudingen: 2\n"
        "Ja-stemmers: Jan Peeters (CD&V), An Claes (CD&V)\n"
        "Nee-stemmers: Els Maes (N-VA), Tom Claes (N-VA), Wim Smet (N-VA), Ria Goossens (Vlaams Belang)\n",
        15,
        4,
        {"N-VA": 3, "Vlaams Belang": 1},
    ),
    (
        "7. Retributiereglement parkeren – wijziging\n\nDe gemeenteraad keurt de wijziging van het "
        "retributiereglement goed.\n\nja-stemmen: 19 ; neen-stemmen: 6 ; onthoudingen: 2\n"
        "neen-stemmen: Groen (4), Vooruit (2)\n",
        19,
        6,
        {"Groen": 4, "Vooruit": 2},
    ),
    (
        "12. Meerjarenplan 2025-2030 – aanpassing nr. 2\n\nBesluit\nArtikel 1. De gemeenteraad stelt de aanpassing "
        "nr. 2 van het meerjarenplan vast.\n"
        "\n"
        "Stemming:\n"
        "16 stemmen ja\n"
        "8 stemmen nee: N-VA (5), Vlaams Belang (3)\n"
        "1 onthouding\n",
        16,
        8,
        {"N-VA": 5, "Vlaams Belang": 3},
    ),
    (
        "2024_GR_00112 – Verkoop van een perceel bouwgrond\n\nBeslissing\nDe raad keurt de verkoop goed.\n\n"
        "Stemming\nAantal ja-stemmen: 21\nAantal neen-stemmen: 3 (Vlaams Belang)\n",
        21,
        3,
        {"Vlaams Belang": 3},
    ),
    (
        "9. Politiereglement – aanpassing\n\nDe gemeenteraad keurt de aanpassing van het politiereglement goed.\n\n"
        "Stemmen ja: 18\nStemmen neen: 7 (Open Vld 4, Groen 3)\n",
        18,
        7,
        {"Open Vld": 4, "Groen": 3},
    ),
    (
        "5. Reglement\nBesluit\nDe gemeenteraad keurt het reglement goed.\nStemming\n"
        "Stemden ja: Jan Peeters (CD&V), An Claes (CD&V), Tom Maes (Vooruit), Lies Wouters (Vooruit)\n"
        "Stemden neen: Els Maes (N-VA), Tom Claes (N-VA), Ria Goossens (Vlaams Belang)\n"
        "Onthielden zich: Piet Smet (Groen)\n",
        4,
        3,
        {"N-VA": 2, "Vlaams Belang": 1},
    ),
    (
        "3. Jaarrekening 2024 – vaststelling\nBesluit\nArtikel 1\n"
        "De gemeenteraad stelt de jaarrekening 2024 vast.\n"
        "Stemming\nJa: 17 (CD&V, Vooruit)\nNee: 9 (N-VA 6, Vlaams Belang 3)\nOnthouding: 2 (Groen)\n",
        17,
        9,
        {"N-VA": 6, "Vlaams Belang": 3},
    ),
    (
        "6. Belastingreglement\nDe gemeenteraad keurt het belastingreglement goed.\n"
        "Stemming: 20 ja-stemmen (CD&V, N-VA), 8 neen-stemmen (Groen 5, Vooruit 3), 1 onthouding (Vlaams Belang)\n",
        20,
        8,
        {"Groen": 5, "Vooruit": 3},
    ),
    (
        "Agendapunt 5 Raadsvoorstel\nHet voorstel is aangenomen met 30 stemmen voor en 3 stemmen tegen.\n"
        "Tegen stemden: Jansen (PVV), De Vries (PVV), Bakker (SP).\n",
        30,
        3,
        {"PVV": 2, "SP": 1},
    ),
    (
        "Agendapunt 9 Motie M2\nDe motie is verworpen.\nVoor: Jansen (SP), Pietersen (SP), De Boer (GroenLinks)\n"
        "Tegen: Bakker (VVD), Visser (VVD), Smit (CDA), Mulder (CDA), De Jong (PVV)\n",
        3,
        5,
        {"VVD": 2, "CDA": 2, "PVV": 1},
    ),
]

DUTCH_CASES = [
    ("Agendapunt 6 Bestemmingsplan Kerkweg 12\n\nBesluit: aangenomen\nStemverhouding: 17-10\n", 17, 10, None),
    (
        "Agendapunt 8 Motie betaalbaar wonen\n\nBesluit: De motie is aangenomen.\n"
        "Voor: 17 (VVD, CDA, D66, GroenLinks)\nTegen: 10 (PVV, SP, Lokaal Belang)\n",
        17,
        10,
        None,
    ),
    (
        "Agendapunt 9 Verordening Jeugdhulp 2025\n\nBesluit: vastgesteld\nStemming: 23 voor, 4 tegen (VVD)\n",
        23,
        4,
        {"VVD": 4},
    ),
    (
        "Agendapunt 10 Amendement A1 Groene schoolpleinen\n\nHet amendement is aangenomen.\n"
        "Stemming: 21 voor, 7 tegen\nTegen: VVD (4), CDA (3)\n",
        21,
        7,
        {"VVD": 4, "CDA": 3},
    ),
    (
        "Agendapunt 11 Raadsvoorstel herinrichting Marktplein\n\nDe raad besluit conform het voorstel.\n"
        "Stemming: 24 voor en 6 tegen; tegen stemden de fracties van PVV (4) en SP (2).\n",
        24,
        6,
        {"PVV": 4, "SP": 2},
    ),
    ("Agendapunt 3 Kadernota 2025\n\nBesluit: vastgesteld.\n\nStemverhouding 25 – 8\n", 25, 8, None),
]


@pytest.mark.parametrize(
    ("head", "body", "votes_for", "votes_against", "against"),
    [(FLEMISH, *case) for case in FLEMISH_CASES] + [(DUTCH, *case) for case in DUTCH_CASES],
)
def test_a_count_block_below_the_decision_counts_it(head, body, votes_for, votes_against, against):
    (row,) = votes(head + body, "nl")
    assert (row.unanimous, row.votes_for, row.votes_against) == (False, votes_for, votes_against)
    assert (json.loads(row.against_parties) if row.against_parties else None) == against
    assert row.subject and "Stemming" not in row.subject


def test_each_decision_takes_the_count_block_below_it():
    body = (
        "Agendapunt 7 Woonvisie\n\nAmendement A1 is aangenomen.\nStemming\nVoor: 20\nTegen: 9\n\n"
        "Het raadsvoorstel is aangenomen.\nStemming\nVoor: 27\nTegen: 2\n"
    )
    rows = votes(DUTCH + body, "nl")
    assert [(r.votes_for, r.votes_against) for r in rows] == [(20, 9), (27, 2)]


def test_counts_in_an_earlier_sentence_are_not_a_unanimous_decisions():
    body = (
        "6. Verordening rekenkamer\n\nBesluit\nHet gewijzigde amendement 6.1 wordt vervolgens met 19 stemmen voor "
        "(Lijst Berg, VVD, PvdA) en 5 stemmen tegen (CDA) aangenomen.\n\n"
        "De gemeenteraad besluit unaniem conform het geamendeerde raadsvoorstel.\n"
    )
    amendment, proposal = votes(DUTCH + body, "nl")
    assert (amendment.votes_for, amendment.votes_against, json.loads(amendment.against_parties)) == (19, 5, {"CDA": 5})
    assert (proposal.unanimous, proposal.votes_for, proposal.votes_against) == (True, None, 0)


@pytest.mark.parametrize(
    "breakdown",
    ["(Ronduit Open, PvdA)", "(PvdA en twee leden van de VVD)", "(Dorpspartij, SP)"],
)
def test_a_party_beside_something_unread_does_not_take_the_whole_count(breakdown):
    body = (
        f"Agendapunt 8 Nota grondbeleid\n"
        f"\n"
        f"De gemeenteraad besluit met 17 stemmen voor en 7 stemmen tegen {breakdown} conform het "
        f"raadsvoorstel.\n"
    )
    (row,) = votes(DUTCH + body, "nl")
    assert (row.votes_for, row.votes_against, row.against_parties) == (17, 7, None)


@pytest.mark.parametrize(
    "text",
    [
        "Agendapunt 10 Amendement 10.1\n"
        "\n"
        "Besluit\n"
        "Het amendement 10.1 van de fractie PvdA wordt met 7 stemmen voor (Lijst Berg",
        "5. Reglement\n\nBesluit\nDe gemeenteraad keurt het reglement met 12 stemmen voor (CD&V, N-VA",
    ],
)
def test_a_vote_cut_before_its_outcome_gives_no_row(text):
    assert votes(DUTCH + text, "nl") == []


@pytest.mark.parametrize(
    ("lead", "unanimous"),
    [
        ("De gemeenteraad beslist:", None),
        ("De raad besluit:", None),
        ("De gemeenteraad besluit met algemene stemmen:", True),
        ("De gemeenteraad beslist eenparig:", True),
        ("De raad heeft besloten:", None),
        ("De gemeenteraad beslist, met 18 stemmen ja en 6 stemmen nee:", False),
        ("De raad besluit met 20 ja-stemmen en 3 neen-stemmen:", False),
    ],
)
def test_a_lead_in_gives_its_vote_to_the_article_below_it(lead, unanimous):
    body = (
        f"2. Notulen vorige zitting\n{lead}\nArtikel 1. De notulen van de zitting van 19 augustus worden goedgekeurd.\n"
    )
    (row,) = votes(FLEMISH + body, "nl")
    assert row.subject.startswith("De notulen van de zitting")
    assert row.unanimous is unanimous


@pytest.mark.parametrize(
    "text",
    [
        "Uitslag 2-1 voor de thuisploeg in het stadion van de gemeente.\n",
        "Aanwezig: 27 leden\nAfwezig: 2 leden\n",
        "Stemming 12/3 om 20.00 uur in de raadzaal.\n",
        "VVD: aanwezig\nCDA: aanwezig\nPVV: afwezig\n",
        "Vragenronde\nJa: de wethouder zegt een antwoord toe.\nNee: er komt geen extra budget.\n",
        "Zetelverdeling: VVD 8, CDA 6, PVV 4\n",
    ],
)
def test_counts_and_party_lines_that_record_no_vote_give_no_row(text):
    assert votes(DUTCH + "Agendapunt 2 Mededelingen\n" + text, "nl") == []


@pytest.mark.parametrize(
    ("body", "against"),
    [
        ("Het voorstel is aangenomen; tegen stemden de fracties van PVV (4) en SP (2).\n", {"PVV": 4, "SP": 2}),
        ("Het voorstel is aangenomen. De fracties van PVV (4) en SP (2) stemden tegen.\n", {"PVV": 4, "SP": 2}),
        ("Besluit: aangenomen\nTegen: VVD (4), CDA (3)\n", {"VVD": 4, "CDA": 3}),
        (
            "De gemeenteraad keurt het reglement goed.\n"
            "Stemden tegen: Els Maes (Vooruit), Jan Smet (Vooruit), Lies Peeters (Groen)\n",
            {"Vooruit": 2, "Groen": 1},
        ),
        (
            "De gemeenteraad keurt het reglement goed.\nTegenstanders: Els Maes (Vooruit), Lies Peeters (Groen)\n",
            {"Vooruit": 1, "Groen": 1},
        ),
    ],
)
def test_only_the_votes_against_named_still_an_adopted_decision(body, against):
    (row,) = votes(DUTCH + "Agendapunt 5 Raadsvoorstel\n" + body, "nl")
    assert (row.outcome, row.unanimous, row.votes_against) == ("adopted", False, sum(against.values()))
    assert json.loads(row.against_parties) == against


@pytest.mark.parametrize(
    "sentence",
    [
        "Het voorstel is met algemene stemmen aangenomen, met aantekening dat de fractie van de PVV geacht wenst "
        "te worden tegen te hebben gestemd.",
        "Het voorstel wordt unaniem aangenomen, met de aantekening dat de fractie SP wenst geacht te worden tegen "
        "te hebben gestemd.",
        "Het raadsvoorstel is zonder stemming aangenomen; de fractie van Lokaal Belang wenst geacht te worden "
        "tegengestemd te hebben.",
        "Aangenomen met algemene stemmen. De fracties van GroenLinks en D66 wensen geacht te worden tegen te "
        "hebben gestemd.",
        "Het voorstel wordt met algemene stemmen aangenomen, met aantekening dat de fractie ChristenUnie geacht wil "
        "worden tegen te hebben gestemd.",
    ],
)
def test_a_recorded_wish_to_have_voted_against_ends_unanimity(sentence):
    (row,) = votes(DUTCH + "Agendapunt 6 Jaarstukken 2023\n" + sentence + "\n", "nl")
    assert (row.outcome, row.unanimous, row.votes_against) == ("adopted", False, None)


def test_a_wish_to_have_voted_for_keeps_the_unanimity():
    sentence = "Het voorstel wordt met algemene stemmen aangenomen; de fractie van de SGP is niet aanwezig.\n"
    (row,) = votes(DUTCH + "Agendapunt 6 Jaarstukken 2023\n" + sentence, "nl")
    assert (row.unanimous, row.votes_against) == (True, 0)
