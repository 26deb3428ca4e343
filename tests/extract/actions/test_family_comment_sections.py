"""Family: a report whose status table is followed by comments on some of its items, each under the
item's code and title ("A3 Felles parkeringsløysing" / "Tiltaket er sett på vent ..."): the item is
one action, not two; a comment that reports a newer status than the table's field shows the field is
stale. Items outside the table come as coded headings, also ending in a colon, over a status sentence.
Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

REPORTS = {
    "da": (
        "Årsrapport 2024 - opfølgning på handleplanen\n\n"
        "Nr    Handling                                 Ansvar        Status\n"
        "A1    Ny cykelsti til skolen                   Teknik        Gennemført\n"
        "A2    Ladestandere ved rådhuset                Teknik        I gang\n"
        "A3    Fælles parkering ved havnen              Plan          Ikke påbegyndt\n\n"
        "Bemærkninger til enkelte handlinger\n\n"
        "A2 Ladestandere ved rådhuset\nUdbuddet er afsluttet, og standerne sættes op i foråret.\n\n"
        "A3 Fælles parkering ved havnen\nHandlingen er sat i bero, indtil lokalplanen er vedtaget.\n\n"
        "Andre handlinger\nB1 Affaldssortering i institutioner:\nHandlingen er gennemført i alle institutioner.\n",
        [
            ("A1", "Ny cykelsti til skolen", "completed"),
            ("A2", "Ladestandere ved rådhuset", "in_progress"),
            ("A3", "Fælles parkering ved havnen", "paused"),
            ("B1", "Affaldssortering i institutioner", "completed"),
        ],
    ),
    "nb": (
        "Årsrapport 2024 - oppfølging av handlingsplanen\n\n"
        "Nr    Tiltak                                   Ansvar        Status\n"
        "A1    Ny gang- og sykkelvei til skolen         Teknisk       Gjennomført\n"
        "A2    Ladepunkter ved rådhuset                 Teknisk       Pågår\n"
        "A3    Felles parkering ved havna               Plan          Ikke startet\n\n"
        "Kommentarer til enkelte tiltak\n\n"
        "A2 Ladepunkter ved rådhuset\nAnbudet er avsluttet, og laderne settes opp til våren.\n\n"
        "A3 Felles parkering ved havna\nTiltaket er satt på vent til reguleringsplanen er vedtatt.\n\n"
        "Andre tiltak\nB1 Kildesortering i barnehagene:\nTiltaket er gjennomført i alle barnehagene.\n",
        [
            ("A1", "Ny gang- og sykkelvei til skolen", "completed"),
            ("A2", "Ladepunkter ved rådhuset", "in_progress"),
            ("A3", "Felles parkering ved havna", "paused"),
            ("B1", "Kildesortering i barnehagene", "completed"),
        ],
    ),
    "nn": (
        "Årsrapport 2024 - oppfølging av handlingsplanen\n\n"
        "Nr    Tiltak                                   Ansvar        Status\n"
        "A1    Ny gang- og sykkelveg til skulen         Teknisk       Gjennomført\n"
        "A2    Ladepunkt ved rådhuset                   Teknisk       Under arbeid\n"
        "A3    Felles parkering ved kaia                Plan          Ikkje starta\n\n"
        "Kommentarar til enkelte tiltak\n\n"
        "A2 Ladepunkt ved rådhuset\nAnbodet er avslutta, og ladarane vert sette opp til våren.\n\n"
        "A3 Felles parkering ved kaia\nTiltaket er sett på vent til reguleringsplanen er vedteken.\n\n"
        "Andre tiltak\nB1 Kjeldesortering i barnehagane:\nTiltaket er fullført i alle barnehagane.\n",
        [
            ("A1", "Ny gang- og sykkelveg til skulen", "completed"),
            ("A2", "Ladepunkt ved rådhuset", "in_progress"),
            ("A3", "Felles parkering ved kaia", "paused"),
            ("B1", "Kjeldesortering i barnehagane", "completed"),
        ],
    ),
    "nl": (
        "Jaarrapportage 2024 - voortgang uitvoeringsprogramma\n\n"
        "Nr    Actie                                    Trekker       Status\n"
        "A1    Nieuw fietspad naar de school            Openbare ruimte   Afgerond\n"
        "A2    Laadpalen bij het gemeentehuis           Openbare ruimte   Loopt\n"
        "A3    Gezamenlijk parkeren bij de haven        Ruimte        Nog niet gestart\n\n"
        "Toelichting op enkele acties\n\n"
        "A2 Laadpalen bij het gemeentehuis\nDe aanbesteding is afgerond en de palen komen er in het voorjaar.\n\n"
        "A3 Gezamenlijk parkeren bij de haven\nDeze actie is gepauzeerd tot het bestemmingsplan is vastgesteld.\n\n"
        "Overige acties\nB1 Afval scheiden op scholen:\nDeze actie is afgerond op alle scholen.\n",
        [
            ("A1", "Nieuw fietspad naar de school", "completed"),
            ("A2", "Laadpalen bij het gemeentehuis", "in_progress"),
            ("A3", "Gezamenlijk parkeren bij de haven", "paused"),
            ("B1", "Afval scheiden op scholen", "completed"),
        ],
    ),
}


@pytest.mark.parametrize("language", list(REPORTS))
def test_an_item_commented_after_its_table_is_one_action_and_a_newer_comment_wins(language):
    text, expected = REPORTS[language]
    assert rows(text, language) == expected


def test_two_items_with_one_code_but_other_titles_stay_two_actions():
    text = (
        "Status 2024\n\nNr    Handling                     Status\n"
        "1.1   Cykelsti til skolen          Gennemført\n\nDelplan for natur\n\n"
        "Nr    Handling                     Status\n1.1   Nye vandhuller i engen       I gang\n"
    )
    assert rows(text, "da") == [
        ("1.1", "Cykelsti til skolen", "completed"),
        ("1.1", "Nye vandhuller i engen", "in_progress"),
    ]
