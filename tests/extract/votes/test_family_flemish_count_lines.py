"""Family: Flemish count lines with party lists, ties, and items that decide nothing (nl, BE).

Count lines: "Aantal stemmen ja: 21 (N-VA, CD&V)", "Aantal stemmen neen: 7 (Vlaams Belang 4, Groen 3)",
"Aantal voorstanders: 15 (...)", "Aantal onthoudingen: 2 (...)": votes_for and votes_against; against_parties
keyed by the party as written when each party has its count, or when one party alone stands for the stated
total; party names without counts give null (the convention of "Tegen: PVV en SP"). Abstentions are neither.
Ties: "bij staking van stemmen" a proposal is rejected (Flemish law); one row about the proposal or agenda
point, never the tie sentence; a casting vote only when the chair's vote is said to decide. Interpellations,
questions and debates answered under a decision label decide nothing. All sentences are written for these tests.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeente Heikant\nNotulen gemeenteraad\nZitting van maandag 21 oktober 2024 om 20 uur\n\n"
ITEM = "5. Retributiereglement parkeren – wijziging\n\n"
DECISION = "Besluit\nArtikel 1\nDe gemeenteraad keurt de gewijzigde tarieven goed.\n"


@pytest.mark.parametrize(
    ("lines", "counts", "against"),
    [
        (
            "Aantal stemmen ja: 21 (N-VA, CD&V)\nAantal stemmen nee: 6 (Groen, Vooruit)\n"
            "Aantal onthoudingen: 2 (Vlaams Belang)",
            (21, 6),
            None,
        ),
        (
            "Aantal stemmen ja: 18 (CD&V 10, N-VA 8)\nAantal stemmen neen: 7 (Vlaams Belang 4, Groen 3)\n"
            "Aantal onthoudingen: 0",
            (18, 7),
            {"Vlaams Belang": 4, "Groen": 3},
        ),
        (
            "Aantal ja-stemmen: 20 (N-VA)\nAantal neen-stemmen: 5 (Vooruit)\nAantal onthoudingen: 3 (Groen, PVDA)",
            (20, 5),
            {"Vooruit": 5},
        ),
        (
            "Aantal voorstanders: 15 (Open Vld, CD&V)\nAantal tegenstanders: 9 (N-VA, Vlaams Belang)\n"
            "Aantal onthouders: 1 (Groen)",
            (15, 9),
            None,
        ),
        (
            "aantal stemmen voor: 22 (CD&V, N-VA, Open Vld)\naantal stemmen tegen: 4 (Vlaams Belang)\n"
            "aantal onthoudingen: 3 (Groen, Vooruit)",
            (22, 4),
            {"Vlaams Belang": 4},
        ),
        ("Stemmen ja: 21 – N-VA, CD&V\nStemmen nee: 6 – Groen, Vooruit", (21, 6), None),
        (
            "Aantal stemmen ja: 21\nAantal stemmen nee: 7: Vlaams Belang (4), Groen (3)",
            (21, 7),
            {"Vlaams Belang": 4, "Groen": 3},
        ),
        (
            "Aantal stemmen ja: 21 - N-VA, CD&V\nAantal stemmen nee: 7 - Vlaams Belang (4), Groen (3)",
            (21, 7),
            {"Vlaams Belang": 4, "Groen": 3},
        ),
        (
            "Ja-stemmen: 21 (N-VA, CD&V)\nNeen-stemmen: 7 (Vlaams Belang, Groen)\nOnthoudingen: 1 (Vooruit)",
            (21, 7),
            None,
        ),
    ],
)
def test_count_lines_with_party_lists_give_the_counts_and_parties_against(lines, counts, against):
    for text in (ITEM + "Stemming\n" + lines + "\n\n" + DECISION, ITEM + DECISION + "Stemming\n" + lines + "\n"):
        (row,) = votes(HEAD + text, "nl")
        assert (row.subject, row.outcome, row.unanimous) == (
            "Retributiereglement parkeren – wijziging",
            "adopted",
            False,
        )
        assert (row.votes_for, row.votes_against) == counts
        assert (json.loads(row.against_parties) if row.against_parties else None) == against


def test_a_count_of_those_present_is_no_vote():
    (row,) = votes(HEAD + ITEM + "Aantal aanwezigen: 29\nAantal stemgerechtigden: 29\n" + DECISION, "nl")
    assert (row.votes_for, row.votes_against, row.unanimous) == (None, None, None)


PROPOSAL = "6. Voorstel van raadslid Jan Peeters (Groen): deelfietsen in elke deelgemeente\n\n"


@pytest.mark.parametrize(
    ("tie", "counts"),
    [
        ("Bij staking van stemmen (19 ja-stemmen, 19 neen-stemmen, 1 onthouding) is het voorstel verworpen.", (19, 19)),
        (
            "Het voorstel wordt bij staking van stemmen (19 ja-stemmen, 19 neen-stemmen, 1 onthouding) verworpen.",
            (19, 19),
        ),
        ("Stemming: 15 stemmen voor, 15 stemmen tegen. Bij staking van stemmen is het voorstel verworpen.", (15, 15)),
        ("Het voorstel wordt verworpen bij staking van stemmen: 12 stemmen voor en 12 stemmen tegen.", (12, 12)),
        (
            "Stemming\nAantal stemmen ja: 14\nAantal stemmen nee: 14\nAantal onthoudingen: 2\n"
            "Bij staking van stemmen wordt het voorstel verworpen.",
            (14, 14),
        ),
        ("Besluit: verworpen bij staking van stemmen (17 voor, 17 tegen).", (17, 17)),
        ("De stemmen staken (16 voor, 16 tegen); het voorstel is daarmee verworpen.", (16, 16)),
    ],
)
def test_a_tie_rejects_the_proposal_in_one_row_about_it(tie, counts):
    (row,) = votes(HEAD + PROPOSAL + tie + "\n", "nl")
    assert (row.case_number, row.outcome, row.unanimous, row.casting_vote) == ("6", "rejected", False, False)
    assert (row.votes_for, row.votes_against) == counts
    assert "staking" not in row.subject and "staken" not in row.subject
    assert "deelfietsen" in row.subject


def test_a_tie_the_chairs_vote_decides_is_a_casting_vote():
    tie = "Beslissing: goedgekeurd met 15 stemmen voor en 15 stemmen tegen; bij staking van stemmen is de stem van "
    (row,) = votes(HEAD + PROPOSAL + tie + "de voorzitter beslissend.\n", "nl")
    assert (row.outcome, row.casting_vote, row.votes_for, row.votes_against) == ("adopted", True, 15, 15)


@pytest.mark.parametrize(
    ("item", "body"),
    [
        ("8. Interpellatie van raadslid Jan Peeters over de sporthal", "De burgemeester beantwoordt de interpellatie."),
        (
            "8. Interpellatie van raadslid Jan Peeters over de sporthal",
            "Besluit\nDe burgemeester beantwoordt de interpellatie.",
        ),
        ("9. Mondelinge vragen", "Besluit\nDe mondelinge vragen worden beantwoord door het college."),
        (
            "9. Vragen van raadsleden",
            "Het raadslid stelt een vraag over de wachttijden. De schepen beantwoordt de vraag.\n"
            "Er wordt niet gestemd.",
        ),
        ("10. Interpellatie Groen over het zwembad", "Beslissing: Het college beantwoordt de interpellatie."),
        ("10. Actualiteitsdebat over de begroting", "Besluit\nDe raad houdt een actualiteitsdebat over de begroting."),
        ("Agendapunt 12. Vragenhalfuur", "Besluit: Mevrouw De Vries (D66) stelt vragen over de parkeerdruk."),
        ("10. Interpellatie over de sporthal", "Besluit\nArtikel 1\nDe burgemeester antwoordt op de interpellatie."),
        ("11. Vraag van raadslid An Claes over de schoolstraat", "Beslissing: Schepen Tom Maes geeft toelichting."),
        ("11. Mondelinge vraag over zwerfvuil", "Besluit: Er wordt niet gestemd."),
    ],
)
def test_an_interpellation_or_question_answered_is_no_decision(item, body):
    assert votes(HEAD + item + "\n" + body + "\n", "nl") == []


def test_a_motion_voted_after_an_interpellation_is_still_a_row():
    text = (
        HEAD + "8. Interpellatie van raadslid Jan Peeters over de sporthal\n"
        "Besluit\nDe burgemeester beantwoordt de interpellatie.\n\n"
        "Motie van raadslid Jan Peeters (Groen) over de openingsuren van de sporthal\n"
        "De motie wordt verworpen met 8 stemmen voor en 20 stemmen tegen.\n"
    )
    (row,) = votes(text, "nl")
    assert (row.outcome, row.votes_for, row.votes_against) == ("rejected", 8, 20)
