"""Family (nb, nn): a committee step's header names the step's own case number with the body's code before it
("Formannskapets behandling 19.11.2026, sak FS 104/26:", "(FS 104/26)", "sak FSK-44/26", "sak HTM 12/26"), as
a council's agenda does when it gives the committee's treatment under its own case. The vote below is the
committee's, on the committee's date, under the step's case number, not the council meeting's. A sentence that
tells of an earlier treatment or decision in running text is no step header.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Kommunestyret\n\nMøtedato: 03.12.2026\n\nPS 94/26 Eierstrategi for Follo Ren IKS\n\n",
    "nn": "Kommunestyret\n\nMøtedato: 03.12.2026\n\nPS 94/26 Eigarstrategi for Sunnfjord Energi\n\n",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.meeting_date, r.body, r.case_number, r.subject) for r in votes(HEAD[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Formannskapets behandling 19.11.2026, sak FS 104/26:\nInnstillingen ble enstemmig vedtatt.\n",
            ("2026-11-19", "Formannskapet", "104/26", "Innstillingen"),
        ),
        (
            "nb",
            "Behandling i Hovedutvalg for teknikk 03.11.2026, sak HTM 12/26:\n"
            "Innstillingen ble vedtatt mot 2 stemmer.\n",
            ("2026-11-03", "Hovedutvalg for teknikk", "12/26", "Innstillingen"),
        ),
        (
            "nb",
            "Formannskapets behandling 19.11.2026 (FS 104/26):\nInnstillingen ble enstemmig vedtatt.\n",
            ("2026-11-19", "Formannskapet", "104/26", "Innstillingen"),
        ),
        (
            "nb",
            "Formannskapets vedtak 05.11.2026, sak FSK-44/26\nInnstillingen ble vedtatt med 6 mot 1 stemme.\n",
            ("2026-11-05", "Formannskapet", "44/26", "Innstillingen"),
        ),
        (
            "nb",
            "Formannskapet 19.11.2026, sak FS 104/26:\nInnstillingen ble enstemmig vedtatt.\n",
            ("2026-11-19", "Formannskapet", "104/26", "Innstillingen"),
        ),
        (
            "nn",
            "Formannskapet si handsaming 19.11.2026, sak FS 104/26:\nInnstillinga vart samrøystes vedteken.\n",
            ("2026-11-19", "Formannskapet", "104/26", "Innstillinga"),
        ),
        (
            "nn",
            "Handsaming i Utval for teknikk 03.11.2026, sak UTM 12/26:\nTilrådinga vart vedteken mot 2 røyster.\n",
            ("2026-11-03", "Utval for teknikk", "12/26", "Tilrådinga"),
        ),
        (
            "nn",
            "Formannskapet si handsaming 19.11.2026 (FS 104/26):\nInnstillinga vart samrøystes vedteken.\n",
            ("2026-11-19", "Formannskapet", "104/26", "Innstillinga"),
        ),
        (
            "nn",
            "Formannskapet sitt vedtak 05.11.2026, sak FSK-44/26\nInnstillinga vart vedteken med 6 mot 1 røyst.\n",
            ("2026-11-05", "Formannskapet", "44/26", "Innstillinga"),
        ),
        (
            "nn",
            "Formannskapet 19.11.2026, sak FS 104/26:\nInnstillinga vart samrøystes vedteken.\n",
            ("2026-11-19", "Formannskapet", "104/26", "Innstillinga"),
        ),
    ],
)
def test_a_step_header_naming_its_coded_case_dates_the_vote_below_it(language: str, body: str, expected: tuple) -> None:
    assert _rows(language, body) == [expected]


@pytest.mark.parametrize(
    ("language", "body", "subject"),
    [
        (
            "nb",
            "Kommunestyret vedtok 14.11.2025 i sak KS 71/25 å sende saken på høring.\n"
            "Innstillingen ble enstemmig vedtatt.\n",
            "Innstillingen",
        ),
        (
            "nb",
            "Saken har vært behandlet i Formannskapet 19.11.2026, sak FS 104/26, og i eldrerådet.\n"
            "Innstillingen ble enstemmig vedtatt.\n",
            "Innstillingen",
        ),
        (
            "nn",
            "Kommunestyret vedtok 14.11.2025 i sak KS 71/25 å sende saka på høyring.\n"
            "Innstillinga vart samrøystes vedteken.\n",
            "Innstillinga",
        ),
    ],
)
def test_an_earlier_treatment_told_in_a_sentence_leaves_the_vote_at_the_meeting(
    language: str, body: str, subject: str
) -> None:
    assert _rows(language, body) == [("2026-12-03", "Kommunestyret", "94/26", subject)]
