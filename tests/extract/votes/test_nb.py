"""Bokmål vote phrasings in case protocols (saksprotokoller) become vote rows."""

from __future__ import annotations

import json

import pytest

from pipeline.build import document_from_text
from pipeline.dataset.rows import VoteRow
from pipeline.extract.votes.extractor import extract

HEADER = """Saksprotokoll

Utvalg: Bystyret Møtedato: 12.03.2025 Sak: 14/25

Tittel: Saksprotokoll - Ny sykkelstrategi for Bodø 2025 - 2030

Resultat: Behandlet Arkivsak: 24/5521

"""


def votes(body: str) -> list[VoteRow]:
    return extract(document_from_text(HEADER + body, language="nb", municipality="Bodø"))


def only(body: str) -> VoteRow:
    rows = votes(body)
    assert len(rows) == 1, rows
    return rows[0]


def test_unanimous_recommendation_is_adopted_with_nobody_against():
    row = only("Votering:\n\nInnstillingen ble enstemmig vedtatt.\n")
    assert (row.subject, row.outcome, row.unanimous, row.votes_against) == ("Innstillingen", "adopted", True, 0)
    assert (row.body, row.meeting_date, row.case_number, row.archive_case) == (
        "Bystyret",
        "2025-03-12",
        "14/25",
        "24/5521",
    )
    assert row.proposer is None and row.against_parties is None


def test_named_proposal_against_votes_by_party_and_proposer_from_declaration():
    row = only(
        "Behandling:\n\nSilje Hansen (SV), tilleggsforslag:\n\nBystyret ber om en årlig rapport.\n\n"
        "Votering:\n\nHansens forslag ble vedtatt mot 5 stemmer (3V, 2KrF).\n"
    )
    assert (row.subject, row.proposer, row.proposer_party) == ("Bystyret ber om en årlig rapport", "Silje Hansen", "SV")
    assert (row.outcome, row.unanimous, row.votes_against) == ("adopted", False, 5)
    assert json.loads(row.against_parties) == {"V": 3, "KrF": 2}
    assert row.counts_consistent


def test_one_vote_against_from_a_single_party_is_attributed_to_it():
    row = only("Votering:\n\nForslaget ble vedtatt mot 1 stemme (FrP).\n")
    assert (row.votes_against, json.loads(row.against_parties)) == (1, {"FrP": 1})


def test_alternative_vote_is_one_row_for_the_winner_with_the_loser_as_votes_against():
    row = only(
        "Ola Berg (MDG), strykningsforslag:\n\nAvsnitt 3 strykes.\n\nVotering:\n\n"
        "Ved alternativ votering mellom innstillingen avsnitt 3 og Bergs forslag ble innstillingen vedtatt "
        "mot 12 stemmer (1Ap, 5MDG, 4SV, 2R) avgitt for Bergs forslag.\n"
    )
    assert row.subject == "Innstillingen avsnitt 3 (alternativ votering mot Bergs forslag)"
    assert (row.outcome, row.proposer, row.votes_against) == ("adopted", None, 12)
    assert json.loads(row.against_parties) == {"Ap": 1, "MDG": 5, "SV": 4, "R": 2}


def test_tied_name_lists_decided_by_the_mayors_casting_vote():
    row = only(
        "Votering:\n\n"
        "For forslaget stemte 3: Kari Lie (H), Ola Dahl (FrP), Jon Berg (V)\n\n"
        "Imot forslaget stemte 3: Anne Vik (AP), Tor Lund (AP), Eva Ruud (SV)\n\n"
        "Dermed ble forslaget vedtatt, med ordførers dobbeltstemme.\n"
    )
    assert (row.outcome, row.votes_for, row.votes_against, row.casting_vote) == ("adopted", 3, 3, True)
    assert json.loads(row.against_parties) == {"AP": 2, "SV": 1}
    assert row.unanimous is False and row.counts_consistent


def test_alternative_by_name_lists_counts_the_losing_list_against():
    row = only(
        "Votering:\n\n"
        "For forslag 1 stemte 4: Anne Vik (AP), Tor Lund (AP), Eva Ruud (SV), Per Moe (Sp)\n\n"
        "For forslag 2 stemte 3: Kari Lie (H), Ola Dahl (H), Jon Berg (FrP)\n\n"
        "Dermed ble forslag 1 vedtatt.\n"
    )
    assert (row.subject, row.votes_for, row.votes_against) == ("forslag 1", 4, 3)
    assert json.loads(row.against_parties) == {"H": 2, "FrP": 1}


def test_additional_proposal_not_adopted_is_a_rejected_row():
    row = only("Votering:\n\nDermed ble tilleggsforslag ikke vedtatt.\n")
    assert (row.subject, row.outcome) == ("tilleggsforslag", "rejected")


def test_postponed_case_and_adopted_postponement_motion_are_postponed():
    rows = votes(
        "Behandling:\n\nMichael Moe (H), forslag\n\nSaken utsettes.\n\nVotering\n\n"
        "Moes utsettelsesforslag ble enstemmig vedtatt\n\nSaken ble utsatt til neste møte.\n"
    )
    assert [(r.subject, r.outcome) for r in rows] == [("Saken utsettes", "postponed"), ("Saken", "postponed")]
    assert rows[0].proposer == "Michael Moe"


def test_council_taking_the_case_for_information_is_noted_without_a_vote_count():
    row = only(
        "Vedtak:\n\nEldrerådet tar saken til orientering.\n\nBehandling:\n\nEldrerådet tar saken til orientering.\n"
    )
    assert (row.outcome, row.unanimous, row.votes_against) == ("noted", None, None)
    assert row.subject == "Eldrerådet tar saken til orientering"


def test_proposal_put_forward_with_following_statement_names_its_proposer():
    row = only(
        "Behandling:\n\nIsmail Ali (H) fremmet følgende felles uttalelse:\n\nRådet støtter strategien.\n\n"
        "Votering:\n\nForslag fra Ali ble enstemmig vedtatt.\n"
    )
    assert (row.proposer, row.proposer_party, row.unanimous) == ("Ismail Ali", "H", True)


def test_party_breakdown_that_does_not_add_up_is_kept_and_flagged():
    row = only("Votering:\n\nInnstillingen ble vedtatt mot 5 stemmer (3V, 3KrF).\n")
    assert row.votes_against == 5 and json.loads(row.against_parties) == {"V": 3, "KrF": 3}
    assert row.counts_consistent is False


def test_name_list_shorter_than_its_stated_total_is_flagged():
    row = only(
        "Votering:\n\nFor forslaget stemte 2: Kari Lie (H), Ola Dahl (FrP)\n\n"
        "Imot forslaget stemte 3: Anne Vik (AP), Tor Lund (AP)\n\nDermed ble forslaget ikke vedtatt.\n"
    )
    assert (row.outcome, row.votes_against, row.counts_consistent) == ("rejected", 3, False)


def test_recommendation_text_is_not_a_vote_but_the_decision_block_is_one_row():
    rows = votes(
        "Forslag til vedtak:\n\nBystyret vedtar sykkelstrategien. Strategien er vedtatt av formannskapet.\n\n"
        "Vedtak:\n\nBystyret vedtar sykkelstrategien.\n"
    )
    assert [(r.subject, r.outcome, r.unanimous) for r in rows] == [
        ("Bystyret vedtar sykkelstrategien", "adopted", None)
    ]


def test_strategy_prose_with_vote_words_gives_no_votes():
    text = (
        "Internasjonal strategi 2025\n\nStrategien bygger på vedtatte mål i kommuneplanen, og "
        "kommunen stemmer sin innsats av med regionen. Arbeidet skal ha en internasjonal orientering.\n"
    )
    assert extract(document_from_text(text, language="nb")) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Forslaget fra SV falt med 5 mot 40 stemmer.", ("Forslaget fra SV", "rejected", 5, 40, None)),
        ("Forslaget fra Ap ble vedtatt med 25 mot 10 stemmer.", ("Forslaget fra Ap", "adopted", 25, 10, None)),
        ("Innstillingen ble vedtatt mot 3 stemmer fra FrP.", ("Innstillingen", "adopted", None, 3, {"FrP": 3})),
        (
            "Innstillingen ble vedtatt med 30 stemmer mot 5 stemmer (3FrP, 2H).",
            ("Innstillingen", "adopted", 30, 5, {"FrP": 3, "H": 2}),
        ),
    ],
)
def test_counts_written_for_and_against_in_one_sentence(sentence, expected):
    row = only(f"Votering:\n\n{sentence}\n")
    parties = json.loads(row.against_parties) if row.against_parties else None
    assert (row.subject, row.outcome, row.votes_for, row.votes_against, parties) == expected
