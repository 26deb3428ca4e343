"""Family: a tracker in plain text without a header row whose lines read "code  title  MARK  comment", the
mark a symbol its legend explains ("Legenda: ● afgerond ◐ loopt ○ nog niet gestart"), the legend possibly
run on inside a sentence and wrapped over two lines, and a comment that wraps onto the next line. Every
coded line is an action whose status is its mark. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CASES = {
    "nl": (
        "Voortgang Uitvoeringsprogramma Groen 2025-2028\n\n"
        "Per thema de stand van de projecten. Legenda: ● afgerond  ◐ loopt\n"
        "○ nog niet gestart  ‖ gepauzeerd  ✕ vervallen\n\n"
        "Thema A  Bomen\n"
        "  A1  Bomenplan wijk Zuid                 ◐  Eerste 40 bomen geplant, rest\n"
        "                                             volgt in het najaar.\n"
        "  A2  Geveltuinen in de binnenstad         ●  Klaar.\n"
        "  A3  Snippergroen uitgeven aan bewoners ○  Start in 2027.\n",
        [
            ("A1", "Bomenplan wijk Zuid", "in_progress"),
            ("A2", "Geveltuinen in de binnenstad", "completed"),
            ("A3", "Snippergroen uitgeven aan bewoners", "not_started"),
        ],
    ),
    "da": (
        "Status for klimahandleplanen, juni 2026. Forklaring: ● gennemført  ◐ i gang\n"
        "○ ikke påbegyndt  ✕ opgivet\n\n"
        "  2.1  Solceller på skolerne                 ●  Alle seks anlæg kører.\n"
        "  2.2  Grøn transportplan                    ✕  Erstattet af den regionale plan.\n"
        "  2.3  Cykelparkering ved stationen          ◐  Udbuddet er afsluttet, byggeriet\n"
        "                                                begynder i august.\n",
        [
            ("2.1", "Solceller på skolerne", "completed"),
            ("2.2", "Grøn transportplan", "cancelled"),
            ("2.3", "Cykelparkering ved stationen", "in_progress"),
        ],
    ),
    "nb": (
        "Oppfølging av handlingsplanen. Tegnforklaring: ● fullført  ◐ pågår  ○ ikke startet\n\n"
        "  1a  Ny turvei langs elva                  ○  Venter på grunneieravtaler.\n"
        "  1b  Benker og belysning i parken          ◐  Benkene er satt ut.\n",
        [
            ("1a", "Ny turvei langs elva", "not_started"),
            ("1b", "Benker og belysning i parken", "in_progress"),
        ],
    ),
    "nn": (
        "Rapport på tiltaka. Forklaring: ● ferdig  ◐ i gang  ‖ sett på vent\n\n"
        "  K-1  Felles ladeplan for kommunale bilar  ‖  Ventar på fylket.\n"
        "  K-2  Varmepumpe i rådhuset                 ●  Montert i mars.\n"
        "  K-3  Enøk i Bygdahallen                    ◐  Prosjekteringa er i gang.\n",
        [
            ("K-1", "Felles ladeplan for kommunale bilar", "paused"),
            ("K-2", "Varmepumpe i rådhuset", "completed"),
            ("K-3", "Enøk i Bygdahallen", "in_progress"),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_a_mark_between_title_and_comment_is_the_lines_status(language: str) -> None:
    text, expected = CASES[language]
    assert rows(text, language) == expected


def test_a_dash_inside_the_title_is_no_mark() -> None:
    text = (
        "Legenda: ● afgerond  ◐ loopt\n\n"
        "  3a  Fietsroute Sas – Westdorpe             ◐  Loopt volgens planning.\n"
        "  3b  Snelfietspad Axel – Hulst              ●  Opengesteld.\n"
    )
    assert rows(text, "nl") == [
        ("3a", "Fietsroute Sas – Westdorpe", "in_progress"),
        ("3b", "Snelfietspad Axel – Hulst", "completed"),
    ]


def test_a_symbol_no_legend_explains_makes_no_row() -> None:
    text = (
        "Overzicht van de wijken\n\n"
        "  1a  Wijk Noord                             ◆  Zie bijlage 2.\n"
        "  1b  Wijk Zuid                              ◆  Zie bijlage 3.\n"
    )
    assert rows(text, "nl") == []
