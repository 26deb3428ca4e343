"""Anaphoric subjects, the look-alikes: an anaphor with no proposal of its kind above it, a proposal named in
another case, a title or the administration's proposal, a withdrawn motion, a proposal's own text (all languages)."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


@pytest.mark.parametrize(
    ("language", "body", "subject"),
    [
        ("nl", "Het amendement wordt verworpen.\n", "Het amendement wordt verworpen"),
        ("nl", "Motie M4 (SP): Huurteams\n\nHet amendement wordt verworpen.\n", "Het amendement wordt verworpen"),
        ("da", "Ændringsforslaget blev forkastet.\n", "Ændringsforslaget"),
        ("nb", "Forslaget falt med 12 mot 23 stemmer.\n", "Budsjett 2024"),
        ("nn", "Framlegget fall.\n", "Budsjett 2024"),
    ],
)
def test_an_anaphor_without_a_named_proposal_of_its_kind_keeps_its_words_or_names_the_case(language, body, subject):
    """An amendment named by nothing keeps its words; the bare "Forslaget" / "Framlegget" (case_nouns) names
    the case itself: its title."""
    (row,) = votes(CASE[language] + body, language)
    assert (row.subject, row.proposer, row.proposer_party) == (subject, None, None)


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        (
            "nl",
            "Gemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\nAgendapunt 6 Moties\n\n"
            "Motie M2 (VVD): Parkeren\n\n"
            "De motie wordt aangenomen.\n\nAgendapunt 7 Begroting\n\nDe motie wordt aangehouden.\n",
            "De motie wordt aangehouden",
        ),
        (
            "nb",
            "Bystyret\n\nMøtedato: 14.11.2023\n\nPS 40/23 Skolestruktur\n\nForslag fra SV:\n\nSaken utsettes.\n\n"
            "Forslaget falt.\n\nPS 41/23 Budsjett 2024\n\nForslaget ble vedtatt med 20 mot 15 stemmer.\n",
            "Budsjett 2024",
        ),
        (
            "da",
            "Byrådet\n\nMødedato: 27. januar 2020\n\n11. Skolestruktur\n\nÆndringsforslag fra SF\n\nSkolen bevares.\n\n"
            "Ændringsforslaget blev forkastet.\n\n12. Budget 2021\n\nForslaget blev vedtaget.\n",
            "Budget 2021",
        ),
    ],
)
def test_a_proposal_named_in_another_case_is_not_referred_to(language, text, subject):
    rows = votes(text, language)
    assert (rows[-1].subject, rows[-1].proposer_party) == (subject, None)
    assert rows[0].case_number != rows[-1].case_number


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        (
            "nl",
            "Moties en amendementen gemeenteraad 2024\n\nGemeenteraad\n\nvergadering van dinsdag 9 april 2024\n\n"
            "Het amendement wordt verworpen.\n",
            "Het amendement wordt verworpen",
        ),
        (
            "nb",
            "Forslag til kommuneplanens samfunnsdel 2024–2036\n\nBystyret\n\nMøtedato: 14.11.2023\n\n"
            "Forslaget ble vedtatt med 30 mot 5 stemmer.\n",
            "Forslag til kommuneplanens samfunnsdel 2024–2036",
        ),
        (
            "nb",
            "Bystyret\n\nMøtedato: 14.11.2023\n\nForslag fra kommunedirektøren:\n\nPlanen vedtas.\n\n"
            "Forslaget ble enstemmig vedtatt.\n",
            "Forslaget",
        ),
        (
            "da",
            "Forslag til budget 2021\n\nByrådet\n\nMødedato: 27. januar 2020\n\nForslaget blev vedtaget.\n",
            "Forslag til budget 2021",
        ),
    ],
)
def test_a_title_or_the_administrations_proposal_is_no_named_proposal(language, text, subject):
    rows = votes(text, language)
    assert (rows[-1].subject, rows[-1].proposer, rows[-1].proposer_party) == (subject, None, None)


def test_a_withdrawn_motion_is_no_decision():
    assert votes(CASE["nl"] + "Motie M7 (CDA): Zwembad\n\nDe motie wordt ingetrokken.\n", "nl") == []


def test_the_proposals_own_text_under_its_heading_is_no_decision():
    rows = votes(CASE["nn"] + "Framlegg frå Kari Li (KrF)\n\nSaka vert utsett.\n\nFramlegget fall.\n", "nn")
    assert [(r.subject, r.outcome) for r in rows] == [("Saka vert utsett", "rejected")]
