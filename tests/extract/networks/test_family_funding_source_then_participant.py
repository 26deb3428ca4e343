"""A programme named as a project's money source, followed in the same paragraph by the sentence that names the
municipality among the participants ('Projektet er støttet af Interreg Deutschland-Danmark. Haderslev deltager
sammen med Flensburg ...'), is a programme the municipality takes part in. When the next sentence names no
participant, or stands after a blank line, the programme stays a mere funding source."""

from __future__ import annotations

import pytest

SOURCE_THEN_PARTICIPANT = [
    (
        "da",
        "Tønder",
        "Kystbyer i forandring (2024-2027)\nProjektet er støttet af Interreg Deutschland-Danmark. "
        "Tønder Kommune deltager sammen med Niebüll og Husum.",
        "Interreg",
    ),
    (
        "da",
        "Vejle",
        "Et udvekslingsprojekt for lærlinge, finansieret af Erasmus+. Partnerne er Vejle Kommune, "
        "en erhvervsskole og to virksomheder.",
        "Erasmus+",
    ),
    (
        "nb",
        "Bodø",
        "Prosjektet er finansiert av Interreg Aurora.\nBodø kommune deltar sammen med Luleå og Rovaniemi.",
        "Interreg",
    ),
    (
        "nn",
        "Stord",
        "Utvekslinga er finansiert av Erasmus+. Stord kommune er partnar saman med ein skule i Kiel.",
        "Erasmus+",
    ),
    (
        "nl",
        "Venlo",
        "Het project wordt gefinancierd door Interreg Deutschland-Nederland. Venlo werkt daarin samen met Nettetal.",
        "Interreg",
    ),
    ("nl", "Gent", "De uitwisseling wordt gefinancierd uit Erasmus+. De stad Gent is een van de partners.", "Erasmus+"),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), SOURCE_THEN_PARTICIPANT)
def test_a_funding_source_followed_by_the_issuer_taking_part_is_a_row(rows, language, town, text, name):
    assert name in rows(text, language, town)


SOURCE_ONLY = [
    (
        "da",
        "Tønder",
        "Projektet er støttet af Interreg Deutschland-Danmark. Projektet ledes af Syddansk Universitet.",
        "Interreg",
    ),
    ("nb", "Bodø", "Festivalen er finansiert av Erasmus+.\n\nBodø kommune deltar i mange nettverk.", "Erasmus+"),
    (
        "nl",
        "Venlo",
        "Het museum wordt gefinancierd door Interreg. De gemeente Venlo verleent de vergunning.",
        "Interreg",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), SOURCE_ONLY)
def test_a_funding_source_with_no_participant_after_it_is_no_row(rows, language, town, text, name):
    assert name not in rows(text, language, town)
