"""Family: a follow-up record of labelled fields ("Sak: / Tittel: / Vedtak: / Status: / Kommentar:") whose
decision text wraps onto an unlabelled next line going on in lower case. The wrapped line belongs to the
field above: the record stays one record, its title the "Tittel" field, never the cut decision sentence.
Look-alike: a line under a record that opens in upper case is no wrap. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

RULE = "=" * 60 + "\n"

RECORDS = [
    (
        "nb",
        "Oppfølging av politiske vedtak – 2. tertial 2026\n\n" + RULE +
        "Sak:        PS 21/25\nTittel:     Ny gangbru over elva\nVedtak:     Kommunestyret ber kommunedirektøren "
        "starte prosjektering\n            av gangbru ved skolen.\nStatus:     Under arbeid\n"
        "Kommentar:  Anbud lyses ut i høst.\n" + RULE +
        "Sak:        PS 30/25\nTittel:     Lengre åpningstid på biblioteket\nVedtak:     Biblioteket holder åpent "
        "til kl. 20\n            på torsdager.\nStatus:     Ferdig\nKommentar:  Innført fra mars.\n" + RULE,
        [("PS 21/25", "Ny gangbru over elva", "in_progress"),
         ("PS 30/25", "Lengre åpningstid på biblioteket", "completed")],
    ),
    (
        "nn",
        "Oppfølging av politiske vedtak 2026\n\n" + RULE +
        "Sak:        PS 8/26\nTittel:     Ny båthamn i Vika\nVedtak:     Kommunestyret ber kommunedirektøren "
        "greie ut\n            ei ny båthamn.\nStatus:     Pågår\n" + RULE +
        "Sak:        PS 12/26\nTittel:     Gratis symjeopplæring\nVedtak:     Tilbodet vert gjeve til alle "
        "born\n            i 1. klasse.\nStatus:     Fullført\n" + RULE,
        [("PS 8/26", "Ny båthamn i Vika", "in_progress"), ("PS 12/26", "Gratis symjeopplæring", "completed")],
    ),
    (
        "da",
        "Opfølgning på byrådets beslutninger 2026\n\n" + RULE +
        "Sag:        14/26\nTitel:      Ny legeplads i Vestbyen\nBeslutning: Byrådet beder forvaltningen om "
        "at anlægge\n            en legeplads ved skolen.\nStatus:     Gennemført\n" + RULE +
        "Sag:        22/26\nTitel:      Helhedsplan for havnen\nBeslutning: Forvaltningen udarbejder en plan "
        "for\n            havneområdet.\nStatus:     I gang\n" + RULE,
        [("14/26", "Ny legeplads i Vestbyen", "completed"), ("22/26", "Helhedsplan for havnen", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RECORDS)
def test_a_wrapped_decision_field_keeps_the_record_and_its_title(language, text, expected):
    assert rows(text, language) == expected


def test_an_upper_case_line_under_a_record_is_no_wrap():
    text = ("Oppfølging av vedtak 2026\n\nSak: PS 3/26\nTittel: Ny turvei\nStatus: Ferdig\n"
            "Kommentar: Turveien ble åpnet i mai.\nNeste rapport kommer i oktober.\n")
    assert rows(text, "nb") == [("PS 3/26", "Ny turvei", "completed")]
