"""A decision list laid out under a dash ruler ("Sak  Tittel / vedtak"): each case's title on the row, its decisions
on the lines under it in the title's column. A capitalised line under a title that ended whole is the decision, a line
of its own ("Godkjent uten merknader.", "Tatt til orientering."); only a title stopped mid-phrase (a preposition, an
article, a comma) runs on onto a capital, and a lower-case line always does. Lines written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import clean_lines

RULER = "--------  ------------------------------------------------------"


def rows(*lines: str) -> list[str]:
    return [line for line in clean_lines("\n".join(["Sak       Tittel / vedtak", RULER, *lines])) if line][2:]


@pytest.mark.parametrize(
    ("title", "decision"),
    [
        ("Godkjenning av møtebok fra 14.03.2026", "Godkjent uten merknader."),
        ("Økonomirapport 1. tertial 2026", "Tatt til orientering."),
        ("Tilstandsrapport for grunnskolen 2025", "Formannskapet tar rapporten til orientering"),
        ("Godkendelse af referat fra mødet 12. maj", "Godkendt."),
        ("Jaarrekening 2025 van de Veiligheidsregio", "Aangenomen zonder hoofdelijke stemming."),
        ("Uttale til Nasjonal transportplan 2029–2040", "Samrøystes vedteke med endringar frå Sp."),
    ],
)
def test_a_decision_under_a_whole_title_keeps_its_own_line(title, decision):
    assert rows(f"PS 12/26  {title}", f"          {decision}") == [f"PS 12/26\t{title}", decision]


@pytest.mark.parametrize(
    ("title", "rest", "joined"),
    [
        ("Søknad om tilskudd til", "Nordvik idrettslag", "Søknad om tilskudd til Nordvik idrettslag"),
        ("Kjøp av tomt fra", "Statens vegvesen, Hestnes", "Kjøp av tomt fra Statens vegvesen, Hestnes"),
        ("Reguleringsplan for Sjøgata,", "Strandgata og Torget", "Reguleringsplan for Sjøgata, Strandgata og Torget"),
        ("Kommunal planstrategi 2026–2029 – innstilling til", "kommunestyret", None),
        ("Verkoop van de voormalige", "basisschool De Regenboog", None),
    ],
)
def test_a_title_stopped_mid_phrase_runs_on(title, rest, joined):
    expected = joined or f"{title} {rest}"
    assert rows(f"PS 12/26  {title}", f"          {rest}") == [f"PS 12/26\t{expected}"]
