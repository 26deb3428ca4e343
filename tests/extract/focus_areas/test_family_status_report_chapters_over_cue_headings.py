"""A plan's status report: an intro counting the plan's themes ("Planen har tre satsingsområder og 11 tiltak"),
numbered chapters (introduction, "Status per satsingsområde", notes, proposed decision) and, inside the status
chapter, one heading per theme carrying the cue word over its table ("Satsingsområde 2: Næringsliv"). The cue
headings name the themes; the chapters, one of them the cue heading itself, are the report's own parts."""

from __future__ import annotations

import pytest

TABLE = (
    "| Nr | Tiltak | Status |\n|----|--------|--------|\n"
    "| {n}.1 | Tiltak en | Pågår |\n| {n}.2 | Tiltak to | Fullført |\n"
)


def _report(title: str, intro: str, chapters: list[str], status_at: int, word: str, themes: list[str]) -> str:
    out = [title, "", ""]
    for i, chapter in enumerate(chapters, start=1):
        out.append(f"{i}. {chapter}")
        if i == 1:
            out.append(intro)
        elif i == status_at:
            out.append("")
            for n, theme in enumerate(themes, start=1):
                out.append(f"{word} {n}: {theme}")
                out.append(TABLE.format(n=n))
        else:
            out.append("Teksten i dette kapitlet handler om noe annet enn temaene.")
        out.append("")
    return "\n".join(out)


CASES = [
    (
        "nb",
        "Statusrapport for klimahandlingsplanen 2025",
        "Handlingsplanen har tre satsingsområder og 11 tiltak. Rapporten viser status for hvert tiltak.",
        ["Innledning", "Status per satsingsområde", "Samarbeid med næringslivet", "Forslag til vedtak"],
        "Satsingsområde",
        ["Mobilitet", "Næringsliv og innovasjon", "Natur og vann"],
    ),
    (
        "nn",
        "Rapportering på handlingsplan for folkehelse 2026",
        "Planen har fire innsatsområde og 16 tiltak. Her er status for kvart tiltak.",
        ["Innleiing", "Status for innsatsområda", "Merknader", "Vidare arbeid", "Framlegg til vedtak"],
        "Innsatsområde",
        ["Barn og unge", "Eldre", "Psykisk helse", "Fysisk aktivitet"],
    ),
    (
        "da",
        "Statusrapport 2025 for handleplan for bæredygtighed",
        "Handleplanen rummer tre indsatsområder og ti handlinger.",
        ["Indledning", "Status pr. indsatsområde", "Noter", "Indstilling"],
        "Indsatsområde",
        ["Grøn omstilling", "Vand og klimatilpasning", "Cirkulær økonomi"],
    ),
    (
        "da",
        "Midtvejsstatus 2026 – klimaplanens fokusområder",
        "Klimaplanen har fire fokusområder. Status opgøres for hvert af dem nedenfor.",
        ["Baggrund", "Status per fokusområde", "Samlet vurdering", "Nye forslag", "Indstilling"],
        "Fokusområde",
        ["Bygninger", "Transport", "Affald", "Landbrug"],
    ),
    (
        "nl",
        "Voortgangsrapportage uitvoeringsprogramma duurzaamheid 2026",
        "Het programma kent drie speerpunten en twaalf acties.",
        ["Inleiding", "Stand per speerpunt", "Nieuwe ideeën", "Voorstel"],
        "Speerpunt",
        ["Energietransitie", "Klimaatadaptatie", "Circulaire economie"],
    ),
]


@pytest.mark.parametrize(("language", "title", "intro", "chapters", "word", "themes"), CASES)
def test_cue_headings_under_a_status_chapter_are_the_themes(labels, language, title, intro, chapters, word, themes):
    text = _report(title, intro, chapters, 2, word, themes)
    assert labels(text, language) == themes


LOOK_ALIKES = [
    # a strategy whose counted cue is followed by its theme sections, no chapter named after the cue word
    (
        "nb",
        "Klimastrategi 2025-2030\n\nStrategien har tre satsingsområder. De beskrives nedenfor.\n\n"
        "Mobilitet\nVi skal kutte utslipp fra transport i hele kommunen.\n\n"
        "Næringsliv\nVi skal styrke grønne arbeidsplasser i regionen.\n\n"
        "Natur og vann\nVi skal ta vare på vassdrag og kystnatur.\n",
        ["Mobilitet", "Næringsliv", "Natur og vann"],
    ),
    (
        "da",
        "Klimastrategi 2026-2030\n\nStrategien har tre indsatsområder. De beskrives herunder.\n\n"
        "Energi\nVi vil omstille varmeforsyningen i hele kommunen.\n\n"
        "Mobilitet\nVi vil gøre det let at tage cyklen og bussen.\n\n"
        "Natur\nVi vil skabe mere sammenhængende natur.\n",
        ["Energi", "Mobilitet", "Natur"],
    ),
]


@pytest.mark.parametrize(("language", "text", "themes"), LOOK_ALIKES)
def test_theme_sections_after_a_count_stay_the_themes(labels, language, text, themes):
    assert labels(text, language) == themes
