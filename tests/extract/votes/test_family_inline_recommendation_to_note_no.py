"""A recommendation written on its label's line that only takes the matter for information ("Kommunedirektørens
innstilling: Tertialrapport 1 tas til orientering.", "Framlegg til vedtak: Kommunestyret tek meldinga til
vitande."), adopted by the vote below it ("Enstemmig vedtatt.", "Røysting: Samrøystes."), is `noted`, as the same
recommendation under its label is. It decides the outcome only: the row's subject stays what it was (the case
title). Look-alikes: a recommendation that also decides more (an allocation), or one that decides something
else, stays adopted."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

NOTED = [
    ("nb", "Kommunedirektørens innstilling: Kvartalsrapporten for skolene tas til orientering.\nEnstemmig vedtatt.\n"),
    ("nb", "Rådmannens innstilling: Bystyret tar tilsynsrapporten til orientering.\nVotering: Enstemmig vedtatt.\n"),
    ("nb", "Innstilling: Årsrapporten fra kontrollutvalget tas til orientering.\nVotering:\nEnstemmig.\n"),
    ("nb", "Kommunedirektørens innstilling: Saken tas til etterretning.\nInnstillingen ble vedtatt mot 2 stemmer.\n"),
    ("nb", "Forslag til vedtak: Formannskapet tar økonomirapporten til orientering.\nEnstemmig vedtatt.\n"),
    ("nn", "Kommunedirektøren si tilråding: Kvartalsrapporten vert teken til vitande.\nSamrøystes vedteke.\n"),
    ("nn", "Framlegg til vedtak: Heradsstyret tek tilsynsrapporten til vitande.\nRøysting: Samrøystes.\n"),
    ("nn", "Tilråding: Årsmeldinga frå eldrerådet vert teken til orientering.\nRøysting:\nSamrøystes vedteke.\n"),
    (
        "nn",
        "Rådmannen si innstilling: Kommunestyret tek saka til vitande.\nInnstillinga vart vedteken mot 3 røyster.\n",
    ),
    ("nn", "Innstilling: Formannskapet tek økonomirapporten til vitande.\nSamrøystes vedteke.\n"),
]


@pytest.mark.parametrize(("language", "body"), NOTED)
def test_an_inline_recommendation_to_take_a_matter_for_information_is_noted(language, body):
    assert [r.outcome for r in votes(CASE[language] + body, language)] == ["noted"]


@pytest.mark.parametrize(("language", "body"), NOTED)
def test_an_inline_recommendation_reads_as_the_same_recommendation_under_its_label(language, body):
    label, rest = body.split(": ", 1)
    below = f"{label}:\n{rest}"
    cells = [(r.subject, r.outcome, r.unanimous, r.votes_against) for r in votes(CASE[language] + body, language)]
    assert cells == [
        (r.subject, r.outcome, r.unanimous, r.votes_against) for r in votes(CASE[language] + below, language)
    ]


DECIDES_MORE = [
    (
        "nb",
        "Kommunedirektørens innstilling: Rapporten tas til orientering, og det bevilges 2 mill. kr til tiltak.\n"
        "Enstemmig vedtatt.\n",
    ),
    ("nb", "Rådmannens innstilling: Planen for skolebruksplan vedtas.\nVotering: Enstemmig vedtatt.\n"),
    (
        "nn",
        "Framlegg til vedtak: Kommunestyret tek rapporten til vitande og løyver 500 000 kr til tiltak.\n"
        "Røysting: Samrøystes vedteke.\n",
    ),
    ("nn", "Tilråding: Reguleringsplanen vert vedteken.\nRøysting: Samrøystes vedteke.\n"),
]


@pytest.mark.parametrize(("language", "body"), DECIDES_MORE)
def test_an_inline_recommendation_deciding_more_stays_adopted(language, body):
    assert [r.outcome for r in votes(CASE[language] + body, language)] == ["adopted"]
