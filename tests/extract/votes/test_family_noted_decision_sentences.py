"""A decision that takes something for information, written as a sentence naming what it takes.

"Vedtak: Kommunestyret tek tertialrapporten til vitande.", "Byrådet tog årsberetningen for 2025 til
efterretning.", "De gemeenteraad neemt kennis van het jaarverslag 2025 van de bibliotheek.": noted, and the
sentence is the subject (its first sentence, as the contract's "a proposal text's first sentence"). A bare
phrase, or a sentence naming only the case or a document kind ("Taget til efterretning.", "Saken tas til
orientering.", "De raad neemt kennis van de brief.") names nothing a reader could look up: the case title
is the subject, as the held-out gold codes it. In Norwegian a sentence naming the report it takes notes the
case as well (test_family_noted_reports_name_the_case_no.py); in Danish a document kind alone ("Byrådet tog
budgetopfølgningen til efterretning.") names the case too (test_family_noting_sentences_da.py). Present
tense counts too, and an abbreviation's stop ("pr. 31. marts") ends no sentence.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import outcomes

HEAD = {
    "da": "Byrådet\n\nMødedato: 24. marts 2026\n\n21. Budgetopfølgning 2026\n\nBeslutning:\n",
    "nb": "Bystyret\n\nMøtedato: 12.03.2026\n\nPS 41/26 Årsrapport 2025\n\nVedtak:\n",
    "nn": "Kommunestyret\n\nMøtedato: 12.03.2026\n\nPS 41/26 Tertialrapport 1\n\nVedtak:\n",
    "nl": "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\nAgendapunt 5 Jaarverslag bibliotheek\n\n",
}
TITLE = {
    "da": "Budgetopfølgning 2026",
    "nb": "Årsrapport 2025",
    "nn": "Tertialrapport 1",
    "nl": "Jaarverslag bibliotheek",
}


def _rows(language: str, decision: str) -> list[tuple]:
    return outcomes(HEAD[language] + decision + "\n", language)


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("da", "Kommunalbestyrelsen tager redegørelsen om sygefravær til efterretning."),
        ("da", "Udvalget tog status for klimaplanen til orientering."),
        ("da", "Økonomiudvalget tager kvartalsrapporten for 1. kvartal til efterretning."),
        ("da", "Byrådet tog årsberetningen for 2025 til efterretning."),
        ("nl", "De gemeenteraad neemt kennis van het jaarverslag 2025 van de bibliotheek."),
        ("nl", "De raad neemt kennis van de evaluatie van het parkeerbeleid."),
        ("nl", "De gemeenteraad neemt kennis van de voortgangsrapportage Omgevingswet 2025."),
        ("nl", "Het jaarverslag 2025 van de bibliotheek wordt voor kennisgeving aangenomen."),
        ("nl", "De raad neemt kennis van het rapport van de rekenkamercommissie over jeugdzorg."),
    ],
)
def test_a_noting_sentence_that_names_what_it_takes_is_its_own_subject(language, decision):
    assert _rows(language, decision) == [("noted", decision.rstrip("."))]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("nb", "Bystyret tar årsrapporten for 2025 til orientering."),
        ("nb", "Årsrapporten for kontrollutvalget tas til orientering."),
        ("nb", "Tertialrapport 2 tas til orientering."),
        ("nb", "Formannskapet tok økonomirapporten per 1. tertial til orientering."),
        ("nb", "Kommunestyret tar rapporten om skolestruktur til orientering."),
        ("nn", "Kommunestyret tek tertialrapporten til vitande."),
        ("nn", "Heradsstyret tok årsmeldinga for 2025 til vitande."),
        ("nn", "Tertialrapport 1 vert teken til vitande."),
        ("nn", "Formannskapet tek økonomirapporten per 1. tertial til vitande."),
        ("nn", "Årsmeldinga frå eldrerådet vart teken til vitande."),
    ],
)
def test_a_norwegian_noting_sentence_naming_a_report_notes_the_case(language, decision):
    assert _rows(language, decision) == [("noted", TITLE[language])]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("da", "Taget til efterretning."),
        ("da", "Sagen blev taget til efterretning."),
        ("da", "Orienteringen tages til efterretning."),
        ("da", "Udvalget tager orienteringen til efterretning."),
        ("da", "Til efterretning."),
        ("nb", "Tatt til orientering."),
        ("nb", "Saken tas til orientering."),
        ("nb", "Orienteringen tas til orientering."),
        ("nb", "Meldingen tas til orientering."),
        ("nb", "Saken ble tatt til orientering."),
        ("nn", "Teke til vitande."),
        ("nn", "Saka vert teken til vitande."),
        ("nn", "Kommunestyret tek orienteringa til vitande."),
        ("nn", "Meldinga vert teken til vitande."),
        ("nn", "Saka vart teken til orientering."),
        ("nl", "Voor kennisgeving aangenomen."),
        ("nl", "De raad neemt kennis van de brief."),
        ("nl", "De gemeenteraad neemt kennis van het jaarverslag."),
        ("nl", "Kennis genomen."),
        ("nl", "De raad neemt de raadsinformatiebrief voor kennisgeving aan."),
    ],
)
def test_a_bare_noting_phrase_is_about_the_case(language, decision):
    assert _rows(language, decision) == [("noted", TITLE[language])]


def test_an_abbreviations_stop_does_not_cut_the_subject():
    rows = _rows("da", "Budgetopfølgningen pr. 31. marts blev taget til efterretning.")
    assert rows == [("noted", "Budgetopfølgningen pr. 31. marts")]


RECOMMENDED = (
    "Byrådet\n\nMødedato: 24. marts 2026\n\n21. Ældrerådets årsberetning\n\n"
    "Indstilling\nForvaltningen indstiller, at årsberetningen tages til efterretning.\n\nBeslutning\n"
)


@pytest.mark.parametrize(
    "decision",
    [
        "Sagen taget til orientering.",
        "Sagen blev taget til efterretning.",
        "Sagen tages til efterretning.",
        "Sagen er taget til orientering.",
        "Rapporten blev taget til efterretning.",
        "Taget til efterretning.",
        "Orienteringen blev taget til efterretning.",
        "Til orientering.",
    ],
)
def test_noting_under_a_recommendation_is_about_the_case(decision):
    assert outcomes(RECOMMENDED + decision + "\n", "da") == [("noted", "Ældrerådets årsberetning")]


@pytest.mark.parametrize("decision", ["Godkendt.", "Anbefales.", "Tiltrådt.", "Enstemmigt godkendt."])
def test_approving_a_recommendation_to_note_is_about_what_was_recommended(decision):
    assert outcomes(RECOMMENDED + decision + "\n", "da") == [("noted", "at årsberetningen tages til efterretning.")]
