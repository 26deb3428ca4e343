"""Family 3: Flemish council minutes (nl, BE)."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADER = "Gemeenteraad\n\nDe voorzitter opent de zitting op 28/03/2022 om 20:00.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Besluit:\nMet algemeenheid van stemmen goedgekeurd.\n",
        "Het reglement wordt met algemeenheid van stemmen goedgekeurd.\n",
        "Goedgekeurd met algemene stemmen.\n",
        "Besluit\nMet algemeenheid van stemmen.\nArtikel 1: De gemeenteraad keurt het retributiereglement goed.\n",
        "De jaarrekening wordt met algemeenheid van de stemmen vastgesteld.\n",
    ],
)
def test_flemish_unanimity(text):
    (row,) = votes(HEADER + text, "nl")
    assert (row.meeting_date, row.outcome, row.unanimous, row.votes_against) == ("2022-03-28", "adopted", True, 0)


@pytest.mark.parametrize(
    ("text", "votes_for", "votes_against"),
    [
        ("Goedgekeurd met 15 stemmen voor, 4 stemmen tegen en 2 onthoudingen.\n", 15, 4),
        ("Het reglement wordt goedgekeurd met 17 stemmen voor en 6 stemmen tegen.\n", 17, 6),
        ("Stemmen voor: 14 (N-VA, CD&V); stemmen tegen: 7 (Vooruit, Groen); onthoudingen: 2 (Vlaams Belang)\n", 14, 7),
        ("Goedgekeurd met 19 stemmen voor, 2 stemmen tegen.\n", 19, 2),
        (
            "De gemeenteraad gaat niet akkoord (met 12 stemmen tegen, 8 stemmen voor) om het punt toe te voegen.\n",
            8,
            12,
        ),
    ],
)
def test_flemish_counted_votes(text, votes_for, votes_against):
    (row,) = votes(HEADER + text, "nl")
    assert (row.votes_for, row.votes_against, row.unanimous) == (votes_for, votes_against, False)


CASE = HEADER + "3. Retributiereglement parkeren\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Goedgekeurd met eenparigheid van stemmen.\n",
        "Het reglement wordt eenparig goedgekeurd.\n",
        "De gemeenteraad keurt eenparig het reglement goed.\n",
        "De raad keurt met algemeenheid van stemmen de overeenkomst goed.\n",
        "De gemeenteraad hecht met eenparigheid van stemmen goedkeuring aan het reglement.\n",
    ],
)
def test_flemish_unanimity_in_all_word_orders(text):
    (row,) = votes(CASE + text, "nl")
    assert (row.outcome, row.unanimous, row.votes_against, row.case_number) == ("adopted", True, 0, "3")


@pytest.mark.parametrize(
    ("text", "votes_for", "votes_against"),
    [
        ("De gemeenteraad keurt het reglement goed met 17 stemmen voor en 6 stemmen tegen.\n", 17, 6),
        ("De gemeenteraad stelt de jaarrekening vast met 20 stemmen voor en 5 stemmen tegen.\n", 20, 5),
        ("De raad keurt de samenwerkingsovereenkomst goed met 22 stemmen voor, 3 stemmen tegen.\n", 22, 3),
        (
            "Stemming: 18 stemmen voor (N-VA, CD&V), 5 stemmen tegen (Vlaams Belang), 2 onthoudingen (Groen)\n\n"
            "Goedgekeurd.\n",
            18,
            5,
        ),
        ("Stemming\n\n16 stemmen voor (N-VA, Open Vld)\n\n7 stemmen tegen (Vooruit)\n\nGoedgekeurd.\n", 16, 7),
    ],
)
def test_flemish_council_decisions_with_counts(text, votes_for, votes_against):
    (row,) = votes(CASE + text, "nl")
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == (
        "adopted",
        votes_for,
        votes_against,
        False,
    )


def test_a_single_party_in_the_against_bracket_takes_the_count():
    (row,) = votes(CASE + "Stemming: 12 stemmen voor (N-VA), 20 stemmen tegen (CD&V)\n\nVerworpen.\n", "nl")
    assert (row.outcome, row.votes_for, row.votes_against, row.against_parties) == ("rejected", 12, 20, '{"CD&V":20}')


@pytest.mark.parametrize(
    "text",
    [
        "De gemeenteraad neemt kennis van het jaarverslag.\n",
        "De raad neemt kennis van de brief van de gouverneur.\n",
        "Besluit:\n\nDe gemeenteraad neemt kennis van de rapportage over het eerste semester.\n",
        "De gemeenteraad nam kennis van het verslag van de politieraad.\n",
        "De gemeenteraad neemt met algemeenheid van stemmen kennis van de evaluatie.\n",
    ],
)
def test_taking_note_is_noted(text):
    (row,) = votes(CASE + text, "nl")
    assert (row.outcome, row.case_number) == ("noted", "3")


@pytest.mark.parametrize(
    "text",
    [
        "De gemeenteraad keurt het reglement goed.\n",
        "Ontwerpbesluit\n\nDe gemeenteraad keurt het reglement goed met ingang van 1 januari.\n",
        "De gemeenteraad keurde het reglement op 12 maart 2019 goed.\n",
    ],
)
def test_a_proposed_or_earlier_approval_is_no_decision(text):
    assert votes(CASE + text, "nl") == []
