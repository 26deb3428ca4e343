"""Family 7 (da, nb, nn): a case header's number belongs to every decision inside the case (amendments,
the recommendation, the committee's step), until the next case header; archive numbers are not case numbers."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = {
    "da": "Byrådet\n\nMødedato: 27. januar 2020\n\n",
    "nb": "Bystyret\n\nMøtedato: 14.11.2023\n\n",
    "nn": "Kommunestyret\n\nMøtedato: 14.11.2023\n\n",
}
TREATMENT = {
    "da": "Beslutning\nV's ændringsforslag blev forkastet med 3 stemmer for og 20 imod.\n"
    "Indstillingen blev godkendt med 20 stemmer mod 3.\n\n",
    "nb": "Behandling:\nForslaget fra H falt med 3 mot 20 stemmer.\n"
    "Innstillingen ble vedtatt med 20 mot 3 stemmer.\n\n",
    "nn": "Handsaming:\nFramlegget frå Sp fall med 3 mot 20 røyster.\n"
    "Tilrådinga vart vedteken med 20 mot 3 røyster.\n\n",
}
NEXT_CASE = {
    "da": "87. Meddelelser\n\nBeslutning\nTaget til efterretning.\n",
    "nb": "Sak 42/23 Referatsaker\n\nVedtak:\nEnstemmig vedtatt.\n",
    "nn": "PS 42/23 Referatsaker\n\nVedtak:\nSamrøystes vedteke.\n",
}
HEADERS = [
    ("da", "Punkt 86. Budget 2024, 2. behandling\nSagsnr. 23/1234", "86", "87"),
    ("da", "Pkt. 86 Budget 2024\nSagsnr. 23/1234", "86", "87"),
    ("da", "86. Budget 2024 (2. behandling)\nSagsnr. 23/1234", "86", "87"),
    ("da", "Dagsordenpunkt 86: Budget 2024", "86", "87"),
    ("da", "Sag nr. 86 Budget 2024\nJ.nr. 00.30.10-S00-2-25", "86", "87"),
    ("da", "Åbent punkt 86 - Budget 2024", "86", "87"),
    ("nb", "Sak 112/2023 Budsjett 2024", "112/2023", "42/23"),
    ("nb", "PS 41/24 Budsjett 2024\nArkivsak: 23/4567", "41/24", "42/23"),
    ("nb", "Sak nr. 12/24 – Budsjett 2024", "12/24", "42/23"),
    ("nb", "Sak 41/23\nBudsjett 2024", "41/23", "42/23"),
    ("nb", "PS 41/23 | Budsjett 2024\nSaksnr. 23/1234", "41/23", "42/23"),
    ("nn", "Sak 112/2023 Budsjett 2024", "112/2023", "42/23"),
    ("nn", "PS 41/24 Budsjett 2024\nArkivsak: 23/4567", "41/24", "42/23"),
    ("nn", "Sak nr. 12/24 – Budsjett 2024", "12/24", "42/23"),
    ("nn", "Sak 41/23\nBudsjett 2024", "41/23", "42/23"),
    ("nn", "PS 41/23 – Budsjett 2024", "41/23", "42/23"),
]


@pytest.mark.parametrize(("language", "header", "case", "next_case"), HEADERS)
def test_every_decision_of_a_case_takes_its_header_number(language, header, case, next_case):
    text = MEETING[language] + header + "\n\n" + TREATMENT[language] + NEXT_CASE[language]
    rows = votes(text, language)
    assert [(r.case_number, r.outcome) for r in rows] == [
        (case, "rejected"),
        (case, "adopted"),
        (next_case, "noted" if language == "da" else "adopted"),
    ]


@pytest.mark.parametrize(
    ("language", "header"),
    [
        ("da", "Sagsnr. 23/1234\nBudget 2024"),
        ("da", "J.nr. 00.30.10-S00-2-25 Budget 2024"),
        ("nb", "Arkivsak: 23/4567\nBudsjett 2024"),
        ("nb", "Saksnr. 23/1234 Budsjett 2024"),
        ("nn", "Arkivsaksnr. 23/4567 Budsjett 2024"),
        ("nn", "Arkivsak-dok. 23/4567-12"),
    ],
)
def test_an_archive_number_is_no_case_number(language, header):
    rows = votes(MEETING[language] + header + "\n\n" + TREATMENT[language], language)
    assert rows and all(r.case_number is None for r in rows)
