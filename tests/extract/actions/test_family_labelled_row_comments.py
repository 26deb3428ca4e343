"""Family: a follow-up table whose rows carry a labelled comment line under them ("Kommentar:",
"Merknad:", "Bemærkning:", "Toelichting:", "Opmerking:", "Status:"). The line is that row's comment,
wherever the row stands (the last row too), and the table goes on after it. A comment that states a
newer status than the field (done, dropped, paused) shows the field is stale; a comment that only
explains, or finishes a sub-step before the next one is planned, keeps the field; an empty comment
("Ingen.", "-") says nothing. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

RULER = "------  ---------------------------------------  ---------------\n"
HEADERS = {
    "da": ("Opfølgning på byrådets beslutninger\n\n", "Sag     Beslutning                               Status\n"),
    "nb": ("Oppfølging av politiske vedtak\n\n", "Sak     Vedtak                                   Status\n"),
    "nn": ("Oppfølging av politiske vedtak\n\n", "Sak     Vedtak                                   Status\n"),
    "nl": (
        "Voortgang moties en toezeggingen\n\n",
        "Nr.     Motie                                    Stand van zaken\n",
    ),
}
# (language, row title, field value, comment line, status expected)
COMMENTS = [
    ("da", "Ny skolevej i Nordby", "I gang", "Bemærkning: Beslutningen er hermed gennemført.", "completed"),
    (
        "da",
        "Helhedsplan for havnen",
        "I gang",
        "Kommentar: Helhedsplanen blev vedtaget og afsluttet i maj.",
        "completed",
    ),
    (
        "da",
        "Gratis bus for pensionister",
        "I gang",
        "Bemærkning: Ordningen er opgivet efter budgetforliget.",
        "cancelled",
    ),
    ("da", "Nyt svømmeanlæg", "Ikke påbegyndt", "Kommentar: Projektet er sat i bero til 2027.", "paused"),
    ("da", "Byttecentral ved genbrugspladsen", "I gang", "Status: Gennemført.", "completed"),
    (
        "nb",
        "Gratis kjernetid i SFO",
        "Under arbeid",
        "Kommentar: Utredningen er lagt fram og er dermed utført.",
        "completed",
    ),
    ("nb", "Ny idrettshall på Bakken", "Under arbeid", "Merknad: Idrettshallen ble åpnet i august.", "completed"),
    (
        "nb",
        "Lånegaranti for Fritidsparken",
        "Under arbeid",
        "Merknad: Saken er lagt bort etter vedtak i formannskapet.",
        "cancelled",
    ),
    ("nb", "Ny gangvei langs elva", "Under arbeid", "Kommentar: Tiltaket er stilt i bero.", "paused"),
    ("nb", "Flere lærere i småskolen", "Ikke påbegynt", "Status: Fullført.", "completed"),
    ("nn", "Ny gangveg til skulen", "Under arbeid", "Merknad: Vedtaket er med dette gjennomført.", "completed"),
    ("nn", "Ny barnehage på Nordbø", "Under arbeid", "Kommentar: Barnehagen vart opna i august.", "completed"),
    (
        "nn",
        "Felles brannvesen",
        "Under arbeid",
        "Merknad: Saka er lagt bort etter vedtak i kommunestyret.",
        "cancelled",
    ),
    ("nn", "Gratis kjernetid i SFO", "Pågår", "Kommentar: Tiltaket er sett på vent.", "paused"),
    ("nn", "Fleire lærarar i småskulen", "Ikkje starta", "Status: Fullført.", "completed"),
    ("nl", "Meer bomen in de binnenstad", "In uitvoering", "Toelichting: De motie is daarmee afgedaan.", "completed"),
    ("nl", "Nieuwe speeltuin in Noord", "In uitvoering", "Opmerking: De speeltuin is in mei geopend.", "completed"),
    ("nl", "Onderzoek naar een jongerenraad", "In uitvoering", "Toelichting: Het onderzoek is stopgezet.", "cancelled"),
    ("nl", "Gratis parkeren op zaterdag", "In uitvoering", "Opmerking: De uitvoering is on hold gezet.", "paused"),
    ("nl", "Extra leerkrachten", "Nog niet gestart", "Status: Afgerond.", "completed"),
]
# Comments that leave the field: they explain, finish a sub-step before the next is planned, or are empty.
LOOKALIKES = [
    ("da", "Nyt plejecenter", "I gang", "Bemærkning: Forprojektet er færdigt. Byggestart er planlagt i 2027."),
    ("da", "Ny cykelsti", "I gang", "Kommentar: Ingen."),
    ("da", "Flere pædagoger", "I gang", "Bemærkning: -"),
    (
        "nb",
        "Ny idrettshall på Bakken",
        "Under arbeid",
        "Kommentar: Forprosjektet er ferdig. Byggestart er planlagt i 2026.",
    ),
    ("nb", "Ny vei til skolen", "Under arbeid", "Kommentar: Ingen."),
    ("nb", "Flere lærere", "Under arbeid", "Merknad: -"),
    ("nn", "Ny fleirbrukshall", "Under arbeid", "Merknad: Forprosjektet er ferdig. Byggestart er planlagd i 2027."),
    ("nn", "Ny veg til skulen", "Under arbeid", "Kommentar: Ingen."),
    (
        "nl",
        "Nieuw zwembad",
        "In uitvoering",
        "Toelichting: Het voorontwerp is klaar. De bouw start naar verwachting in 2027.",
    ),
    ("nl", "Nieuw fietspad", "In uitvoering", "Opmerking: Geen."),
    ("nl", "Extra handhavers", "In uitvoering", "Toelichting: -"),
]
FIELD_STATUS = dict.fromkeys(["I gang", "Under arbeid", "Pågår", "In uitvoering"], "in_progress")
OTHER = {  # a second row, work going on
    "da": ("Nyt medborgerhus", "I gang"),
    "nb": ("Nytt kulturhus", "Under arbeid"),
    "nn": ("Nytt kulturhus", "Under arbeid"),
    "nl": ("Nieuw cultuurhuis", "In uitvoering"),
}


def _table(language: str, title: str, field: str, comment: str, last: bool) -> str:
    """A ruled follow-up table with the commented row first, or last (no row after its comment)."""
    intro, header = HEADERS[language]
    row = f"12/26   {title:<40} {field}\n        {comment}\n"
    name, status = OTHER[language]
    other = f"30/26   {name:<40} {status}\n"
    return intro + header + RULER + (other + row if last else row + other)


def _found(text: str, language: str) -> dict[str | None, tuple[str, str]]:
    return {ident: (name, status) for ident, name, status in rows(text, language)}


@pytest.mark.parametrize(("language", "title", "field", "comment", "expected"), COMMENTS)
@pytest.mark.parametrize("last", [False, True])
def test_a_labelled_comment_with_a_newer_status_shows_the_field_is_stale(
    language, title, field, comment, expected, last
):
    found = _found(_table(language, title, field, comment, last), language)
    assert found["12/26"] == (title, expected)
    assert "30/26" in found  # the table goes on after the comment, and the comment names no row


@pytest.mark.parametrize(("language", "title", "field", "comment"), LOOKALIKES)
def test_a_labelled_comment_that_only_explains_keeps_the_field(language, title, field, comment):
    found = _found(_table(language, title, field, comment, False), language)
    assert found["12/26"] == (title, FIELD_STATUS[field])
    assert "30/26" in found


def test_a_labelled_comment_under_a_pipe_table_row_is_its_comment():
    text = (
        "Opfølgning på budgetaftalen\n\nNr. | Initiativ | Status\n"
        "B1 | Flere pædagoger | I gang\nBemærkning: Initiativet er opgivet.\n"
        "B2 | Ny daginstitution | I gang\n"
    )
    assert rows(text, "da") == [("B1", "Flere pædagoger", "cancelled"), ("B2", "Ny daginstitution", "in_progress")]
