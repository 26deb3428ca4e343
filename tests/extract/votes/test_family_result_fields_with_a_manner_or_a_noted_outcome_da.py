"""Danish result fields whose value says more than the bare outcome word: an adoption 'without a vote'
("Resultat: Vedtaget uden afstemning."), a postponement naming what was put off or until when ("Resultat:
Sagen udsat til næste møde."), and a noting ("Resultat: Til efterretning.", "Resultat: Taget til
efterretning."). Each decides the case under its header, as the bare field does; a field whose value decides
nothing ("Resultat: Sagen drøftet.") gives no row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "AFSTEMNINGER\nByrådet, mandag den 9. marts 2026\n\n"
    "Sag 30 | Anlægsbevilling til ny daginstitution i Vester Hassing\n"
    "Resultat: Vedtaget. For: 25. Imod: 2.\n\n"
)
TITLES = [
    "Tillæg nr. 4 til Spildevandsplan 2023-2031",
    "Høringssvar om regional udviklingsstrategi",
    "Status på klimahandleplanen",
    "Låneoptagelse til energirenovering af skoler",
    "Navngivning af ny vej i Hals",
]
HEADERS = ["Sag 31 | {t}", "Punkt 31: {t}", "31. {t}", "Sag 31 – {t}", "Sag nr. 31 {t}"]


def _rows(header: str, title: str, field: str) -> list[tuple]:
    text = HEAD + header.format(t=title) + f"\n{field}\n\nSenest opdateret 10.03.2026\n"
    return [(r.subject, r.outcome) for r in votes(text, "da") if r.case_number == "31"]


ADOPTED = [
    "Resultat: Vedtaget uden afstemning.",
    "Resultat: Godkendt uden afstemning",
    "Beslutning: Vedtaget uden afstemning.",
    "Resultat: Tiltrådt uden afstemning.",
    "Resultat: Anbefalet uden afstemning.",
]
POSTPONED = [
    "Resultat: Sagen udsat til næste møde.",
    "Resultat: Udsat til byrådets møde i april.",
    "Resultat: Behandlingen blev udsat.",
    "Resultat: Sagen er udsat på foranledning af borgmesteren.",
    "Beslutning: Sagen udsat.",
]
NOTED = [
    "Resultat: Til efterretning.",
    "Resultat: Taget til efterretning.",
    "Afstemningsresultat: Til orientering.",
    "Resultat: Sagen blev taget til efterretning.",
    "Resultat: Orienteringen taget til efterretning",
]


@pytest.mark.parametrize(
    ("field", "outcome"),
    [(f, "adopted") for f in ADOPTED] + [(f, "postponed") for f in POSTPONED] + [(f, "noted") for f in NOTED],
)
def test_a_result_field_with_a_manner_or_a_noting_decides_the_case(field, outcome):
    for header, title in zip(HEADERS, TITLES, strict=True):
        assert _rows(header, title, field) == [(title, outcome)], (header, field)


@pytest.mark.parametrize(
    "field",
    [
        "Resultat: Sagen drøftet.",
        "Resultat: Behandlet.",
        "Resultat: Resultatet offentliggøres ikke.",
        "Resultat: Udsættelse af sagen blev foreslået, men ikke sat til afstemning.",
        "Resultat: Til drøftelse i udvalget.",
    ],
)
def test_a_result_field_deciding_nothing_gives_no_row(field):
    assert _rows(HEADERS[0], TITLES[0], field) == []
