"""Family: Flemish council minutes and decision lists with their vote lines (nl, BE).

A Flemish item is headed by its number or decision number ("5. Titel", "2024_GR_00031 – Titel"), may be
a point added by a member ("Toegevoegd punt van raadslid X (Partij): titel"), and records its votes as
"Stemmen voor: CD&V (9), N-VA (6)", "Stemmen tegen: Vlaams Belang (3 stemmen)", "14 neen-stemmen
(Vooruit 5, Groen 4)"; a tie is decided by the chair ("bij staking van stemmen is de stem van de
voorzitter beslissend"). A decision that names nothing ("gunstig advies", "verdaagd naar …", "Dit punt
wordt verdaagd") is about the item title. All sentences are written for these tests.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Gemeente Oosterveld\nNotulen gemeenteraad\nZitting van dinsdag 19 maart 2024 om 19.30 uur\n\nOPENBARE ZITTING\n\n"
)


@pytest.mark.parametrize(
    ("block", "against"),
    [
        (
            "Stemming: Goedgekeurd met 14 stemmen voor, 5 stemmen tegen en 2 onthoudingen.\n"
            "Stemmen voor: CD&V, N-VA (14 stemmen)\nStemmen tegen: Vlaams Belang (4 stemmen), Vooruit (1 stem)\n"
            "Onthoudingen: Groen (2 stemmen)\n",
            {"Vlaams Belang": 4, "Vooruit": 1},
        ),
        (
            "Stemming: Verworpen met 7 stemmen voor en 14 stemmen tegen.\n"
            "Stemmen voor: Groen (3), Vooruit (2), Vlaams Belang (2)\nStemmen tegen: CD&V (8), N-VA (6)\n",
            {"CD&V": 8, "N-VA": 6},
        ),
        (
            "Beslissing: goedgekeurd\nStemming: 25 ja-stemmen, 9 neen-stemmen (Groen 4, Vooruit 3, PVDA 2)\n",
            {"Groen": 4, "Vooruit": 3, "PVDA": 2},
        ),
        (
            "Beslissing: verworpen\nStemming: 10 ja-stemmen, 22 neen-stemmen (tegen: N-VA 12, CD&V 10)\n",
            {"N-VA": 12, "CD&V": 10},
        ),
        (
            "Stemming: goedgekeurd met 18 ja-stemmen en 3 neen-stemmen (Vlaams Belang 3).\n",
            {"Vlaams Belang": 3},
        ),
    ],
)
def test_party_lines_with_counts_give_the_parties_against(block, against):
    text = HEAD + "3. Retributiereglement op het gebruik van de sporthal\nDossiernummer: 2024_GR_00044\n" + block
    (row,) = votes(text, "nl")
    assert (row.case_number, row.subject) == ("3", "Retributiereglement op het gebruik van de sporthal")
    assert json.loads(row.against_parties) == against
    assert row.votes_against == sum(against.values())


@pytest.mark.parametrize(
    ("header", "subject", "proposer", "party"),
    [
        (
            "5. Toegevoegd punt van raadslid Lotte Maes (Groen): gratis zwemlessen voor alle kinderen tot twaalf jaar",
            "gratis zwemlessen",
            "Lotte Maes",
            "Groen",
        ),
        (
            "5. Toegevoegd agendapunt van raadslid Bart Peeters (Vooruit): een deelfietsensysteem in elk dorp",
            "deelfietsensysteem",
            "Bart Peeters",
            "Vooruit",
        ),
        (
            "5. Bijkomend punt van gemeenteraadslid An Claes (N-VA): veilige schoolomgevingen",
            "veilige schoolomgevingen",
            "An Claes",
            "N-VA",
        ),
        (
            "5. Toegevoegd punt van raadslid Koen Wouters (Vlaams Belang): camerabewaking op de markt",
            "camerabewaking",
            "Koen Wouters",
            "Vlaams Belang",
        ),
        (
            "5. Toegevoegd punt van raadslid Sara De Smet (PVDA): een sociaal tarief voor de kinderopvang",
            "sociaal tarief",
            "Sara De Smet",
            "PVDA",
        ),
    ],
)
def test_a_point_added_by_a_member_is_that_members_proposal(header, subject, proposer, party):
    text = HEAD + header + "\nStemming: Verworpen met 6 stemmen voor en 15 stemmen tegen.\n"
    (row,) = votes(text, "nl")
    assert (row.case_number, row.outcome, row.votes_for, row.votes_against) == ("5", "rejected", 6, 15)
    assert subject in row.subject
    assert (row.proposer, row.proposer_party) == (proposer, party)


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        ("Beslissing: gunstig advies", "adopted"),
        ("Beslissing: verdaagd naar de zitting van april", "postponed"),
        ("Besluit: Dit punt wordt verdaagd naar de volgende zitting, in afwachting van een nieuw advies.", "postponed"),
        ("Beslissing: akte genomen", "noted"),
        ("Beslissing: goedgekeurd bij geheime stemming", "adopted"),
    ],
)
def test_a_decision_naming_nothing_is_about_the_item(decision, outcome):
    text = HEAD + "2024_GR_00051 – Samenwerking met de welzijnsvereniging – Overeenkomst\n" + decision + "\n"
    (row,) = votes(text, "nl")
    assert row.case_number == "2024_GR_00051"
    assert row.subject == "Samenwerking met de welzijnsvereniging – Overeenkomst"
    assert row.outcome == outcome


@pytest.mark.parametrize(
    "decision",
    [
        "Beslissing: goedgekeurd; bij staking van stemmen is de stem van de voorzitter beslissend",
        "Stemming: goedgekeurd met 15 stemmen voor en 15 stemmen tegen, de stem van de voorzitter is beslissend.",
        "Beslissing: aangenomen, bij staking van de stemmen is de stem van de voorzitter doorslaggevend",
    ],
)
def test_a_tie_decided_by_the_chair_is_a_casting_vote(decision):
    text = HEAD + "4. Reglement buurtbudgetten – Wijziging\n" + decision + "\n"
    (row,) = votes(text, "nl")
    assert (row.outcome, row.casting_vote) == ("adopted", True)


def test_a_decision_and_its_unanimity_line_are_one_row():
    text = (
        HEAD + "4. Toetreding tot het klimaatpact\nDossiernummer: 2024_GR_00061\n"
        "Besluit: De gemeenteraad beslist toe te treden tot het klimaatpact.\nStemming: Eenparig goedgekeurd.\n"
    )
    (row,) = votes(text, "nl")
    assert (row.outcome, row.unanimous, row.votes_against) == ("adopted", True, 0)


@pytest.mark.parametrize(
    "line",
    [
        "Het reglement werd door de gemeenteraad goedgekeurd in zitting van 16 december 2019.",
        "Stemmen voor de jongerenraad worden in mei uitgebracht.",
    ],
)
def test_background_and_look_alike_lines_give_no_row(line):
    assert votes(HEAD + "6. Jeugdbeleid\nMotivering: " + line + "\n", "nl") == []


@pytest.mark.parametrize(
    ("decision", "record", "counts"),
    [
        (
            "De gemeenteraad beslist de grond aan te kopen.",
            "Goedgekeurd met 20 stemmen voor, 5 stemmen tegen (Vlaams Belang 3, Groen 2) en 2 onthoudingen.",
            (20, 5),
        ),
        ("Besluit: De gemeenteraad keurt de overeenkomst goed.", "Stemming: goedgekeurd met 17 ja en 6 neen.", (17, 6)),
        (
            "Beslissing: De gemeenteraad beslist het reglement aan te passen.",
            "Stemming: Goedgekeurd met 15 stemmen voor en 6 stemmen tegen.",
            (15, 6),
        ),
        ("De raad beslist de subsidie toe te kennen.", "Aangenomen met 22 stemmen voor en 3 tegen.", (22, 3)),
        (
            "Besluit: De gemeenteraad stelt de rooilijn vast.",
            "Stemming: 19 ja-stemmen, 4 neen-stemmen, 1 onthouding.",
            (19, 4),
        ),
    ],
)
def test_a_decision_and_the_count_line_under_it_are_one_row(decision, record, counts):
    text = HEAD + "2. Patrimonium – Aankoop grond Dorpsstraat\n" + decision + "\n" + record + "\n"
    (row,) = votes(text, "nl")
    assert (row.votes_for, row.votes_against, row.unanimous, row.outcome) == (*counts, False, "adopted")


def test_a_counted_vote_after_a_blank_line_on_another_proposal_stays_its_own_row():
    text = (
        HEAD + "2. Patrimonium – Aankoop grond Dorpsstraat\nBesluit: De gemeenteraad beslist de grond aan te kopen.\n\n"
        "Amendement van raadslid Els Peeters (Groen): de aankoop uitstellen\n"
        "Het amendement wordt verworpen met 7 stemmen voor en 20 stemmen tegen.\n"
    )
    rows = votes(text, "nl")
    assert [r.outcome for r in rows] == ["adopted", "rejected"]
