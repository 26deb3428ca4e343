"""Family (nb, nn): case headers that print the body's code or the meeting before the case number.

"Sak HO-31/26 Title" (the case noun, then the body's code glued to the number) and a protocol export's
"Formannskapet - 03.12.2025 - FSK-sak 58/25" with the title on the line below open a case like
"PS 31/26 Title" does: each decision under it is that case's, not the case above. Look-alikes: a body and a
date with a clock time instead of a case number, and an earlier decision recalled by a prefixed number.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Hovedutvalg for helse og omsorg\n\nMøtedato: 15.09.2026\n\n",
    "nn": "Utval for helse og omsorg\n\nMøtedato: 15.09.2026\n\n",
}


def _rows(language: str, text: str) -> list[tuple]:
    return [(r.case_number, r.outcome, r.unanimous) for r in votes(HEAD[language] + text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nn",
            "Sak HO-31/26 Godkjenning av innkalling og sakliste\nGodkjend utan merknader.\n\n"
            "Sak HO-32/26 Uttale til statsbudsjettet 2027\nSamrøystes vedteke.\n",
            [("31/26", "adopted", None), ("32/26", "adopted", True)],
        ),
        (
            "nb",
            "Sak HO-7/26 Tilstandsrapport for sykehjemmene\nVedtak: Rapporten tas til orientering.\n\n"
            "Sak HO-8/26 Kjøp av velferdsteknologi\nVedtak: Innstillingen vedtas.\nEnstemmig.\n",
            [("7/26", "noted", None), ("8/26", "adopted", True)],
        ),
        (
            "nb",
            "Sak FS 112/2025 Salg av tomt i Storgata\nVedtatt mot 2 stemmer.\n\n"
            "Sak FS 113/2025 Gatenavn på Nordbyen\nEnstemmig vedtatt.\n",
            [("112/2025", "adopted", False), ("113/2025", "adopted", True)],
        ),
        (
            "nn",
            "Formannskapet - 03.12.2025 - FSK-sak 58/25\nGebyr for vatn og avløp 2026\n\n"
            "Røysting: Samrøystes vedteke.\n\n"
            "Formannskapet - 03.12.2025 - FSK-sak 59/25\nSøknad om kommunal garanti\n\n"
            "Vedtak: Saka vert utsett.\n",
            [("58/25", "adopted", True), ("59/25", "postponed", None)],
        ),
        (
            "nb",
            "Kommunestyret – 18.06.2026 – PS 41/26\nSalg av gamle Vik skole\n\n"
            "Vedtak: Innstillingen ble enstemmig vedtatt.\n\n"
            "Kommunestyret – 18.06.2026 – PS 42/26\nÅrsmelding 2025\n\nVedtak: Årsmeldingen tas til orientering.\n",
            [("41/26", "adopted", True), ("42/26", "noted", None)],
        ),
        (
            "nn",
            "Kommunestyret - 25.06.2026 - sak 12/26\nKommunedelplan for idrett\n\n"
            "Vedtak: Planen vert vedteken mot 3 røyster.\n",
            [("12/26", "adopted", False)],
        ),
    ],
)
def test_a_header_with_the_bodys_code_or_the_meeting_opens_its_case(language, text, expected):
    assert _rows(language, text) == expected


def test_a_body_and_date_with_a_clock_time_opens_no_case():
    text = "Formannskapet - 03.12.2025 - kl. 10.00\n\nSak 58/25 Gebyr for vatn og avløp 2026\nSamrøystes vedteke.\n"
    assert [(r.case_number, r.outcome) for r in votes(HEAD["nn"] + text, "nn")] == [("58/25", "adopted")]


def test_an_earlier_decision_under_a_prefixed_header_stays_background():
    text = (
        "Sak HO-37/26 Eventuelt\nIngen saker.\n\n"
        "Kommunestyret vedtok planprogrammet for bustadsosial plan i KS-sak 45/25.\n"
    )
    assert votes(HEAD["nn"] + text, "nn") == []
