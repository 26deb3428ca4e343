"""Nynorsk vote phrasings ("samrøystes vedteke", "vedteke mot 3 røyster") become vote rows."""

from __future__ import annotations

import json

from pipeline.build import document_from_text
from pipeline.dataset.rows import VoteRow
from pipeline.extract.votes.extractor import extract


def votes(text: str) -> list[VoteRow]:
    return extract(document_from_text(text, language="nn", municipality="Stryn"))


HANDSAMING = "Formannskapet si handsaming i møte 03.04.2025:\n\n"


def test_unanimous_recommendation_in_nynorsk():
    rows = votes(HANDSAMING + "Røysting:\n\nInnstillinga vart samrøystes vedteken.\n")
    assert [(r.body, r.meeting_date, r.subject, r.outcome, r.unanimous, r.votes_against) for r in rows] == [
        ("Formannskapet", "2025-04-03", "Innstillinga", "adopted", True, 0)
    ]


def test_votes_against_counted_in_royster_with_party_breakdown():
    (row,) = votes(HANDSAMING + "Framlegget frå Senterpartiet vart vedteke mot 3 røyster (2H, 1FrP).\n")
    assert (row.outcome, row.votes_against, row.unanimous) == ("adopted", 3, False)
    assert json.loads(row.against_parties) == {"H": 2, "FrP": 1}


def test_labelled_header_with_nynorsk_committee_label_sets_context():
    text = (
        "Utval: Levekårsutvalet\n\nMøtedato: 24.06.2025\n\nSak: 31/25\n\nArkivsak: 25/778\n\n"
        "Handsaming:\n\nKari Nes (Sp) la fram slikt framlegg:\n\nSaka vert send tilbake.\n\n"
        "Røysting:\n\nNes sitt framlegg vart vedteke mot 2 røyster (2FrP).\n"
    )
    (row,) = votes(text)
    assert (row.body, row.meeting_date, row.case_number, row.archive_case) == (
        "Levekårsutvalet",
        "2025-06-24",
        "31/25",
        "25/778",
    )
    assert (row.proposer, row.proposer_party, row.votes_against) == ("Kari Nes", "Sp", 2)


def test_alternative_vote_in_nynorsk_is_one_row():
    (row,) = votes(
        HANDSAMING + "Ved alternativ røysting mellom innstillinga og framlegget frå Ap vart innstillinga "
        "vedteken mot 7 røyster (5Ap, 2SV).\n"
    )
    assert row.subject == "Innstillinga (alternativ røysting mot framlegget frå Ap)"
    assert json.loads(row.against_parties) == {"Ap": 5, "SV": 2}


def test_postponed_case_in_nynorsk():
    (row,) = votes(HANDSAMING + "Saka vart utsett til neste møte.\n")
    assert (row.subject, row.outcome) == ("Saka", "postponed")
