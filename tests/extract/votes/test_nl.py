"""Dutch council decisions (besluitenlijsten, raadsinformatie pages, news items) become vote rows."""

from __future__ import annotations

from pipeline.build import document_from_text
from pipeline.dataset.rows import VoteRow
from pipeline.extract.votes.extractor import extract

HEADER = "Gemeenteraad\n\ndonderdag 17 november 2016\n\n"


def votes(body: str, header: str = HEADER) -> list[VoteRow]:
    return extract(document_from_text(header + body, language="nl", municipality="Zwolle"))


def only(body: str) -> VoteRow:
    rows = votes(body)
    assert len(rows) == 1, rows
    return rows[0]


def test_adopted_without_a_roll_call():
    row = only(
        "Agendapunt 5 Verordening parkeerbelasting\n\nHet voorstel wordt zonder hoofdelijke stemming aangenomen.\n"
    )
    assert (row.body, row.meeting_date, row.case_number) == ("Gemeenteraad", "2016-11-17", "5")
    subject = "Verordening parkeerbelasting"  # the outcome names only the case
    assert (row.subject, row.outcome, row.unanimous) == (subject, "adopted", None)


def test_unanimously_adopted():
    row = only("Agendapunt 6\n\nHet raadsvoorstel is unaniem aangenomen.\n")
    assert (row.outcome, row.unanimous, row.votes_against) == ("adopted", True, 0)


def test_motion_adopted_with_counts_and_fractions_for_and_against():
    row = only(
        "Agendapunt 7 Moties vreemd aan de orde\n\n"
        "Motie M12 wordt aangenomen met 25 stemmen voor en 8 tegen.\n\n"
        "Voor stemmen de fracties van VVD, D66 en GroenLinks; tegen stemmen de fracties van PVV en SP.\n"
    )
    assert (row.subject, row.outcome, row.votes_for, row.votes_against, row.unanimous) == (
        "Motie M12",
        "adopted",
        25,
        8,
        False,
    )
    assert row.against_parties is None  # fractions named, seats not given


def test_rejected_amendment_postponed_motion_and_noted_letter():
    rows = votes(
        "Agendapunt 8\n\nHet amendement wordt verworpen.\n\nDe motie wordt aangehouden.\n\n"
        "De brief van de rekenkamer wordt voor kennisgeving aangenomen.\n"
    )
    assert [(r.subject, r.outcome) for r in rows] == [
        ("Het amendement wordt verworpen", "rejected"),
        ("De motie wordt aangehouden", "postponed"),
        ("De brief van de rekenkamer wordt voor kennisgeving aangenomen", "noted"),
    ]


def test_vote_result_block_sums_seats_and_reads_unanimity_from_percentages():
    header = "Gemeenteraad\n\nmaandag 8 juli 2024\n\nAgendapunten\n\n1. 2\n\n"
    (row,) = votes(
        "Fractie Groen heeft een interpellatie aangevraagd.\n\nStemuitslag\n\nvoor 100%\nvoor\n"
        "Fractie CDA (3), Fractie D66 (3), Fractie Groen (1), Fractie PRO (6)\n",
        header,
    )
    assert (row.case_number, row.outcome, row.unanimous, row.votes_for, row.votes_against) == (
        "2",
        "adopted",
        True,
        13,
        0,
    )
    assert row.subject == "Fractie Groen heeft een interpellatie aangevraagd."


def test_vote_result_block_with_members_against_but_no_parties():
    header = "Besluitvorming (raad)\n\nmaandag 11 maart 2024\n\n5. 4.1\n\n"
    (row,) = votes(
        "Stemuitslag\n\nvoor 92%\ntegen 8%\nvoor\nRaadsleden (35)\ntegen\nRaadsleden (3)\n\n"
        "Voorgesteld besluit\n\nDe gemeenteraad besluit het plan vast te stellen.\n",
        header,
    )
    assert (row.body, row.votes_for, row.votes_against, row.against_parties) == ("gemeenteraad", 35, 3, None)
    assert row.subject == "De gemeenteraad besluit het plan vast te stellen."


def test_news_item_with_for_and_against_counts_gets_the_default_body():
    text = "Het gevolg van een motie die met een krappe meerderheid werd aangenomen: 21 voor, 15 tegen.\n"
    (row,) = extract(document_from_text(text, language="nl"))
    assert (row.body, row.votes_for, row.votes_against, row.unanimous) == ("gemeenteraad", 21, 15, False)


def test_photo_caption_with_voor_is_not_a_vote():
    text = (
        "Het Jumelagecomité met achter v.l.n.r: Susan Driessen en Guus Daams. Voor: Ilonka Jansen en Ans Venhorst.\n\n"
        "30 jaar partnergemeenten\n\nIn 1988 volgde de ondertekening van een vriendschapsverdrag.\n"
    )
    assert extract(document_from_text(text, language="nl")) == []


def test_vote_result_block_with_a_cut_against_list_keeps_votes_against_unknown():
    header = "Raadsvergadering\n\nmaandag 17 juli 2023\n\n5. 5.1\n\n"
    (row,) = votes(
        "De Gebiedsagenda Broekheurne is het resultaat van een gebiedsproces.\n\nStemuitslag\n\n"
        "voor 86%\ntegen 14%\nvoor\n"
        "BBE (10), CDA (3), CU (2), D66 (3), GroenLinks (3), PvdA (3), SP (2), Volt (2), VVD (4)\n",
        header,
    )
    assert (row.case_number, row.outcome, row.unanimous, row.votes_for, row.votes_against) == (
        "5.1",
        "adopted",
        False,
        32,
        None,
    )


def test_tie_decided_by_the_chairs_casting_vote():
    row = only(
        "Agendapunt 9\n\nHet amendement wordt aangenomen met 15 stemmen voor en 15 tegen, "
        "door de beslissende stem van de voorzitter.\n"
    )
    assert (row.outcome, row.votes_for, row.votes_against, row.casting_vote) == ("adopted", 15, 15, True)
