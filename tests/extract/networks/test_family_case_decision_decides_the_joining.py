"""Minutes: whether a body a case proposes to join is joined is the case's decision, read in the case block. An
agenda entry naming the body only lists the case; a proposal to join that the vote adopts is a joining even when
the discussion refuses another body; a case postponed or sent back is none. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

POSTPONED = {
    "nb": (
        "Vefsn",
        "PS 12/26  Medlemskap i Eurocities",
        "Kommunedirektørens innstilling:\nVefsn kommune søker medlemskap i Eurocities fra 2027.\nBehandling:\n"
        "Per Ås (Sp) fremmet utsettelsesforslag:\n«Saken utsettes til neste møte.»\nVotering:\n"
        "Utsettelsesforslaget ble vedtatt med 15 mot 10 stemmer.",
    ),
    "da": (
        "Vejen",
        "Sag 31/26  Medlemskab af Eurocities",
        "Indstilling:\nVejen Kommune søger medlemskab af Eurocities.\nBeslutning:\nSagen udsættes til næste møde.",
    ),
    "nl": (
        "Peer",
        "GR 14/26  Toetreding tot Energy Cities",
        "Voorstel:\nDe gemeente Peer vraagt het lidmaatschap van Energy Cities aan.\nBesluit:\n"
        "Dit agendapunt wordt uitgesteld tot een volgende zitting.",
    ),
}

ADOPTED = {
    "nn": (
        "Luster",
        "KS-sak 40/26  Framlegg om deltaking i Eurocities",
        "Framlegg til vedtak:\nLuster kommune melder seg inn i Eurocities frå 2027.\nHandsaming:\n"
        "Ordføraren opplyste at kommunen ikkje er med i Fjellnettverket, og at det ikkje er aktuelt.\n"
        "Røysting:\nInnstillinga vart vedteke med 20 mot 5 røyster.",
    ),
    "nb": (
        "Hammerfest",
        "PS 7/26  Forslag om medlemskap i Energy Cities",
        "Forslag til vedtak:\nHammerfest kommune melder seg inn i Energy Cities.\nVotering:\n"
        "Innstillingen ble enstemmig vedtatt.",
    ),
}


def _minutes(title: str, body: str) -> str:
    agenda = title.replace("  ", "\t")
    return f"Saksliste\n{agenda}\nSak 99/26\tReferatsaker\n\n{title}\tArkivsak: 26/100\n{body}\n"


@pytest.mark.parametrize("key", sorted(POSTPONED))
def test_a_postponed_case_joins_nothing(key: str) -> None:
    town, title, body = POSTPONED[key]
    assert not networks(_minutes(title, body), key[:2], town) & {"Eurocities", "Energy Cities"}


@pytest.mark.parametrize("key", sorted(ADOPTED))
def test_a_proposal_to_join_adopted_by_the_vote_is_a_joining(key: str) -> None:
    town, title, body = ADOPTED[key]
    assert networks(_minutes(title, body), key[:2], town) & {"Eurocities", "Energy Cities"}


def test_a_proposal_to_join_that_fell_is_none() -> None:
    body = (
        "Forslag til vedtak:\nHammerfest kommune melder seg inn i Energy Cities.\nVotering:\n"
        "Forslaget falt med 8 mot 17 stemmer."
    )
    text = _minutes("PS 7/26  Forslag om medlemskap i Energy Cities", body)
    assert "Energy Cities" not in networks(text, "nb", "Hammerfest")


def test_a_case_sent_back_in_a_decision_table_is_none() -> None:
    text = (
        "Vedtaksliste\nSaksnr | Tittel | Vedtak\n-----|-----|-----\nFS 3/26 | Budsjett | Innstillingen vedtatt\n"
        "FS 4/26 | Eurocities – kontingent | Sendt tilbake til kommunedirektøren\n"
        "FS 5/26 | Veg | Innstillingen vedtatt\n"
    )
    assert "Eurocities" not in networks(text, "nb", "Hammerfest")
