"""Family 8: not decisions — titles, running headers, plan names, headlines and background references give no row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

NOT_DECISIONS = [
    ("nb", "Møtebok\n\nKommuneplanens samfunnsdel 2020–2032\n\nVedtatt plan for sentrum\n"),
    ("nb", "Planen ble vedtatt av bystyret i 2019 og gjelder fram til 2030.\n"),
    ("nb", "Strategien bygger på kommuneplanen som ble vedtatt i juni 2021.\n"),
    ("nb", "Saken skal behandles i kommunestyret, som skal vedtas i desember.\n"),
    ("nb", "Tidligere vedtatt klimaplan ligger til grunn for arbeidet.\n"),
    ("nn", "Møtebok\n\nKommuneplanen sin samfunnsdel – vedteken plan\n"),
    ("nn", "Planen vart vedteken av kommunestyret i 2018.\n"),
    ("nn", "Kommunestyret vedtok i mars 2020 ein ny klimaplan.\n"),
    ("nn", "Tidlegare vedteke budsjett vert lagt til grunn.\n"),
    ("nn", "Referat\n\nVedtatt budsjett 2024\n"),
    ("da", "Referat\n\nKlimaplan 2050 – vedtaget af Byrådet\n"),
    ("da", "Byrådet vedtog den 15. december 2021 Sundhedspolitikken 2022–2026.\n"),
    ("da", "Byrådet har i marts 2022 besluttet at udfase børnehuset.\n"),
    ("da", "Byrådet skal tage stilling til, om skema A kan godkendes.\n"),
    ("da", "Politikken blev godkendt i 2019 og revideres i år.\n"),
    ("nl", "Notulen\n\nVastgesteld bestemmingsplan Dorpskern\n"),
    ("nl", "Het beleidsplan werd in 2019 door de raad vastgesteld.\n"),
    ("nl", "De gemeenteraad besluit hierover in december.\n"),
    ("nl", "Het reglement, vastgesteld in de gemeenteraad van 25 februari 2019, geeft iedere burger dat recht.\n"),
    ("nl", "De raad zal het plan naar verwachting in juni vaststellen.\n"),
]


@pytest.mark.parametrize(("language", "text"), NOT_DECISIONS)
def test_titles_headers_and_background_give_no_row(language, text):
    assert votes(text, language) == []


@pytest.mark.parametrize("language", ["da", "nb", "nn", "nl"])
def test_a_heading_a_title_and_a_background_reference_give_no_row(language):
    text = {
        "da": "Referat\n\nKlimaplan 2030\n\nPlanen blev vedtaget af byrådet i 2019.\n",
        "nb": "Møtebok\n\nKlimaplan 2030\n\nPlanen ble vedtatt av bystyret i 2019.\n",
        "nn": "Møtebok\n\nKlimaplan 2030\n\nPlanen vart vedteken av kommunestyret i 2019.\n",
        "nl": "Notulen\n\nKlimaplan 2030\n\nHet plan werd in 2019 door de raad vastgesteld.\n",
    }[language]
    assert votes(text, language) == []
