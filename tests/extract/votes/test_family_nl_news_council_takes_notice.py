"""Family: on a Dutch or Flemish news page about a council meeting, a paragraph in which the council takes note
of a matter ("De raad nam kennis van de jaarrekening 2025 van de politiezone.") is that paragraph's decision: a
noted row named by what was noted, dated by the meeting the page reports (models/votes/nl.json
`news.reporting_bodies`, `news.noted_objects`). The council written with its article opens the sentence, as a bare
body name does in Danish and Norwegian. Look-alikes: a noting earlier in the year, the college's noting, a notice
still to come, citizens who may inspect a plan, leave taken of a member, a noting beside an approval in the same
sentence. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

PAGES = {
    "flemish": (
        "gemeente.be  ›  Nieuws  ›  Bestuur\n\nDit besliste de gemeenteraad van maandag 23 maart 2026\n"
        "Gepubliceerd op woensdag 25 maart 2026\n\nElke maand vatten we de belangrijkste beslissingen van de "
        "gemeenteraad voor u samen.\n\nNIEUW SPEELPLEIN IN HET DORP\nDe gemeenteraad keurde unaniem het ontwerp "
        "van het nieuwe speelplein goed.\n\n"
    ),
    "dutch": (
        "Home > Nieuws > Raad\n\nDit besloot de raad op 12 maart\nGepubliceerd op vrijdag 13 maart 2026\n\n"
        "De gemeenteraad vergaderde donderdag 12 maart 2026. Een overzicht van de besluiten.\n\n"
        "Skatebaan\nDe raad stemde unaniem in met een krediet voor de skatebaan aan de Dorpsweg.\n\n"
    ),
}
DATES = {"flemish": "2026-03-23", "dutch": "2026-03-12"}


def _noted(page: str, paragraph: str) -> list[tuple]:
    rows = votes(PAGES[page] + paragraph + "\n\nMeer nieuws\n", "nl")
    assert [r.outcome for r in rows][0] == "adopted"  # the page's other paragraph keeps its decision
    return [(r.subject, str(r.meeting_date)) for r in rows if r.outcome == "noted"]


@pytest.mark.parametrize(
    ("page", "paragraph", "noted"),
    [
        (
            "flemish",
            "POLITIEZONE AMOW: BEGROTINGSWIJZIGING\nDe gemeenteraad nam kennis van de begrotingswijziging 2026 van "
            "de politiezone.",
            "de begrotingswijziging 2026 van de politiezone",
        ),
        (
            "flemish",
            "Politiezone\nDe raad nam kennis van de jaarrekening 2025 van de politiezone.",
            "de jaarrekening 2025 van de politiezone",
        ),
        (
            "flemish",
            "Bibliotheek\nDe gemeenteraad nam unaniem kennis van het jaarverslag 2025 van de bibliotheek. De "
            "uitleencijfers stegen met 8 procent.",
            "het jaarverslag 2025 van de bibliotheek",
        ),
        (
            "dutch",
            "Rekenkamer\nDe raad nam kennis van het onderzoeksrapport van de rekenkamercommissie over\n"
            "het armoedebeleid.",
            "het onderzoeksrapport van de rekenkamercommissie over het armoedebeleid",
        ),
        (
            "dutch",
            "Veiligheidsregio\nDe gemeenteraad van Oss nam kennis van de begroting 2027 van de veiligheidsregio.",
            "de begroting 2027 van de veiligheidsregio",
        ),
        (
            "dutch",
            "JAARVERSLAG OMBUDSMAN\nDe raad neemt kennis van het jaarverslag van de ombudsman.",
            "het jaarverslag van de ombudsman",
        ),
    ],
)
def test_the_council_taking_note_in_its_own_paragraph_is_a_noted_row(page: str, paragraph: str, noted: str) -> None:
    assert _noted(page, paragraph) == [(noted, DATES[page])]


@pytest.mark.parametrize(
    ("page", "paragraph"),
    [
        ("flemish", "Eerder dit jaar\nIn januari nam de raad al kennis van het ontwerp van het mobiliteitsplan."),
        ("flemish", "Politie\nHet college nam kennis van het jaarverslag van de politiezone."),
        ("dutch", "Inspraak\nInwoners kunnen kennis nemen van het ontwerp in het gemeentehuis."),
        ("dutch", "Binnenkort\nIn juni neemt de gemeenteraad kennis van de jaarrekening."),
        ("flemish", "Afscheid\nDe raad nam afscheid van raadslid Jan Peeters, die naar Gent verhuist."),
        ("flemish", "Adviesraad\nDe raad nam kennis van het advies en keurde de aanbevelingen unaniem goed."),
    ],
)
def test_a_notice_that_is_not_the_councils_own_noting_is_no_noted_row(page: str, paragraph: str) -> None:
    assert _noted(page, paragraph) == []
