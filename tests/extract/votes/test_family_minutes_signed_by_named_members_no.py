"""More ways Norwegian minutes say how they are signed or published (nb, nn), none a decision: approved by
two named members ("Protokollen er godkjent av Ivar Holm og Tone Sæther", "Møteboka er godkjend av leiar Kari
Li og Ola Nes"), the signatories' confirmation ("Vi bekrefter med våre underskrifter at ...", "Vi stadfestar
med underskriftene våre at ..."), and the full record coming when approved ("Fullstendig protokoll kommer når
den er godkjent", "Protokollen vert lagd ut når han er godkjend"). Look-alikes: a case approving an earlier
meeting's minutes ("Protokollen fra møtet 12.05.2026 ble godkjent.") and a plan approved by a body stay rows."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

DECISION = {
    "nb": "Vedtak:\nInnstillingen ble vedtatt.\n",
    "nn": "Vedtak:\nInnstillinga vart vedteken.\n",
}

SIGN_OFFS = [
    ("nb", "\nProtokollen er godkjent av Ivar Holm og Tone Sæther.\n"),
    ("nb", "\n\nMøteprotokollen ble godkjent av utvalgsleder Siri Lunde og Ola Brekke.\n"),
    (
        "nb",
        "\nVi bekrefter med våre underskrifter at det som er ført i protokollen, er i samsvar med det som ble "
        "vedtatt i møtet.\n",
    ),
    ("nb", "\nFullstendig protokoll kommer når den er godkjent.\n"),
    ("nb", "\nMøteboka sendes ut når den er signert.\n"),
    ("nn", "\nProtokollen er godkjend av Tor Bø og Eli Rud.\n"),
    ("nn", "\n\nMøteboka er godkjend av leiar Kari Li og Ola Nes.\n"),
    (
        "nn",
        "\nVi stadfestar med underskriftene våre at det som er ført i møteboka, er i samsvar med det som "
        "vart vedteke.\n",
    ),
    ("nn", "\nProtokollen vert lagd ut når han er godkjend.\n"),
    ("nn", "\nFullstendig møtebok kjem når ho er godkjend.\n"),
]


@pytest.mark.parametrize(("language", "footer"), SIGN_OFFS)
def test_minutes_signed_or_published_give_no_row(language, footer):
    rows = votes(CASE[language] + DECISION[language] + footer, language)
    assert [(r.case_number, r.outcome) for r in rows] == [("41/23", "adopted")]


STAY_ROWS = [
    (
        "nb",
        "Formannskapet\n\nMøtedato: 09.06.2026\n\nPS 20/26 Godkjenning av protokoll\n\nVedtak:\n"
        "Protokollen fra møtet 12.05.2026 ble godkjent.\n",
    ),
    (
        "nn",
        "Formannskapet\n\nMøtedato: 09.06.2026\n\nPS 20/26 Godkjenning av møtebok\n\nVedtak:\n"
        "Møteboka frå møtet 12.05.2026 vart godkjend.\n",
    ),
    (
        "nb",
        "Formannskapet\n\nMøtedato: 09.06.2026\n\nPS 20/26 Trafikksikkerhetsplan\n\nVedtak:\n"
        "Planen er godkjent av Formannskapet og Eldrerådet.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), STAY_ROWS)
def test_minutes_approved_as_a_case_stay_a_row(language, text):
    assert [(r.case_number, r.outcome) for r in votes(text, language)] == [("20/26", "adopted")]
