"""A news page's paragraph that only takes a matter for information ("Byrådet tog Visit Testbys årsberetning for 2025
til efterretning.") is named by what was taken for information, not by the whole sentence
(models/votes/<lang>.json `news.noted_objects`); the sentence opening with the council or with the matter (passive)
alike in Danish and Norwegian; in Dutch the council's "nam X voor kennisgeving aan" (a passive noting is named by its
headline there; "De raad nam kennis van X" is named by X too, the college's is no noting). A paragraph of
background that takes nothing for information gives no noted row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADS = {
    "da": "Nyt fra byrådet\nPubliceret 27. maj 2026\n\nByrådet holdt møde tirsdag den 26. maj 2026. Her er et overblik"
    " over de vigtigste beslutninger fra mødet.\n\n",
    "nb": "Nytt fra kommunestyret\nPublisert 27. mai 2026\n\nKommunestyret hadde møte tirsdag 26. mai 2026. Her er et"
    " overblikk over de viktigste vedtakene fra møtet.\n\n",
    "nn": "Nytt frå kommunestyret\nPublisert 27. mai 2026\n\nKommunestyret hadde møte tysdag 26. mai 2026. Her er eit"
    " oversyn over dei viktigaste vedtaka frå møtet.\n\n",
    "nl": "Nieuws uit de gemeenteraad\nGepubliceerd op 27 mei 2026\n\nIn de raadsvergadering van dinsdag 26 mei 2026"
    " zijn de volgende besluiten genomen door de gemeenteraad.\n\n",
}

CASES = [
    (
        "da",
        "Turismen\nByrådet tog Visit Testbys årsberetning for 2025 til efterretning.\n",
        "Visit Testbys årsberetning for 2025",
    ),
    (
        "da",
        "Hvad skete der også?\nKommunalbestyrelsen tog kvartalsrapporten om beskæftigelse til efterretning. Ledigheden"
        " faldt.\n",
        "kvartalsrapporten om beskæftigelse",
    ),
    (
        "da",
        "Regnskab\nÅrsrapporten for Testby Forsyning blev taget til efterretning.\n",
        "Årsrapporten for Testby Forsyning",
    ),
    (
        "da",
        "Også på mødet\n• Kommunalbestyrelsen tog halvårsregnskabet for de selvejende haller til efterretning.\n",
        "halvårsregnskabet for de selvejende haller",
    ),
    (
        "da",
        "Også på mødet\nByrådet tager statusrapporten for klimaplanen til orientering.\n",
        "statusrapporten for klimaplanen",
    ),
    (
        "nb",
        "Årsmelding\nKommunestyret tok årsmeldingen fra eldrerådet til orientering.\n",
        "årsmeldingen fra eldrerådet",
    ),
    (
        "nb",
        "Tilsyn\nRapporten fra tilsynet med vannverkene ble tatt til orientering.\n",
        "Rapporten fra tilsynet med vannverkene",
    ),
    ("nb", "Andre saker\n- Kommunestyret tok kvartalsrapport 3 til etterretning.\n", "kvartalsrapport 3"),
    (
        "nb",
        "Revisjon\nBystyret tok revisjonsrapporten om innkjøp til etterretning uten merknader.\n",
        "revisjonsrapporten om innkjøp",
    ),
    (
        "nb",
        "Økonomi\nFormannskapet tok økonomirapporten for andre tertial til orientering.\n",
        "økonomirapporten for andre tertial",
    ),
    (
        "nn",
        "Kort om andre saker\n- Kommunestyret tok årsmeldinga frå eldrerådet til orientering.\n",
        "årsmeldinga frå eldrerådet",
    ),
    (
        "nn",
        "Tilsyn\nRapporten om tilsynet med vassverka vart teken til vitande.\n",
        "Rapporten om tilsynet med vassverka",
    ),
    ("nn", "Økonomi\nKommunestyret tok tertialrapporten til etterretning.\n", "tertialrapporten"),
    ("nn", "Kvartalsrapport\nKommunestyret tek kvartalsrapport 3 til orientering.\n", "kvartalsrapport 3"),
    ("nn", "Ungdomsrådet\nMeldinga frå ungdomsrådet vart teke til orientering.\n", "Meldinga frå ungdomsrådet"),
    (
        "nl",
        "Korte berichten\nDe raad nam de brief van de provincie voor kennisgeving aan.\n",
        "de brief van de provincie",
    ),
    (
        "nl",
        "Korte berichten\nDe gemeenteraad nam het jaarverslag van de ombudsman voor kennisgeving aan.\n",
        "het jaarverslag van de ombudsman",
    ),
    (
        "nl",
        "Korte berichten\nDaarnaast nam de raad de evaluatie van het parkeerbeleid voor kennisgeving aan.\n",
        "de evaluatie van het parkeerbeleid",
    ),
    ("nl", "Korte berichten\nDe raad nam de kwartaalrapportage voor kennisgeving aan.\n", "de kwartaalrapportage"),
    (
        "nl",
        "Korte berichten\nDe gemeenteraad nam de jaarrekening van de veiligheidsregio voor kennisgeving aan.\n",
        "de jaarrekening van de veiligheidsregio",
    ),
]


@pytest.mark.parametrize(("language", "paragraph", "subject"), CASES)
def test_a_news_paragraph_taking_a_matter_for_information_is_named_by_the_matter(
    language: str, paragraph: str, subject: str
) -> None:
    rows = votes(HEADS[language] + paragraph, language)
    assert [(r.outcome, r.subject) for r in rows] == [("noted", subject)]


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        ("da", "Baggrund\nBorgmesteren orienterede kort om byggeriet af sundhedshuset.\n"),
        ("nb", "Bakgrunn\nOrdføreren orienterte om arbeidet med ny skole.\n"),
        ("nn", "Interpellasjon\nInterpellasjonen om ferjetilbodet vart svart ut av ordføraren.\n"),
        ("nl", "Korte berichten\nHet college nam kennis van het jaarverslag 2025 van de rekenkamer.\n"),
        ("nl", "Vragenuur\nTwee inwoners stelden vragen over de bushalte. De burgemeester antwoordde.\n"),
    ],
)
def test_a_news_paragraph_that_takes_nothing_for_information_gives_no_noted_row(language: str, paragraph: str) -> None:
    assert [r for r in votes(HEADS[language] + paragraph, language) if r.outcome == "noted"] == []
