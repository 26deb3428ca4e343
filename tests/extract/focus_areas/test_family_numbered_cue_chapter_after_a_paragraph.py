"""A numbered chapter carrying the cue word ("2. Speerpunten", "3. Våre satsingsområder") right after the previous
chapter's paragraph, its themes as numbered sections under it ("2.1 ..."): the paragraph ends in a full stop and
is no lead-in of a list, so a veto word in it ("agenda", "program") does not make the chapter an agenda point.
Look-alike: a numbered line under a real agenda's label ("Agenda:" / "1. ..." / "2. Satsingsområder") names a
point of the meeting. Texts written for these tests."""

from __future__ import annotations

import pytest

CHAPTERS = [
    (
        "nl",
        "Internationale strategie 2025-2029\n1. Inleiding\nDeze strategie vervangt de agenda uit 2019.\n"
        "2. Speerpunten\n2.1 Vitale economie\nTekst.\n2.2 Klimaat en energie\nTekst.\n2.3 Jeugd\nTekst.\n"
        "3. Organisatie\nTekst.\n",
        ["Vitale economie", "Klimaat en energie", "Jeugd"],
    ),
    (
        "da",
        "Strategi for internationalt samarbejde\n1. Indledning\n"
        "Strategien afløser det tidligere program for 2019-2022.\n"
        "2. Indsatsområder\n2.1 Grøn omstilling\nTekst.\n2.2 Unge og uddannelse\nTekst.\n3. Opfølgning\nTekst.\n",
        ["Grøn omstilling", "Unge og uddannelse"],
    ),
    (
        "nb",
        "Internasjonal strategi\n1. Innledning\nStrategien bygger på programmet som ble vedtatt i 2020.\n"
        "2. Våre satsingsområder\n2.1 Arktisk samarbeid\nTekst.\n2.2 Klimatilpasning\nTekst.\n"
        "2.3 Kultur\nTekst.\n3. Oppfølging\nTekst.\n",
        ["Arktisk samarbeid", "Klimatilpasning", "Kultur"],
    ),
    (
        "nn",
        "Strategi for internasjonalt arbeid\n1. Innleiing\nStrategien held fram arbeidet frå programmet for 2020.\n"
        "2. Satsingsområde\n2.1 Reiseliv\nTekst.\n2.2 Folkehelse\nTekst.\n3. Oppfølging\nTekst.\n",
        ["Reiseliv", "Folkehelse"],
    ),
    (
        "nl",
        "Europastrategie\n1. Aanleiding\nDe raad vroeg om een nieuwe agenda voor Europa.\n"
        "2. Onze drie speerpunten\n2.1 Werk\nTekst.\n2.2 Wonen\nTekst.\n2.3 Klimaat\nTekst.\n3. Financiën\nTekst.\n",
        ["Werk", "Wonen", "Klimaat"],
    ),
]

AGENDAS = [
    ("nb", "Møte i formannskapet\nAgenda:\n1. Godkjenning av innkalling\n2. Satsingsområder 2025\n3. Eventuelt\n"),
    ("nl", "Vergadering commissie\nAgenda:\n1. Opening\n2. Speerpunten 2026\n3. Rondvraag\n"),
]


@pytest.mark.parametrize(("language", "text", "expected"), CHAPTERS)
def test_a_numbered_cue_chapter_after_a_paragraph_lists_its_sections(labels, language, text, expected):
    assert labels(text, language) == expected


@pytest.mark.parametrize(("language", "text"), AGENDAS)
def test_a_point_of_an_agenda_announces_no_themes(labels, language, text):
    assert labels(text, language) == []
