"""An outcome sentence whose only noun is the case itself is about the agenda point it stands under.

Notulen and besluitenlijsten (Netherlands and Flanders) record the vote on the point's own proposal as
'Het ontwerpbesluit wordt goedgekeurd met 17 stemmen voor en 8 stemmen tegen.', 'De VOORZITTER: Het
voorstel is aangenomen met 21 stemmen voor ...', 'Ik constateer dat het voorstel zonder stemming is
aangenomen.', 'de raad besluit met 13 stemmen voor ... conform het raadsvoorstel', or give only the manner
('Zonder hoofdelijke stemming en zonder aantekening van stemmen aangenomen.', 'conform voorstel besloten, met
aantekening dat ...'). The words name how the point was decided, not what: the row is the point's title.

Look-alikes keep their own subject: a voted amendment named above ('Het amendement wordt verworpen ...'),
an amended proposal ('Het geamendeerde reglement wordt eenparig goedgekeurd.', its own family), a member's
proposal named by its mover ('Het voorstel van raadslid Peeters wordt verworpen ...').
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

MINUTES = (
    "NOTULEN van de openbare vergadering van de gemeenteraad van Testby,\ngehouden op donderdag 12 maart 2026.\n\n"
)
FLEMISH = "Besluitenlijst gemeenteraad\nZitting van maandag 23 maart 2026\n\n"


@pytest.mark.parametrize(
    ("head", "item", "expected"),
    [
        (
            MINUTES,
            "Agendapunt 4. Grondexploitatie De Weide, fase 2\n\n"
            "De VOORZITTER: Ik constateer dat het voorstel zonder stemming is aangenomen.\n",
            ("adopted", "Grondexploitatie De Weide, fase 2"),
        ),
        (
            MINUTES,
            "Agendapunt 5. Verordening parkeerbelastingen 2026\n\n"
            "De VOORZITTER: Het raadsvoorstel is aangenomen met 19 stemmen voor en\n8 stemmen tegen.\n",
            ("adopted", "Verordening parkeerbelastingen 2026"),
        ),
        (
            MINUTES,
            "Agendapunt 6. Zienswijze begroting 2027 Veiligheidsregio\n"
            "Zonder hoofdelijke stemming en zonder aantekening van stemmen aangenomen.\n",
            ("adopted", "Zienswijze begroting 2027 Veiligheidsregio"),
        ),
        (
            MINUTES,
            "Agendapunt 7. Bestemmingsplan Kerkweg-Zuid\n"
            "Besluit: de raad besluit met 15 stemmen voor en 10 stemmen tegen overeenkomstig het\nraadsvoorstel.\n",
            ("adopted", "Bestemmingsplan Kerkweg-Zuid"),
        ),
        (
            MINUTES,
            "Agendapunt 8. Verordening jeugdhulp 2026\n"
            "Besluit: conform voorstel besloten, met aantekening dat de fractie van de SP\n"
            "geacht wenst te worden te hebben tegengestemd.\n",
            ("adopted", "Verordening jeugdhulp 2026"),
        ),
        (
            MINUTES,
            "Agendapunt 9. Nota grondbeleid\nHet voorstel wordt verworpen met 12 stemmen voor en 15 stemmen tegen.\n",
            ("rejected", "Nota grondbeleid"),
        ),
        (
            FLEMISH,
            "1. Aanpassing meerjarenplan 2026-2031 nr. 1 - vaststelling\n"
            "   Het ontwerpbesluit wordt goedgekeurd met 17 stemmen voor en 8 stemmen tegen.\n",
            ("adopted", "Aanpassing meerjarenplan 2026-2031 nr. 1 - vaststelling"),
        ),
        (
            FLEMISH,
            "3. Verkoop van de oude pastorij - principiële goedkeuring\n   Het punt wordt eenparig goedgekeurd.\n",
            ("adopted", "Verkoop van de oude pastorij - principiële goedkeuring"),
        ),
        (
            FLEMISH,
            "4. Deelname aan het project Groene Linten\n"
            "   Het ontwerp van besluit wordt niet goedgekeurd met 10 stemmen voor en 15 stemmen tegen.\n",
            ("rejected", "Deelname aan het project Groene Linten"),
        ),
    ],
)
def test_an_outcome_sentence_naming_only_the_case_is_about_the_point(
    head: str, item: str, expected: tuple[str, str]
) -> None:
    assert outcomes(head + item, "nl") == [expected]


def test_the_proposal_voted_after_an_amendment_is_the_point() -> None:
    item = (
        "2. Belastingreglement op leegstand - wijziging\n"
        "   Amendement van de fractie Groen: verworpen met 4 stemmen voor en 21 stemmen tegen.\n"
        "   Het ontwerpbesluit werd goedgekeurd met 21 stemmen voor en 4 stemmen tegen.\n"
    )
    assert outcomes(FLEMISH + item, "nl") == [
        ("rejected", "Amendement van de fractie Groen"),
        ("adopted", "Belastingreglement op leegstand - wijziging"),
    ]


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        (
            "5. Subsidiereglement voor jeugdverenigingen - wijziging\n"
            "   Het geamendeerde reglement wordt eenparig goedgekeurd.\n",
            "Het geamendeerde reglement wordt eenparig goedgekeurd",
        ),
        (
            "6. Punt toegevoegd door raadslid Jan Peeters (Vooruit): gratis zwembad voor kinderen\n"
            "   Het voorstel van raadslid Peeters wordt verworpen met 6 stemmen voor en 19 stemmen tegen.\n",
            "Het voorstel van raadslid Peeters wordt verworpen met 6 stemmen voor en 19 stemmen tegen",
        ),
    ],
)
def test_an_outcome_sentence_naming_another_proposal_keeps_its_words(item: str, subject: str) -> None:
    assert [s for _, s in outcomes(FLEMISH + item, "nl")] == [subject]


def test_without_a_point_title_the_outcome_sentence_keeps_its_words() -> None:
    text = (
        "Raadsnotulen\nVoor het voorstel stemmen de leden Van Eekelen, Graafmans en Somers. De voorzitter: Dit "
        "voorstel is aangenomen met 8 stemmen voor en 6 tegen. Wij zullen een voorstel voorleggen.\n"
    )
    assert outcomes(text, "nl") == [("adopted", "Dit voorstel is aangenomen met 8 stemmen voor en 6 tegen")]
