"""One-item tracker pages named by a title field instead of a heading ("Titel" over its value,
"Prosjekt: Ny hal"), ids written with "nr." or as a plain project number, and decision keywords
("Verbalvedtak 2 – ..."); fields of people, dates and contacts never name the action."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions


def _rows(text: str, language: str) -> list[tuple[str | None, str, str]]:
    doc = document_from_text(text, language=language, municipality="Testkommune")
    return [(r.action_id, r.title, r.status) for r in actions.extract(doc)]


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


RECORDS = [
    (
        "da",
        _page("Projekt: Ny daginstitution i Nordby", "Projektnummer: P-2211", "Status: Afsluttet"),
        [("P-2211", "Ny daginstitution i Nordby", "completed")],
    ),
    (
        "da",
        _page("Titel", "Cykelsti langs Åvej", "Kontaktperson", "Anne Hansen, tlf. 7070 1234", "Status", "I gang"),
        [(None, "Cykelsti langs Åvej", "in_progress")],
    ),
    (
        "da",
        _page("Beslutningsopfølgning", "Sag nr. 45: Trafiksikring ved Østre Skole", "Status: Gennemført"),
        [("45", "Trafiksikring ved Østre Skole", "completed")],
    ),
    (
        "da",
        _page("Byrådsbeslutning 2023-14 Nye toiletter på stranden", "Status: Udskudt til 2025"),
        [("2023-14", "Nye toiletter på stranden", "paused")],
    ),
    (
        "da",
        _page("Indsats: Flere grønne tage", "Id: 3417", "Ansvarlig: Teknik og Miljø", "Status: Ikke påbegyndt"),
        [("3417", "Flere grønne tage", "not_started")],
    ),
    (
        "nb",
        _page("Prosjekt: Ny flerbrukshall", "Prosjektnummer: 4012", "Prosjektleder: Ola Nordmann", "Status: Pågår"),
        [("4012", "Ny flerbrukshall", "in_progress")],
    ),
    (
        "nb",
        _page(
            "Verbalvedtak 2 – Flere lærlingeplasser", "Kommunen skal øke antallet lærlingeplasser.", "Status: Fullført"
        ),
        [("2", "Flere lærlingeplasser", "completed")],
    ),
    (
        "nb",
        _page("Sak nr. 12/23 Ny gangbru over elva", "Status: Stilt i bero"),
        [("12/23", "Ny gangbru over elva", "paused")],
    ),
    (
        "nb",
        _page("Tittel", "Gratis skolemat", "Vedtaksdato", "12.05.2023", "Status", "Avsluttet"),
        [(None, "Gratis skolemat", "completed")],
    ),
    (
        "nb",
        _page("Tiltak: Trygg skolevei", "Status: Under arbeid", "Prosjektet skal stå ferdig i 2025."),
        [(None, "Trygg skolevei", "in_progress")],
    ),
    (
        "nn",
        _page(
            "Prosjekt: Ny fleirbrukshall",
            "Prosjektnummer: 4012",
            "Status: Under bygging",
            "Bygget skal stå ferdig i 2025.",
        ),
        [("4012", "Ny fleirbrukshall", "in_progress")],
    ),
    (
        "nn",
        _page("Verbalvedtak 3 – Gratis leirskule", "Status: Gjennomført"),
        [("3", "Gratis leirskule", "completed")],
    ),
    (
        "nn",
        _page("Sak nr. 34/22 Ny brannstasjon", "Status: Ikkje starta"),
        [("34/22", "Ny brannstasjon", "not_started")],
    ),
    (
        "nn",
        _page(
            "Tittel", "Breiband til alle grender", "Kontaktperson", "Kari Nordmann, tlf. 900 00 000", "Status", "Avlyst"
        ),
        [(None, "Breiband til alle grender", "cancelled")],
    ),
    (
        "nn",
        _page("Tiltak: Ny turveg", "Saksnummer: 2211", "Status: Sett på vent"),
        [("2211", "Ny turveg", "paused")],
    ),
    (
        "nl",
        _page(
            "Titel",
            "Motie vreemd aan de orde: Ruimte voor jongeren",
            "Indiener",
            "CDA",
            "Datum",
            "12-05-2023",
            "Status",
            "Afgedaan",
        ),
        [(None, "Motie vreemd aan de orde: Ruimte voor jongeren", "completed")],
    ),
    (
        "nl",
        _page("Motie nr. 23 Groene schoolpleinen", "Status: In uitvoering"),
        [("23", "Groene schoolpleinen", "in_progress")],
    ),
    (
        "nl",
        _page("Project: Nieuw zwembad", "Projectnummer: 7781", "Status: Vertraagd"),
        [("7781", "Nieuw zwembad", "in_progress")],
    ),
    (
        "nl",
        _page(
            "Toezegging",
            "T-77 Evaluatie parkeerbeleid",
            "Portefeuillehouder",
            "Wethouder Jansen",
            "Status",
            "Nog niet gestart",
        ),
        [("T-77", "Evaluatie parkeerbeleid", "not_started")],
    ),
    (
        "nl",
        _page("Maatregel: Extra handhaving in het centrum", "Status: Vervallen"),
        [(None, "Extra handhaving in het centrum", "cancelled")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RECORDS)
def test_a_tracker_page_named_by_a_title_field_or_keyword_code(language, text, expected):
    assert _rows(text, language) == expected


NOT_ACTIONS = [
    ("da", _page("Kontaktperson", "Anne Hansen", "Tlf. 7070 1234", "Status", "Opdateret 12. marts 2024")),
    ("da", _page("Titel", "Referat af borgermødet", "Dato", "12. marts 2024")),
    ("nb", _page("Prosjektleder: Ola Nordmann", "Telefon: 900 00 000", "E-post: ola@kommune.no")),
    ("nb", _page("Tittel", "Nyhetsbrev mars", "Dato", "12.03.2024")),
    ("nn", _page("Kontaktperson", "Kari Nordmann", "Telefon", "900 00 000")),
    ("nn", _page("Tittel", "Referat frå møtet", "Dato", "12.03.2024")),
    ("nl", _page("Contactpersoon", "J. Jansen", "Telefoon", "14 0123", "E-mail", "info@gemeente.nl")),
    ("nl", _page("Titel", "Verslag informatieavond", "Datum", "12-03-2024")),
]


@pytest.mark.parametrize(("language", "text"), NOT_ACTIONS)
def test_contact_cards_and_pages_without_a_status_are_not_actions(language, text):
    assert _rows(text, language) == []
