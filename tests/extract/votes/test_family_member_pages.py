"""Family 6: vote pages with one line per member, counted into totals and parties."""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

MEMBER_LINES = [
    (
        "nb",
        "Kari Nordmann (Arbeiderpartiet) – For\n\nOla Hansen (Høyre) – Mot\n\nPer Lie (Høyre) – Mot\n\n"
        "Anne Berg (Senterpartiet) – For\n\nTor Dahl (Rødt) – For\n",
        3,
        2,
        {"Høyre": 2},
    ),
    (
        "nb",
        "Liv Sand (SV): for\nEinar Vik (FrP): mot\nSiri Moe (Ap): for\nJon Lund (FrP): mot\nGro Ask (KrF): mot\n",
        2,
        3,
        {"FrP": 2, "KrF": 1},
    ),
    (
        "nl",
        "Jan Jansen, VVD: tegen\nPiet de Vries, CDA: voor\nAnna Bakker, D66: voor\nKees Visser, VVD: tegen\n"
        "Eva Smit, GroenLinks: voor\n",
        3,
        2,
        {"VVD": 2},
    ),
    (
        "nl",
        "Mark Mulder (SP) - voor\nLisa Bos (PVV) - tegen\nTom Vos (SP) - voor\nIris Dekker (CDA) - voor\n"
        "Ruud Peters (PVV) - tegen\n",
        3,
        2,
        {"PVV": 2},
    ),
    (
        "da",
        "Mette Holm (A): For\nJens Lund (V): Imod\nLise Berg (C): Imod\nKarl Bak (A): For\nSofie Krog (F): For\n",
        3,
        2,
        {"V": 1, "C": 1},
    ),
]


@pytest.mark.parametrize(("language", "lines", "votes_for", "votes_against", "parties"), MEMBER_LINES)
def test_one_line_per_member_is_counted(language, lines, votes_for, votes_against, parties):
    (row,) = votes("Forslag til vedtak om skolestruktur\n\n" + lines, language)
    assert (row.votes_for, row.votes_against, row.unanimous) == (votes_for, votes_against, False)
    assert json.loads(row.against_parties) == parties


OPTION_BLOCKS = [
    (
        "nb",
        "FOR\n\n3\nKari Nordmann Arbeiderpartiet Ola Lie Senterpartiet Per Vik Rødt\n\nMOT\n\n2\n"
        "Anne Berg Høyre Tor Dahl Høyre\n",
        3,
        2,
        {"Høyre": 2},
        True,
    ),
    (
        "nb",
        "FOR\n4\nA B Arbeiderpartiet C D Venstre E F Sosialistisk Venstreparti G H Rødt\nMOT\n3\n"
        "I J Fremskrittspartiet K L Høyre M N Høyre\n",
        4,
        3,
        {"Fremskrittspartiet": 1, "Høyre": 2},
        True,
    ),
    (
        "nn",
        "FOR\n2\nSigrid Haug Senterpartiet Lars Bø Arbeidarpartiet\nMOT\n2\nEirik Nes Høgre Jon Li Høgre\n",
        2,
        2,
        None,
        True,
    ),
    (
        "nl",
        "Voor\n3\nJan Jansen VVD Piet Smit CDA Els Bos D66\nTegen\n2\nKees Vos SP Ria Wit SP\n",
        3,
        2,
        {"SP": 2},
        True,
    ),
    (
        "nb",
        "FOR\n5\nKari Nordmann Arbeiderpartiet Ola Lie Senterpartiet\nMOT\n1\nTor Dahl Høyre\n",
        5,
        1,
        {"Høyre": 1},
        True,
    ),
]


@pytest.mark.parametrize(("language", "page", "votes_for", "votes_against", "parties", "_"), OPTION_BLOCKS)
def test_option_count_and_names_blocks_are_counted(language, page, votes_for, votes_against, parties, _):
    (row,) = votes("Forslag fra Kari Nordmann (Ap)\n\nFalt\n\n" + page, language)
    assert (row.votes_for, row.votes_against) == (votes_for, votes_against)
    assert (json.loads(row.against_parties) if row.against_parties else None) == parties


def test_a_heading_above_a_bare_result_is_its_subject_and_proposer():
    (row,) = votes(
        "15:24 Forslag fra M. Grefstad (Ap)\n\nFalt\n\nFOR\n\n1\nA B Venstre\n\nMOT\n\n2\nC D Høyre E F Høyre\n", "nb"
    )
    assert (row.subject, row.proposer, row.proposer_party, row.outcome) == (
        "Forslag fra M. Grefstad (Ap)",
        "M. Grefstad",
        "Ap",
        "rejected",
    )


def test_stated_total_that_the_names_do_not_reach_is_flagged():
    (row,) = votes("Vedtatt\n\nFOR\n3\nA B Høyre C D Høyre\nMOT\n1\nE F Rødt\n", "nb")
    assert (row.votes_for, row.counts_consistent) == (3, False)


MORE_MEMBER_LINES = [
    ("nl", "Jan Peeters (N-VA): voor\n\nAn Claes (Groen): tegen\n\nTom Vos (N-VA): voor\n", 2, 1),
    (
        "nl",
        "Sara de Wit, PvdA – voor\n\nBas Kok, VVD – tegen\n\nNina Raats, PvdA – voor\n\nOtto Pels, VVD – tegen\n",
        2,
        2,
    ),
    ("da", "Anna Holm (SF): For\n\nBo Lind (DF): Imod\n\nCarl Juhl (SF): For\n", 2, 1),
    ("da", "Dorte Vang (A): For\n\nErik Friis (V): Imod\n\nFrida Kjær (V): Imod\n\nGert Due (O): Imod\n", 1, 3),
    ("da", "Hans Mose (Løsgænger): Imod\n\nIda Bach (A): For\n\nJes Krag (A): For\n\nKim Rask (B): For\n", 3, 1),
    ("da", "Lars Bøg (C) – For\n\nMaja Vest (Ø) – Imod\n\nNiels Bro (C) – For\n", 2, 1),
    ("nn", "Sigrid Haug (Sp): for\n\nLars Bø (Ap): mot\n\nEirik Nes (Sp): for\n", 2, 1),
    ("nn", "Ragnhild Li (H) – mot\n\nTorunn Ås (KrF) – mot\n\nIvar Dale (SV) – for\n", 1, 2),
    ("nn", "Olav Rud (Ap): for\n\nMarit Sæle (Ap): for\n\nNils Hove (FrP): mot\n\nAnne Aas (Sp): for\n", 3, 1),
    ("nn", "Knut Berg (MDG) – for\n\nSolveig Ramm (H) – mot\n\nHalvor Ness (H) – mot\n\nGuri Vik (V) – for\n", 2, 2),
]


@pytest.mark.parametrize(("language", "lines", "votes_for", "votes_against"), MORE_MEMBER_LINES)
def test_member_lines_in_every_language_add_up(language, lines, votes_for, votes_against):
    (row,) = votes("Forslag om ny skole\n\n" + lines, language)
    assert (row.votes_for, row.votes_against) == (votes_for, votes_against)
