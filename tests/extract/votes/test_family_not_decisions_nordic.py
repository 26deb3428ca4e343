"""Family 8 for Danish and Norwegian: agendas, titles, running headers and background references give no row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

NOT_DECISIONS = [
    (
        "da",
        "Dagsorden\n\nByrådet\nMødedato: 26-03-2024\n\n45. Lokalplan for Skovvej\n46. Salg af grund\n"
        "47. Budgetopfølgning\n",
    ),
    (
        "da",
        "45. Lokalplan for Skovvej\n\nIndstilling\nDirektionen indstiller, at orienteringen tages til efterretning.\n",
    ),
    ("da", "Referat\n\nByrådet\n\nKlimaplan 2030 – godkendt plan\n"),
    ("da", "Sagsfremstilling\nØkonomiudvalget godkendte den 12. marts 2023 en ramme for projektet.\n"),
    ("da", "Sagsnr. 20/12345\n\nLokalplanen skal godkendes af Byrådet.\n"),
    ("nb", "Saksliste\n\nKommunestyret\nMøtedato: 14.11.2023\n\nPS 41/23 Budsjett 2024\nPS 42/23 Referatsaker\n"),
    ("nb", "Møtebok\n\nKommunestyret\n\nPlanen ble vedtatt av bystyret i 2019.\n"),
    ("nb", "Saksframlegg\n\nKommunedirektørens innstilling:\nRapporten tas til orientering.\n"),
    ("nb", "Kommuneplanens samfunnsdel ble vedtatt av kommunestyret 15.06.2021 og skal rulleres.\n"),
    ("nb", "Møteprotokoll\n\nVedtatt budsjett 2024\n"),
    ("nn", "Sakliste\n\nKommunestyret\nMøtedato: 12.12.2024\n\nPS 80/24 Budsjett 2025\nPS 81/24 Årsmelding\n"),
    ("nn", "Møtebok\n\nKlimaplanen vart vedteken av kommunestyret i 2020.\n"),
    ("nn", "Saksframlegg\n\nKommunedirektøren si innstilling:\nMeldinga vert teken til vitande.\n"),
    ("nn", "Tidlegare vedteke budsjett ligg til grunn for arbeidet.\n"),
    ("nn", "Referat\n\nVedteken plan for oppvekst\n"),
]


@pytest.mark.parametrize(("language", "text"), NOT_DECISIONS)
def test_agendas_titles_and_background_give_no_row(language, text):
    assert votes(text, language) == []
