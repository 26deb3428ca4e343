"""A vote on a decision that only takes the matter for information is `noted`, voted or not (the
contract): "Vedtak: Årsmeldingen tas til orientering. / Enstemmig." is one noted row, unanimous, about
the case it notes (test_family_noted_reports_name_the_case_no). A decision that notes and then asks
for more ("... til orientering og ber kommunedirektøren ...") decides more and stays `adopted`.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(body: str, language: str) -> list[tuple[str | None, str, bool | None]]:
    return [(r.subject, r.outcome, r.unanimous) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    "body",
    [
        "Vedtak:\nKvartalsrapporten tas til orientering.\nEnstemmig vedtatt.\n",
        "Rådmannens innstilling:\nÅrsmeldingen for 2023 tas til orientering.\nVedtak:\nÅrsmeldingen for 2023 tas "
        "til orientering.\nEnstemmig.\n",
        "Kommunedirektørens innstilling:\nRapporten tas til orientering.\nVotering:\nEnstemmig.\nVedtak:\n"
        "Rapporten tas til orientering.\n",
        "Vedtak:\nTertialrapport 2 - 2024 tas til etterretning.\nVedtatt mot 4 stemmer.\n",
        "Innstilling:\nEvalueringen av prosjektet tas til orientering.\n\nVotering:\nInnstillingen ble enstemmig "
        "vedtatt.\n",
        "Forslag til vedtak:\nSaken tas til orientering.\n\nVedtak:\nEnstemmig som innstillingen.\n",
    ],
)
def test_voted_noting_bokmaal_is_one_noted_row(body):
    rows = _rows(body, "nb")
    assert [outcome for _, outcome, _ in rows] == ["noted"]


@pytest.mark.parametrize(
    "body",
    [
        "Vedtak:\nKommunestyret tek årsmeldinga til vitande.\nSamrøystes.\n",
        "Framlegg til vedtak:\nRekneskapen vert teken til vitande.\n\nHandsaming:\nSamrøystes vedteke.\n\nVedtak:\n"
        "Rekneskapen vert teken til vitande.\n",
        "Vedtak:\nTilstandsrapporten for skulane vert teken til orientering.\nSamrøystes vedteke.\n",
        "Vedtak:\nFormannskapet tek rapporten om sjukefråvær til vitande.\nVedteke mot 2 røyster.\n",
        "Vedtak:\nStatusrapporten vert teken til vitande.\nSamrøystes vedteke.\n",
    ],
)
def test_voted_noting_nynorsk_is_one_noted_row(body):
    assert [outcome for _, outcome, _ in _rows(body, "nn")] == ["noted"]


@pytest.mark.parametrize(
    "body",
    [
        "Indstilling:\nForvaltningen indstiller, at regnskabet tages til efterretning.\n\nBeslutning:\n"
        "Regnskabet blev taget til efterretning.\nEnstemmigt.\n",
        "Beslutning:\nKvartalsrapporten tages til efterretning.\nEnstemmigt vedtaget.\n",
        "Beslutning\nStatus for klimaplanen tages til efterretning.\nEnstemmig.\n",
        "Beslutning:\nRedegørelsen blev taget til efterretning.\nEnstemmigt.\n",
        "Beslutning:\nÅrsberetningen tages til orientering.\nEnstemmigt vedtaget.\n",
    ],
)
def test_voted_noting_danish_is_one_noted_row(body):
    rows = _rows(body, "da")
    assert [outcome for _, outcome, _ in rows] == ["noted"]
    assert rows[0][2] is True


@pytest.mark.parametrize(
    ("body", "language"),
    [
        (
            "Votering: Innstillingen ble enstemmig vedtatt.\nVedtak:\nBystyret tar rapporten til orientering og ber "
            "kommunedirektøren følge opp merknadene.\n",
            "nb",
        ),
        ("Vedtak:\nÅrsmeldingen tas til orientering. Kommunestyret ber om en ny sak om bemanning.\nEnstemmig.\n", "nb"),
        (
            "Vedtak:\nRapporten vert teken til vitande, og kommunedirektøren får i oppdrag å greie ut saka.\n"
            "Samrøystes.\n",
            "nn",
        ),
        ("Beslutning:\nRegnskabet tages til efterretning, og mindreforbruget overføres til 2025.\nEnstemmigt.\n", "da"),
        ("Vedtak:\nBudsjettet vedtas.\nEnstemmig.\n", "nb"),
    ],
)
def test_voted_noting_and_more_stays_adopted(body, language):
    assert "adopted" in [outcome for _, outcome, _ in _rows(body, language)]


def test_voted_noting_of_a_named_report_notes_the_case():
    subjects = [
        subject
        for subject, _, _ in _rows("Vedtak:\nKvartalsrapporten tas til orientering.\nEnstemmig vedtatt.\n", "nb")
    ]
    assert subjects == ["Budsjett 2024"]
