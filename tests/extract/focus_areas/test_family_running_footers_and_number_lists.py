"""Two structure families of a strategy brochure. A running header or footer built of several parts
("Testkommune · Klimaplan 2026–2030 · side 3") is page furniture wherever it stands: never a theme, and
the themes after it are numbered from 1. A number among other numbers ("verdensmålene 3, 7 og 11")
counts nothing: the strategy's themes are the list its cue announces, not every heading after it."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract.focus_areas.announcements import announcements
from pipeline.extract.focus_areas.rules import cues
from tests.extract.focus_areas.test_numbered_headings import BODY

FOOTERS = {
    "da": [
        "Testkommune · Klimaplan 2026–2030 · side 3",
        "Bystrategi | Testby Kommune | side 12",
        "Kommuneplan 2024–2036 · Hovedstruktur · Side 7 af 40",
        "Testkommune – Sundhedspolitik 2025–2029 – side 2",
        "Erhvervs- og turismestrategi · 2026 · side 14",
    ],
    "nb": [
        "Testby kommune · Klimaplan 2026–2030 · side 3",
        "Kommuneplanens samfunnsdel | Testby kommune | side 12",
        "Næringsplan 2025–2028 · Handlingsdel · Side 7 av 40",
        "Testby kommune – Folkehelseplan 2025–2029 – side 2",
    ],
    "nn": [
        "Testby kommune · Klimaplan 2026–2030 · side 3",
        "Kommuneplanen sin samfunnsdel | Testby kommune | side 12",
        "Næringsplan 2025–2028 · Handlingsdel · Side 7 av 40",
    ],
    "nl": [
        "Gemeente Testdorp · Omgevingsvisie 2040 · pagina 8",
        "Strategie 2026–2030 | Testdorp | blz. 4",
        "Coalitieakkoord 2026–2030 · Samen verder · Pagina 5 van 32",
        "Gemeente Testdorp – Economische agenda 2025–2028 – p. 11",
    ],
}

# the counted cue heading, its three themes, and the other sections of the brochure after them
BROCHURE = {
    "da": (
        "Strategiens tre indsatsområder",
        ["Sundhed", "Læring og uddannelse", "Grøn omstilling"],
        ["Samarbejde", "Sådan blev planen til", "Opfølgning"],
    ),
    "nb": (
        "Planens tre satsingsområder",
        ["Helse", "Oppvekst og utdanning", "Grønn omstilling"],
        ["Samarbeid", "Slik ble planen til", "Oppfølging"],
    ),
    "nn": (
        "Planen sine tre satsingsområde",
        ["Helse", "Oppvekst og utdanning", "Grøn omstilling"],
        ["Samarbeid", "Slik vart planen til", "Oppfølging"],
    ),
    "nl": (
        "De drie speerpunten van de strategie",
        ["Gezondheid", "Onderwijs en werk", "Groene groei"],
        ["Samenwerking", "Zo kwam de strategie tot stand", "Meetpunten"],
    ),
}


def _brochure(language: str, footer: str, bullet: str = "◆") -> str:
    """A strategy brochure: a counted cue heading over its marked themes, a page footer, each theme again as
    a section, then the brochure's other sections and the footer once more."""
    heading, themes, others = BROCHURE[language]
    body = BODY[language]
    marked = "\n".join(f"{bullet} {theme}" for theme in themes)
    sections = "\n\n".join(f"{name}\n{body}" for name in [*themes, *others])
    return f"Strategi 2026–2030\n\n{heading}\n{marked}\n\n{footer}\n\n{sections}\n\n{footer}\n"


@pytest.mark.parametrize(
    ("language", "footer"), [(language, footer) for language, footers in FOOTERS.items() for footer in footers]
)
def test_a_running_footer_of_several_parts_is_no_theme_and_shifts_no_ordinal(labels, language, footer):
    assert labels(_brochure(language, footer), language) == BROCHURE[language][1]


@pytest.mark.parametrize(
    ("language", "footer"), [(language, footer) for language, footers in FOOTERS.items() for footer in footers]
)
def test_a_running_footer_of_several_parts_between_theme_sections_is_passed_over(labels, language, footer):
    heading, themes, _ = BROCHURE[language]
    body = BODY[language]
    sections = f"\n\n{footer}\n\n".join(f"{theme}\n{body}" for theme in themes)
    text = f"Strategi\n\n{heading}\n{body}\n\n{sections}\n"
    assert labels(text, language) == themes


@pytest.mark.parametrize("language", list(BROCHURE))
def test_a_heading_that_ends_in_a_page_word_without_a_number_stays_a_theme(labels, language):
    heading, themes, _ = BROCHURE[language]
    page = {"da": "Den gode side", "nb": "Den gode side", "nn": "Den gode sida", "nl": "Een nieuwe pagina"}[language]
    body = BODY[language]
    listed = [themes[0], page, themes[2]]
    text = f"Strategi\n\n{heading}\n{body}\n\n" + "\n\n".join(f"{name}\n{body}" for name in listed)
    assert labels(text, language) == listed


NUMBER_LISTS = {
    "da": [
        "Strategien bygger videre på Planstrategi 2023 og på FN's verdensmål 3, 7 og 11.",
        "Planen understøtter verdensmålene 6, 13 og 15.",
        "Indsatsen følger op på kapitel 2, 4 og 5.",
        "Den hænger sammen med målene 1, 10 og 16.",
        "Vi arbejder især med verdensmål 4, 8 og 9.",
    ],
    "nb": [
        "Strategien bygger på kommuneplanen og FNs bærekraftsmål 3, 7 og 11.",
        "Planen støtter opp under bærekraftsmålene 6, 13 og 15.",
        "Planen følger opp kapittel 2, 4 og 5.",
    ],
    "nn": [
        "Strategien byggjer på kommuneplanen og berekraftsmåla 3, 7 og 11.",
        "Planen følgjer opp kapittel 2, 4 og 5.",
    ],
    "nl": [
        "De strategie sluit aan bij de duurzame ontwikkelingsdoelen 3, 7 en 11.",
        "De strategie bouwt voort op hoofdstuk 2, 4 en 5.",
        "Het plan draagt bij aan de SDG's 6, 13 en 15.",
    ],
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [(language, sentence) for language, sentences in NUMBER_LISTS.items() for sentence in sentences],
)
def test_a_number_among_other_numbers_announces_no_count(language, sentence):
    doc = document_from_text(f"Strategi 2026–2030\n\n{sentence}\n", language=language, municipality="Testby")
    assert [ann.count for ann in announcements(doc.lines, cues(language)) if ann.count] == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [(language, sentence) for language, sentences in NUMBER_LISTS.items() for sentence in sentences],
)
def test_a_number_list_in_the_foreword_leaves_the_announced_themes(labels, language, sentence):
    text = _brochure(language, FOOTERS[language][0]).replace("\n\n", f"\n\nForord\n{sentence}\n\n", 1)
    assert labels(text, language) == BROCHURE[language][1]


COUNTED_SENTENCES = {
    "da": "Strategien bygger på 3 grundpiller:",
    "nb": "Strategien bygger på 3 bærebjelker:",
    "nn": "Strategien byggjer på 3 berebjelkar:",
    "nl": "De strategie rust op 3 fundamenten:",
}


@pytest.mark.parametrize("language", list(COUNTED_SENTENCES))
def test_a_digit_counting_a_word_in_a_strategy_paragraph_still_announces_its_list(labels, language):
    _, themes, _ = BROCHURE[language]
    marked = "\n".join(f"- {theme}" for theme in themes)
    text = f"Strategi 2026–2030\n\n{COUNTED_SENTENCES[language]}\n{marked}\n"
    assert labels(text, language) == themes
