"""A document's own parts ("Økonomi", "Opfølgning", "Financiën", "Tot slot", "Vedlegg") after the theme
sections are no themes: they end the run, so a counted cue still agrees with its themes."""

from __future__ import annotations

import pytest

from tests.extract.focus_areas.test_numbered_headings import BODY

SETUP = {
    "da": (
        "Strategien har tre indsatsområder, som beskrives nedenfor.",
        ["Sundhed", "Læring", "Trivsel"],
        ["Økonomi", "Opfølgning", "Evaluering", "Bilag", "Tidsplan"],
    ),
    "nb": (
        "Planen har tre satsingsområder, som beskrives nedenfor.",
        ["Folkehelse", "Næring", "Klima"],
        ["Økonomi", "Oppfølging", "Evaluering", "Vedlegg", "Oppsummering"],
    ),
    "nn": (
        "Planen har tre satsingsområde, som er omtala nedanfor.",
        ["Folkehelse", "Næring", "Klima"],
        ["Økonomi", "Oppfølging", "Evaluering", "Vedlegg", "Samandrag"],
    ),
    "nl": (
        "Het akkoord kent drie speerpunten, die we hieronder uitwerken.",
        ["Wonen", "Werken", "Zorg"],
        ["Financiën", "Tot slot", "Evaluatie", "Bijlagen", "Samenvatting"],
    ),
}


@pytest.mark.parametrize(
    ("language", "closing"), [(lang, part) for lang, (_, _, parts) in SETUP.items() for part in parts]
)
def test_a_closing_part_after_the_themes_ends_them(labels, language, closing):
    cue, themes, _ = SETUP[language]
    body = BODY[language]
    sections = "\n\n".join(f"{heading}\n{body}" for heading in [*themes, closing, "Bestuur"])
    assert labels(f"Strategi 2030\n\n{cue}\n\n{sections}", language) == themes
