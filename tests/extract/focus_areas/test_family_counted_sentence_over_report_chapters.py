"""Family: a report on a plan opens with a sentence counting the plan's themes ("har 14 tiltak fordelt på tre
innsatsområde.") and goes on in numbered chapters of its own (status, a proposal, funding), the themes being
headings that carry the cue word further down ("INNSATSOMRÅDE A: Energi og bygg"): the cue headings name the
themes, not the chapters that happen to be as many. Look-alike: a strategy counting its themes over sections that
carry no cue word keeps those sections. Reports and strategies written for these tests."""

from __future__ import annotations

import pytest

REPORTS = {
    "nn": (
        "Rapportering på klimaplan 2025-2028",
        "I planen, vedteken i 2025, er 9 tiltak fordelt på tre innsatsområde.",
        ["2. Status for tiltaka", "3. Nye forslag", "4. Finansiering og samarbeid"],
        ["INNSATSOMRÅDE 1: Mobilitet", "INNSATSOMRÅDE 2: Mat og forbruk", "INNSATSOMRÅDE 3: Natur"],
    ),
    "nb": (
        "Statusrapport for handlingsplan for folkehelse",
        "Handlingsplanen har 12 tiltak innenfor tre innsatsområder.",
        ["2. Status per tiltak", "3. Avvik og tiltak som utgår", "4. Samarbeidspartnere"],
        ["Innsatsområde A: Fysisk aktivitet", "Innsatsområde B: Psykisk helse", "Innsatsområde C: Ernæring"],
    ),
    "da": (
        "Status på klimahandleplanen 2026",
        "Handleplanen rummer 11 handlinger fordelt på tre indsatsområder.",
        ["2. Status for handlingerne", "3. Nye handlinger", "4. Økonomi og partnerskaber"],
        ["Indsatsområde 1: Energi", "Indsatsområde 2: Transport", "Indsatsområde 3: Landbrug"],
    ),
    "nl": (
        "Voortgangsrapportage klimaatprogramma 2026",
        "Het programma telt 15 acties verdeeld over drie thema's.",
        ["2. Stand van zaken per actie", "3. Nieuwe voorstellen", "4. Samenwerking en subsidies"],
        ["Thema 1: Energie", "Thema 2: Mobiliteit", "Thema 3: Klimaatadaptatie"],
    ),
}


@pytest.mark.parametrize("language", sorted(REPORTS))
def test_cue_headings_name_the_themes_not_the_reports_chapters(labels, language):
    title, counting, chapters, headings = REPORTS[language]
    rows = "\n".join(f"| {n} | Tiltak {n} | Pågår |" for n in range(1, 3))
    body = "\n\n".join(f"{h}\n{rows}" for h in headings)
    text = f"{title}\n\n1. Innleiing\n{counting}\n\n{chapters[0]}\n\n{body}\n\n" + "\n\n".join(
        f"{c}\nTekst." for c in chapters[1:]
    )
    assert labels(text + "\n", language) == [h.split(": ", 1)[1] for h in headings]


STRATEGIES = {
    "nb": ("Næringsstrategi 2026-2030", "Strategien har tre satsingsområder.", ["Reiseliv", "Industri", "Landbruk"]),
    "nl": (
        "Sportnota 2026-2030",
        "Het sportbeleid heeft drie speerpunten.",
        ["Sport in de wijk", "Verenigingen", "Topsport"],
    ),
}


@pytest.mark.parametrize("language", sorted(STRATEGIES))
def test_a_strategy_counting_its_own_sections_keeps_them(labels, language):
    title, counting, sections = STRATEGIES[language]
    body = "\n\n".join(f"{n}. {s}\nTekst om {s.lower()}." for n, s in enumerate(sections, start=2))
    assert labels(f"{title}\n\n1. Innledning\n{counting}\n\n{body}\n", language) == sections
