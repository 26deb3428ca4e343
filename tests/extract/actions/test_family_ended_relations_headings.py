"""Family (precision): a numbered section of an annual report on international work headed by an ended
relation ("9.5 Avslutta samarbeid", "4.3 Opphørte vennskapsbyer") tells the relation's news; the heading
names no action even where the prose under it reports the end ("vart avslutta i 2024"). Look-alike: a
tracker's item whose title goes on to name the work ("2.1 Avslutta samarbeid med Voss om brannvakt").
Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

ENDED = [
    ("nn", "Årsmelding 2025 – internasjonalt arbeid\n\n4.1 Vennskapsbyar\nKommunen har tre vennskapsbyar.\n\n"
           "4.2 Avslutta samarbeid\nVennskapet med Hull vart avslutta av kommunestyret i 2024.\n"),
    ("nn", "Årsmelding for internasjonalt arbeid 2026\n\n2.3 Avvikla vennskap\n"
           "Samarbeidet med Kiel vart avvikla i 2025 etter lang tids stillstand.\n"),
    ("nb", "Årsrapport 2025 – internasjonalt arbeid\n\n"
           "3.2 Avsluttede samarbeid\nSamarbeidet med Oulu ble avsluttet i 2023.\n"),
    ("nb", "Årsrapport internasjonalt arbeid 2026\n\n5.4 Opphørte vennskapsbyer\n"
           "Vennskapet med Gdynia ble avsluttet av bystyret i 2022.\n"),
    ("da", "Årsrapport 2025 for det internationale arbejde\n\n6.2 Ophørte samarbejder\n"
           "Samarbejdet med Pärnu blev afsluttet i 2024.\n"),
    ("nl", "Jaarverslag 2025 internationale samenwerking\n\n2.4 Beëindigde stedenbanden\n"
           "De stedenband met Tarnów is in 2023 beëindigd.\n"),
]


@pytest.mark.parametrize(("language", "text"), ENDED)
def test_an_ended_relations_heading_is_no_action(language: str, text: str) -> None:
    assert rows(text, language) == []


def test_a_tracker_item_naming_the_ended_work_is_still_an_action() -> None:
    text = ("Oppfølging av handlingsplanen 2026\n\n2.1 Avslutta samarbeid med Voss om brannvakt\n"
            "Status: Fullført\n\n2.2 Ny felles legevakt\nStatus: Pågår\n")
    assert rows(text, "nn") == [
        ("2.1", "Avslutta samarbeid med Voss om brannvakt", "completed"),
        ("2.2", "Ny felles legevakt", "in_progress"),
    ]


def test_an_ended_word_inside_a_tracker_title_is_kept() -> None:
    text = ("Status handlingsplan 2026\n\nTiltak\tStatus\nAvsluttede avtaler om leie av lokaler\tFullført\n"
            "Ny avtale om kantinedrift\tPågår\n")
    assert rows(text, "nb") == [
        (None, "Avsluttede avtaler om leie av lokaler", "completed"),
        (None, "Ny avtale om kantinedrift", "in_progress"),
    ]
