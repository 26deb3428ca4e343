"""Family: a numbered list whose items end in their status in brackets ("4. Chatbot på nettsiden (ikke
påbegynt)"), one item a line. Each item's status is its own: the next item, with a status of its own, is
no comment on the one above, so a later item's "(fullført)" never makes an earlier one part done.
Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CASES = [
    (
        "nb",
        "Statusrapport digitaliseringsstrategien\n\n"
        "1. Innføre digital postkasse for innbyggerne (fullført)\n2. Nytt sak- og arkivsystem (pågår)\n"
        "3. Trådløst nett i alle skoler (fullført)\n4. Chatbot på kommunens nettside (ikke påbegynt)\n"
        "5. Opplæring i informasjonssikkerhet (pågår)\n6. Digitale timebestillinger (utsatt)\n",
        [
            ("1", "Innføre digital postkasse for innbyggerne", "completed"),
            ("2", "Nytt sak- og arkivsystem", "in_progress"),
            ("3", "Trådløst nett i alle skoler", "completed"),
            ("4", "Chatbot på kommunens nettside", "not_started"),
            ("5", "Opplæring i informasjonssikkerhet", "in_progress"),
            ("6", "Digitale timebestillinger", "paused"),
        ],
    ),
    (
        "da",
        "Status\n\n1. Ny legeplads i Søndermarken (i gang)\n2. Hundeskov ved skoven (ikke påbegyndt)\n"
        "3. Bænke langs søstien (gennemført)\n",
        [
            ("1", "Ny legeplads i Søndermarken", "in_progress"),
            ("2", "Hundeskov ved skoven", "not_started"),
            ("3", "Bænke langs søstien", "completed"),
        ],
    ),
    (
        "nn",
        "Status for tiltaka\n\n1. Ny gangbru over elva (i gang)\n2. Kartlegging av kulturminne (ikkje starta)\n"
        "3. Ny brannstasjon (gjennomført)\n",
        [
            ("1", "Ny gangbru over elva", "in_progress"),
            ("2", "Kartlegging av kulturminne", "not_started"),
            ("3", "Ny brannstasjon", "completed"),
        ],
    ),
    (
        "nl",
        "Stand van zaken\n\n1. Tweede brug over de Dommel (loopt)\n2. Extra speelplekken (nog niet gestart)\n"
        "3. Evaluatie parkeerbeleid (afgerond)\n",
        [
            ("1", "Tweede brug over de Dommel", "in_progress"),
            ("2", "Extra speelplekken", "not_started"),
            ("3", "Evaluatie parkeerbeleid", "completed"),
        ],
    ),
    (
        "nb",
        "Oppfølging\n\na) Nye gatelys i sentrum (ikke startet)\nb) Trafikksikring av Skoleveien (fullført)\n",
        [
            ("a", "Nye gatelys i sentrum", "not_started"),
            ("b", "Trafikksikring av Skoleveien", "completed"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_each_bracketed_status_belongs_to_its_own_item(language: str, text: str, expected: list) -> None:
    assert rows(text, language) == expected
