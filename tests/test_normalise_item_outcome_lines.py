"""A lower-case outcome line under a wide numbered item title (a Flemish decision list: "goedgekeurd - eenparig",
"de gemeenteraad neemt kennis") is the item's decision, its own line; a title wrapped onto a lower-case past
participle that goes on with its phrase still runs on."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise

_WIDE = (
    "Aanwezig: de voorzitter van de gemeenteraad, de burgemeester, de schepenen en de\n"
    "raadsleden van alle fracties; de algemeen directeur en de adjunct-algemeen directeur\n"
    "OPENBARE ZITTING\n"
)

OUTCOME_LINES = {
    "dash unanimous": (
        "05  Samenwerkingsovereenkomst met de vzw Hagelandse Boomgaarden over het onderhoud",
        "goedgekeurd - eenparig",
    ),
    "counts": (
        "3. Aankoop van een perceel landbouwgrond langs de Molenbeek voor waterbuffering",
        "goedgekeurd met 17 stemmen voor en 8 stemmen tegen (N-VA 6, Vlaams Belang 2)",
    ),
    "rejected": (
        "12 Voorstel van raadslid Jan Claes (Groen) over een autoluwe schoolomgeving in Bos",
        "niet goedgekeurd - 5 stemmen voor, 20 stemmen tegen",
    ),
    "postponed": (
        "7. Retributiereglement op het gebruik van de gemeentelijke zalen en de feestmaterialen",
        "verdaagd naar de zitting van 20 april 2026",
    ),
    "noted": (
        "09  Werkingsverslag 2025 van de seniorenraad, de sportraad en de gemeentelijke jeugdraad",
        "de gemeenteraad neemt kennis",
    ),
    "noted, capital": (
        "4. Verslag van de toezichthouder van de hulpverleningszone over het werkingsjaar",
        "De raad neemt kennis",
    ),
    "colon": (
        "8. Wijziging van het huishoudelijk reglement van de gemeenteraad en de raadscommissies",
        "aangenomen: 21 stemmen voor, 4 onthoudingen",
    ),
}


@pytest.mark.parametrize("lines", OUTCOME_LINES.values(), ids=OUTCOME_LINES.keys())
def test_an_outcome_line_under_a_wide_item_title_is_its_own_line(lines):
    text, _ = normalise([_WIDE + "\n".join(lines)])
    assert text.splitlines()[-2:] == [" ".join(line.split()) for line in lines]  # gaps read as one space


WRAPPED_TITLES = {
    "participle going on": (
        "6. Aanpassing van het reglement op de buurtinitiatieven zoals eerder werd",
        "goedgekeurd in de zitting van de gemeenteraad van maart",
    ),
    "participle with agent": (
        "2. Kennisname van het bijgestuurde mobiliteitsplan zoals het vorig jaar werd",
        "vastgesteld door de provincie en de vervoerregio",
    ),
    "council as object": (
        "10. Vraag van de adviesraad om een jaarlijks overleg met de voltallige gemeente",
        "raad over de werking van de adviesraden",
    ),
}


@pytest.mark.parametrize("lines", WRAPPED_TITLES.values(), ids=WRAPPED_TITLES.keys())
def test_a_title_wrapped_onto_a_participle_phrase_still_runs_on(lines):
    text, _ = normalise([_WIDE + "\n".join(lines)])
    assert text.splitlines()[-1] == " ".join(lines)
