"""Family: the status vocabularies of trackers, which vary between municipalities: the same status word is read
whether it stands in a table's status column ('Status', 'Fremdrift', 'Framdrift', 'Voortgang', 'Stand van
zaken'), on a 'Status:' field line under the action, or at the end of the action's line. Nynorsk trackers
often write Bokmål forms ('utsatt', 'forsinket') and Bokmål trackers 'Framdrift'. A delayed action is still in
progress. Snippets written for these tests; the same word in a prose sentence about something else is no
status."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

# (language, status column header, action noun, status word, expected status)
WORDS = [
    # --- Danish ---
    ("da", "Fremdrift", "Handling", "Igangsat", "in_progress"),
    ("da", "Status", "Indsats", "Påbegyndt", "in_progress"),
    ("da", "Fremdrift", "Handling", "Under opstart", "in_progress"),
    ("da", "Status", "Indsats", "Forsinket", "in_progress"),
    ("da", "Status", "Handling", "Udskudt", "paused"),
    ("da", "Fremdrift", "Indsats", "Sat i bero", "paused"),
    ("da", "Status", "Handling", "Ikke startet", "not_started"),
    ("da", "Status", "Handling", "Gennemført", "completed"),
    # --- Norwegian Bokmål ---
    ("nb", "Status", "Tiltak", "Pågår", "in_progress"),
    ("nb", "Framdrift", "Tiltak", "I rute", "in_progress"),
    ("nb", "Framdrift", "Tiltak", "Under utføring", "in_progress"),
    ("nb", "Status", "Tiltak", "Iverksatt", "in_progress"),
    ("nb", "Fremdrift", "Tiltak", "Ikke iverksatt", "not_started"),
    ("nb", "Status", "Tiltak", "Utsatt", "paused"),
    ("nb", "Framdrift", "Tiltak", "Fullført", "completed"),
    ("nb", "Status", "Tiltak", "Avsluttet", "completed"),
    # --- Norwegian Nynorsk ---
    ("nn", "Status", "Tiltak", "Forsinka", "in_progress"),
    ("nn", "Framdrift", "Tiltak", "Forsinket", "in_progress"),
    ("nn", "Fremdrift", "Tiltak", "I rute", "in_progress"),
    ("nn", "Status", "Tiltak", "Utsatt", "paused"),
    ("nn", "Status", "Tiltak", "Skrinlagd", "cancelled"),
    ("nn", "Framdrift", "Tiltak", "Ikkje starta", "not_started"),
    ("nn", "Status", "Tiltak", "Gjennomført", "completed"),
    # --- Dutch ---
    ("nl", "Voortgang", "Actie", "Loopt", "in_progress"),
    ("nl", "Status", "Maatregel", "Op schema", "in_progress"),
    ("nl", "Stand van zaken", "Actie", "Vertraagd", "in_progress"),
    ("nl", "Status", "Actie", "On hold", "paused"),
    ("nl", "Voortgang", "Maatregel", "Stopgezet", "cancelled"),
    ("nl", "Status", "Actie", "Nog niet gestart", "not_started"),
    ("nl", "Stand van zaken", "Actie", "Afgerond", "completed"),
]

FIRST = {
    "da": "Ny cykelsti ved skolen",
    "nb": "Ny gangbru over elva",
    "nn": "Ny gangbru over elva",
    "nl": "Nieuw fietspad langs de school",
}
SECOND = {
    "da": "Solceller på rådhuset",
    "nb": "Ladestasjoner ved rådhuset",
    "nn": "Ladestasjonar ved rådhuset",
    "nl": "Zonnepanelen op het stadhuis",
}
DONE = {"da": "Gennemført", "nb": "Fullført", "nn": "Fullført", "nl": "Afgerond"}


def _expected(language: str, status: str, numbered: bool) -> list[tuple[str | None, str, str]]:
    return [
        ("1" if numbered else None, FIRST[language], status),
        ("2" if numbered else None, SECOND[language], "completed"),
    ]


@pytest.mark.parametrize(("language", "header", "noun", "word", "status"), WORDS)
def test_status_word_in_a_pipe_tables_status_column(
    language: str, header: str, noun: str, word: str, status: str
) -> None:
    text = (
        f"| Nr. | {noun} | {header} |\n|---|---|---|\n"
        f"| 1 | {FIRST[language]} | {word} |\n| 2 | {SECOND[language]} | {DONE[language]} |\n"
    )
    assert rows(text, language) == _expected(language, status, numbered=True)


@pytest.mark.parametrize(("language", "header", "noun", "word", "status"), WORDS)
def test_status_word_on_a_status_field_line_under_each_action(
    language: str, header: str, noun: str, word: str, status: str
) -> None:
    text = f"{noun} 1: {FIRST[language]}\nStatus: {word}\n\n{noun} 2: {SECOND[language]}\nStatus: {DONE[language]}\n"
    assert rows(text, language) == _expected(language, status, numbered=True)


@pytest.mark.parametrize(("language", "header", "noun", "word", "status"), WORDS)
def test_status_word_at_the_end_of_a_numbered_action_line(
    language: str, header: str, noun: str, word: str, status: str
) -> None:
    text = f"{header}\n\n1.1 {FIRST[language]} – {word.lower()}\n1.2 {SECOND[language]} – {DONE[language].lower()}\n"
    assert rows(text, language) == [
        ("1.1", FIRST[language], status),
        ("1.2", SECOND[language], "completed"),
    ]


PROSE = [
    (
        "da",
        "Fremdrift\n\nByrådet behandlede budgettet i marts. Arbejdet med den nye plan er forsinket.",
    ),
    (
        "da",
        "Status\n\nKommunen brugte i 2024 3,2 mio. kr. på klimaindsatsen, og arbejdet med en ny plan er igangsat.\n",
    ),
    (
        "nb",
        "Framdrift\n\nKommunestyret behandlet saken i mars. Arbeidet med planen er utsatt fordi konsulenten sluttet.\n",
    ),
    (
        "nn",
        "Framdrift\n\nKommunestyret handsama saka i mars. Arbeidet med planen er forsinka fordi konsulenten slutta.\n",
    ),
    ("nn", "Status\n\nKommunen brukte 3,2 millionar kroner på klimaarbeidet i 2024, og møtet vart utsatt til april.\n"),
    (
        "nl",
        "Voortgang\n\nDe raad besprak de begroting in maart. Het werk aan het plan is vertraagd.",
    ),
]


@pytest.mark.parametrize(("language", "text"), PROSE)
def test_status_word_in_a_prose_sentence_under_a_status_heading_gives_no_action(language: str, text: str) -> None:
    assert rows(text, language) == []


BUDGET = [
    (
        "da",
        "| Post | Budget | Forbrug |\n|---|---|---|\n"
        "| Cykelstier | 200.000 | 150.000 |\n| Solceller | 1.000.000 | 0 |\n",
    ),
    (
        "nb",
        "| Post | Budsjett | Forbruk |\n|---|---|---|\n"
        "| Gangbru | 200 000 | 150 000 |\n| Ladestasjoner | 1 000 000 | 0 |\n",
    ),
    (
        "nn",
        "| Post | Budsjett | Forbruk |\n|---|---|---|\n"
        "| Gangbru | 200 000 | 150 000 |\n| Ladestasjonar | 1 000 000 | 0 |\n",
    ),
    (
        "nl",
        "| Post | Begroting | Besteed |\n|---|---|---|\n"
        "| Fietspad | 200.000 | 150.000 |\n| Zonnepanelen | 1.000.000 | 0 |\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), BUDGET)
def test_budget_table_without_a_status_column_gives_no_action(language: str, text: str) -> None:
    assert rows(text, language) == []
