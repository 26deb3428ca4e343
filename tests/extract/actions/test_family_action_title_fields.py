"""Family: tracker records whose title stands in a field named after the action ("Handling: ...", "Actie: ...",
"Aktivitet: ...") above the status field: the title is the field's value, without its label. Snippets written
for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import DONE_WORD, FIRST_TITLE, SECOND_TITLE, rows, text_of

# (language, title label, second field, status label, status word, expected status)
LABELS = [
    ("da", "Handling", "Ansvarlig: Vej og park", "Status", "Gennemført", "completed"),
    ("da", "Tiltag", "Ansvarlig: Ejendomme", "Status", "Igangsat", "in_progress"),
    ("da", "Aktivitet", "Periode: 2024-2025", "Fremdrift", "Udskudt", "paused"),
    ("da", "Indsats", "Ansvarlig: Klima", "Status", "Ikke påbegyndt", "not_started"),
    ("da", "Initiativ", "Budget: 200.000 kr.", "Status", "Aflyst", "cancelled"),
    ("nb", "Tiltak", "Ansvarlig: Teknisk", "Status", "Fullført", "completed"),
    ("nb", "Aktivitet", "Ansvarlig: Kultur", "Status", "Pågår", "in_progress"),
    ("nb", "Prosjekt", "Frist: 2025", "Framdrift", "Utsatt", "paused"),
    ("nb", "Tiltak", "Budsjett: 200 000", "Status", "Ikke startet", "not_started"),
    ("nb", "Aktivitet", "Ansvarlig: Plan", "Status", "Avlyst", "cancelled"),
    ("nn", "Tiltak", "Ansvar: Teknisk", "Status", "Gjennomført", "completed"),
    ("nn", "Aktivitet", "Ansvar: Kultur", "Status", "I gang", "in_progress"),
    ("nn", "Prosjekt", "Frist: 2025", "Framdrift", "Utsett", "paused"),
    ("nn", "Tiltak", "Budsjett: 200 000", "Status", "Ikkje starta", "not_started"),
    ("nn", "Aktivitet", "Ansvar: Plan", "Status", "Avlyst", "cancelled"),
    ("nl", "Actie", "Trekker: gemeente", "Status", "Afgerond", "completed"),
    ("nl", "Activiteit", "Trekker: sportbedrijf", "Status", "Loopt", "in_progress"),
    ("nl", "Maatregel", "Planning: 2025", "Stand van zaken", "On hold", "paused"),
    ("nl", "Actie", "Budget: € 50.000", "Status", "Nog niet gestart", "not_started"),
    ("nl", "Project", "Trekker: provincie", "Voortgang", "Stopgezet", "cancelled"),
]


@pytest.mark.parametrize(("language", "label", "other", "field", "word", "status"), LABELS)
def test_title_field_named_after_the_action_gives_the_title_and_the_status_field_its_status(
    language: str, label: str, other: str, field: str, word: str, status: str
) -> None:
    text = text_of(
        f"{label}: {FIRST_TITLE[language]}",
        other,
        f"{field}: {word}",
        "",
        f"{label}: {SECOND_TITLE[language]}",
        other,
        f"{field}: {DONE_WORD[language]}",
    )
    assert rows(text, language) == [(None, FIRST_TITLE[language], status), (None, SECOND_TITLE[language], "completed")]
