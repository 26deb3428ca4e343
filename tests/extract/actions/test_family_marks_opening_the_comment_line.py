"""A tracker whose coded items stand on their own line and whose status is the legend's box or symbol opening
the comment line under each ("A3  Verkeerseducatie" / "    [D] Zes van de negen scholen doen mee."): the mark
is the item's status field, read through the legend, whatever the comment's sentence says in passing. A comment
line that opens with a mark and names another status in its first words ("[L] Het ontwerp is gereed; de
aanbesteding loopt.") is an item's report, never a legend entry redefining the mark. Without a legend, a
bracketed capital explains nothing. Documents written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

MARKED = [
    (
        "nl",
        "Toelichting: per project de stand. Legenda: [A] afgerond,\n"
        "[U] in uitvoering, [G] gedeeltelijk klaar, [S] stilgelegd, [N] nog niet gestart.\n"
        "\n"
        "THEMA 1  ENERGIE\n"
        "E1  Zonnedak sporthal De Wiekslag\n"
        "    [G] Het eerste deel van het dak ligt er; het tweede deel volgt na de zomer.\n"
        "E2  Warmtenet Noord\n"
        "    [N] De gesprekken met de netbeheerder lopen nog.\n"
        "E3  Led-verlichting wijk Oost\n"
        "    [U] Het ontwerp is klaar; de aanleg is bezig.\n",
        [
            ("E1", "Zonnedak sporthal De Wiekslag", "partly_completed"),
            ("E2", "Warmtenet Noord", "not_started"),
            ("E3", "Led-verlichting wijk Oost", "in_progress"),
        ],
    ),
    (
        "da",
        "Forklaring: (F) færdig, (I) i gang, (D) delvist gennemført, (P) sat på pause, (A) aflyst\n"
        "\n"
        "Spor A  Grøn mobilitet\n"
        "A1  Cykelsti mellem Lunde og Vesterby\n"
        "    (D) Første etape er anlagt, anden etape mangler finansiering.\n"
        "A2  Samkørselsplads ved motorvejen\n"
        "    (P) Vejdirektoratet har bedt om en ny placering.\n"
        "A3  Elbiler i hjemmeplejen\n"
        "    (F) Alle 24 biler er leveret og i brug.\n",
        [
            ("A1", "Cykelsti mellem Lunde og Vesterby", "partly_completed"),
            ("A2", "Samkørselsplads ved motorvejen", "paused"),
            ("A3", "Elbiler i hjemmeplejen", "completed"),
        ],
    ),
    (
        "nb",
        "Tegnforklaring: [X] gjennomført · [~] pågår · [ ] ikke startet · [/] avlyst\n"
        "\n"
        "T1  Kartlegging av friluftsområder\n"
        "    [~] Feltarbeidet er delt mellom to konsulenter.\n"
        "T2  Ny turvei rundt Storvatnet\n"
        "    [ ] Grunneierne er kontaktet.\n"
        "T3  Skilting av turløyper\n"
        "    [/] Fylkeskommunen tar over skiltingen.\n",
        [
            ("T1", "Kartlegging av friluftsområder", "in_progress"),
            ("T2", "Ny turvei rundt Storvatnet", "not_started"),
            ("T3", "Skilting av turløyper", "cancelled"),
        ],
    ),
    (
        "nn",
        "Forklaring: [F] ferdig, [P] pågår, [V] sett på vent, [I] ikkje starta.\n"
        "\n"
        "K1  Bustadtomter på Nesheim\n"
        "    [P] Reguleringsplanen er vedteken; opparbeidinga er i gang.\n"
        "K2  Ny kai i Vågen\n"
        "    [V] Prosjektet ventar på statleg tilskot.\n"
        "K3  Ladestasjon ved rådhuset\n"
        "    [I] Kommunen har søkt Enova om støtte.\n",
        [
            ("K1", "Bustadtomter på Nesheim", "in_progress"),
            ("K2", "Ny kai i Vågen", "paused"),
            ("K3", "Ladestasjon ved rådhuset", "not_started"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), MARKED)
def test_the_mark_opening_an_items_comment_line_is_its_status(language, text, expected):
    assert rows(text, language) == expected


def test_a_bracketed_capital_without_a_legend_states_nothing():
    text = (
        "Tiltak 1  Ny barnehage i Sentrum\n"
        "    [B] Barnehagen åpnet i august.\n"
        "Tiltak 2  Ny idrettshall\n"
        "    [K] Prosjektet ble lagt bort i mars.\n"
    )
    assert [status for _, _, status in rows(text, "nb")] == ["completed", "cancelled"]
