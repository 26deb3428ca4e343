"""A plan or strategy whose chapters are numbered from its own parts ("1 Bakgrunn", "2 Status" ... "4 Samarbeid"):
a later chapter with the same numbering is the document's chapter, never an action headed by it, though its text
reports something paused or renewed ("Samarbeidet med Kiruna er satt på vent"). Numbered project headings in a
status section with no such part chapter ("1 Ny skole i Nørreby"), and sub-numbered items under a part chapter
("2.1 Ny barnehage på Vik"), stay actions."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CHAPTERS = [
    ("nn", "Handlingsprogram for idrett 2026-2029\n\n1 Bakgrunn\nKommunen har mange idrettslag.\n\n"
     "2 Satsingsområde\nProgrammet har to satsingsområde: anlegg og aktivitet.\n\n3 Tiltak\n"
     "Tiltaka har ikkje status i dette dokumentet. Status vert rapportert i årsmeldinga.\n\n"
     "4 Samarbeid\nKommunen er med i Idrettsrådet. Arbeidet med ny hall vart sett på vent i 2024.\n"),
    ("nb", "Strategi for internasjonalt samarbeid 2026-2030\n\n1 Innledning\nKommunen ligger ved grensen.\n\n"
     "2 Status\nStatus for tiltakene rapporteres i årsmeldingen.\n\n"
     "3 Våre partnere\nVennskapsavtalen med Luleå er fornyet. Samarbeidet med Kiruna er satt på vent siden 2022.\n"),
    ("da", "Europastrategi 2026-2030\n\n1 Indledning\nKommunen vil arbejde mere med EU.\n\n"
     "2 Status\nStatus på indsatserne gives i årsrapporten.\n\n"
     "3 Partnerskaber\nSamarbejdet med Kiel er sat i bero siden 2022. Aftalen med Lund er fornyet.\n"),
    ("nb", "Kulturplan 2026-2029\n\n1 Bakgrunn\nKommunen har et rikt kulturliv.\n\n"
     "2 Status\nStatus for tiltakene gis i årsmeldingen.\n\n"
     "3 Nettverk\nMedlemskapet i Kulturbyene er avsluttet. Arbeidet med festivalen er i gang.\n"),
    ("nl", "Internationaal beleid 2026-2030\n\n1 Inleiding\nDe gemeente ligt aan de grens.\n\n"
     "2 Stand van zaken\nDe voortgang van de acties staat in het jaarverslag.\n\n"
     "3 Samenwerking\nDe samenwerking met Kleve is on hold gezet. Het convenant met Goch is verlengd.\n"),
]
PROJECTS = [
    ("da", "Status på projekterne:\n\n1 Ny skole i Nørreby\nProjektet er afsluttet og skolen er taget i brug.\n\n"
     "2 Ny hal i Sønderby\nByggeriet er i gang og forventes færdigt i 2027.\n"),
    ("nb", "Handlingsplan 2026\n\n1 Innledning\nPlanen har to tiltak.\n\n2 Status\nStatus for tiltakene:\n\n"
     "2.1 Ny barnehage på Vik\nBarnehagen ble åpnet i august.\n\n2.2 Ny turvei\nArbeidet er i gang.\n"),
]


@pytest.mark.parametrize(("language", "text"), CHAPTERS)
def test_a_chapter_numbered_like_the_documents_own_parts_heads_no_action(language, text):
    assert rows(text, language) == []


def test_numbered_project_headings_without_part_chapters_stay_actions():
    language, text = PROJECTS[0]
    assert [status for *_, status in rows(text, language)] == ["completed", "in_progress"]


def test_sub_numbered_items_under_a_part_chapter_stay_actions():
    language, text = PROJECTS[1]
    assert rows(text, language) == [("2.1", "Ny barnehage på Vik", "completed"), ("2.2", "Ny turvei", "in_progress")]
