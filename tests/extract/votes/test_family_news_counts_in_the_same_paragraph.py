"""A news item reports one decision per paragraph: where the paragraph names the decision without a vote and its
next sentence gives the count in words of its own ("Kommunalbestyrelsen vedtog budget 2027. Budgetaftalen mellem A,
V, C og F blev vedtaget med 18 stemmer for og 3 imod."), the two sentences are one row, named by the first, counted by
the second. Look-alikes: a second decision with another outcome (an amendment voted down) or a decision in the next
paragraph stays a row of its own.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADS = {
    "da": "Nyt fra kommunalbestyrelsen\nPubliceret 30. oktober 2026\n\nKommunalbestyrelsen holdt møde torsdag den 29."
    " oktober 2026. Her er beslutningerne.\n\n",
    "nb": "Nytt fra kommunestyret\nPublisert 30. oktober 2026\n\nKommunestyret hadde møte torsdag 29. oktober 2026."
    " Her er vedtakene.\n\n",
    "nl": "Nieuws uit de gemeenteraad\nGepubliceerd op 30 oktober 2026\n\nIn de raadsvergadering van donderdag 29"
    " oktober 2026 zijn de volgende besluiten genomen.\n\n",
}

MERGED = [
    (
        "da",
        "BUDGET 2027 VEDTAGET\nKommunalbestyrelsen vedtog ved 2. behandling budget 2027. Budgetaftalen mellem A, V,"
        " C og F blev vedtaget med 18 stemmer for og 3 imod.\n",
        (18, 3),
    ),
    (
        "da",
        "NY SKOLE\nKommunalbestyrelsen godkendte byggeriet af en ny skole i Vestbyen. Anlægsbevillingen blev"
        " godkendt med 20 stemmer mod 5.\n",
        (20, 5),
    ),
    (
        "da",
        "HAVNEBAD\nByrådet vedtog at etablere et havnebad. Projektet på 12 mio. kr. blev vedtaget med 21 stemmer"
        " for og 4 imod.\n",
        (21, 4),
    ),
    (
        "da",
        "TAKSTER\nKommunalbestyrelsen vedtog de nye takster for madservice. Forslaget fra forvaltningen blev"
        " vedtaget med 19 stemmer for og 6 imod.\n",
        (19, 6),
    ),
    (
        "da",
        "CYKELSTI\nByrådet godkendte cykelstien langs Søvej. Anlægsbevillingen på 6 mio. kr. blev godkendt med 25"
        " stemmer mod 2.\n",
        (25, 2),
    ),
    (
        "nb",
        "Budsjett\nKommunestyret vedtok budsjettet for 2027. Budsjettforliket mellom Ap, Sp og SV ble vedtatt med"
        " 18 mot 9 stemmer.\n",
        (18, 9),
    ),
    (
        "nb",
        "Ny skole\nKommunestyret vedtok å bygge ny skole på Nes. Investeringen på 90 millioner ble vedtatt med 20"
        " mot 7 stemmer.\n",
        (20, 7),
    ),
    ("nb", "Havnebad\nBystyret vedtok å bygge et havnebad. Prosjektet ble vedtatt med 30 mot 9 stemmer.\n", (30, 9)),
    (
        "nb",
        "Takster\nKommunestyret vedtok nye takster for SFO. Økningen på 5 prosent ble vedtatt med 15 mot 10 stemmer.\n",
        (15, 10),
    ),
    (
        "nb",
        "Gang- og sykkelvei\nKommunestyret vedtok gang- og sykkelveien langs Fv 20. Bevilgningen ble vedtatt med"
        " 22 mot 5 stemmer.\n",
        (22, 5),
    ),
]


@pytest.mark.parametrize(("language", "paragraph", "counts"), MERGED)
def test_a_count_in_the_next_sentence_counts_the_paragraphs_decision(
    language: str, paragraph: str, counts: tuple[int, int]
) -> None:
    rows = votes(HEADS[language] + paragraph, language)
    assert [(r.votes_for, r.votes_against) for r in rows] == [counts]


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        (
            "da",
            "BUDGET\nKommunalbestyrelsen vedtog budget 2027 med 17 stemmer mod 4. Et ændringsforslag fra SF om flere"
            " pædagoger blev forkastet med 4 stemmer for og 17 imod.\n",
            2,
        ),
        (
            "da",
            "BUDGET\nKommunalbestyrelsen vedtog budget 2027.\n\nSKOLE\nByrådet godkendte den nye skole med 20"
            " stemmer mod 5.\n",
            2,
        ),
        (
            "nb",
            "Budsjett\nKommunestyret vedtok budsjettet for 2027.\n\nSkole\nKommunestyret vedtok ny skole med 20"
            " mot 7 stemmer.\n",
            2,
        ),
    ],
)
def test_another_outcome_or_another_paragraph_stays_its_own_row(language: str, text: str, count: int) -> None:
    assert len(votes(HEADS[language] + text, language)) == count
