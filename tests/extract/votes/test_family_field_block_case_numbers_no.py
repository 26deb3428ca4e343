"""Family (nb, nn): a meeting view that prints each case as a field block, its number under 'Saksnummer:' and
its archive number under 'Arkivsak-ID:' ("Saksnummer: 24/25" / "Arkivsak-ID: 25/1432" / "Tittel: ..." /
"Vedtak: ..." / "Votering: ..."). Each block is its own case: the number is the case's, the archive number
its archive case, and the decision under it is that case's. Look-alikes: the archive number alone is no
case number, and a case number under 'Saksnummer:' in a letter's head with no decision gives no row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Utvalg:     Hovedutvalg for oppvekst og kultur\nMøtedato:   21.10.2025\n\n",
    "nn": "Utval:      Formannskapet\nMøtedato:   12.03.2026\n\n",
}


def _rows(language: str, text: str) -> list[tuple]:
    return [(r.case_number, r.archive_case, r.outcome, r.unanimous) for r in votes(HEAD[language] + text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nb",
            "Saksnummer: 24/25\nArkivsak-ID: 25/1432\nTittel: Kulturplan 2026-2030\n"
            "Vedtak: Kulturplanen vedtas.\nVotering: Enstemmig.\n\n"
            "Saksnummer: 25/25\nArkivsak-ID: 25/1519\nTittel: Endring av vedtekter\n"
            "Vedtak: Vedtektene endres som foreslått.\nVotering: Innstillingen vedtatt mot 2 stemmer (1 Ap, 1 SV).\n",
            [("24/25", "25/1432", "adopted", True), ("25/25", "25/1519", "adopted", False)],
        ),
        (
            "nb",
            "Saksnummer: 30/25\nArkivsak-ID: 25/1660\nTittel: Orienteringssaker\n"
            "Vedtak: Orienteringene tas til etterretning.\n\n"
            "Saksnummer: 31/25\nArkivsak-ID: 25/1671\nTittel: Utvidet åpningstid ved biblioteket\n"
            "Vedtak: Saken sendes tilbake til kommunedirektøren for nærmere utredning.\n",
            [("30/25", "25/1660", "noted", None), ("31/25", "25/1671", "postponed", None)],
        ),
        (
            "nn",
            "Saksnummer: 12/26\nArkivsak-ID: 26/88\nTittel: Tilskot til bygdekino\n"
            "Vedtak: Bygdekinoen får 40 000 kr i tilskot.\nRøysting: Samrøystes vedteke.\n\n"
            "Saksnummer: 13/26\nArkivsak-ID: 26/97\nTittel: Økonomirapport januar\n"
            "Vedtak: Formannskapet tek rapporten til vitande.\n",
            [("12/26", "26/88", "adopted", True), ("13/26", "26/97", "noted", None)],
        ),
        (
            "nn",
            "Saksnummer: 14/26\nTittel: Sal av tomt på Haugen\nVedtak: Tomta vert seld til takst.\n"
            "Røysting: Vedteke med 4 mot 1 røyst.\n",
            [("14/26", None, "adopted", False)],
        ),
        (
            "nb",
            "Saksnummer:  7/26\nArkivsak-ID:  26/140\nTittel:  Budsjettjusteringer januar 2026\n"
            "Vedtak:  Budsjettet justeres som vist i tabell 1.\n",
            [("7/26", "26/140", "adopted", None)],
        ),
    ],
)
def test_each_field_block_is_its_own_case(language, text, expected):
    assert _rows(language, text) == expected


def test_the_archive_number_alone_is_no_case_number():
    text = "Sak 41/26 Salg av tomt\nArkivsak-ID: 26/311\nVedtak: Innstillingen vedtas.\n"
    assert _rows("nb", text) == [("41/26", "26/311", "adopted", None)]


def test_a_case_number_in_a_letters_head_without_a_decision_gives_no_row():
    text = "Saksnummer: 26/311\nDeres ref.: 26/4410\n\nVi viser til søknaden deres og kommer tilbake til saken.\n"
    assert votes(HEAD["nb"] + text, "nb") == []
