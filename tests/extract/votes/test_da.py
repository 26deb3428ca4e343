"""Danish decision phrasings in committee and council minutes (referater) become vote rows."""

from __future__ import annotations

from pipeline.build import document_from_text
from pipeline.dataset.rows import VoteRow
from pipeline.extract.votes.extractor import extract

HEADER = "Økonomiudvalget\n\nMødedato: 24. juni 2020\n\n"


def votes(body: str) -> list[VoteRow]:
    return extract(document_from_text(HEADER + body, language="da", municipality="Aarhus"))


def only(body: str) -> VoteRow:
    rows = votes(body)
    assert len(rows) == 1, rows
    return rows[0]


def test_approved_item_takes_its_subject_from_the_item_heading():
    row = only("12. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
    assert (row.body, row.meeting_date, row.case_number) == ("Økonomiudvalget", "2020-06-24", "12")
    assert (row.subject, row.outcome, row.unanimous) == ("Godkendelse af dagsorden", "adopted", None)


def test_recommended_and_endorsed_steps_are_adopted():
    rows = votes("13. Budgetopfølgning\n\nBeslutning\n\nAnbefales.\n\n14. Takster 2021\n\nBeslutning\n\nTiltrådt.\n")
    assert [(r.case_number, r.outcome) for r in rows] == [("13", "adopted"), ("14", "adopted")]


def test_rejected_proposal():
    row = only("15. Forslag fra Venstre om parkering\n\nBeslutning\n\nForslaget blev forkastet.\n")
    assert (row.subject, row.proposer_party, row.outcome) == ("Forslag fra Venstre om parkering", "Venstre", "rejected")


def test_vote_line_with_counts_and_party_letters():
    row = only(
        "16. Skolestruktur\n\nBeslutning\n\n"
        "Afstemning: For stemte 20 (A, F, Ø), imod stemte 11 (V, C, O), undlod at stemme 0\n\n"
        "Indstillingen blev vedtaget.\n"
    )
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == ("adopted", 20, 11, False)
    assert row.against_parties is None  # parties named, but not how many each


def test_for_and_against_listed_by_party_with_totals_in_brackets():
    row = only("17. Vejnavne\n\nFor stemte: A, B, F og Ø (15 stemmer). Imod stemte: V og O (10 stemmer)\n")
    assert (row.subject, row.outcome, row.votes_for, row.votes_against) == ("Vejnavne", "adopted", 15, 10)


def test_majority_of_named_parties_with_the_mayors_casting_vote():
    row = only(
        "18. Havneudvidelse\n\nBeslutning\n\n"
        "Et flertal bestående af A, F og Ø godkendte indstillingen med borgmesterens udslagsgivende stemme.\n"
    )
    assert (row.outcome, row.casting_vote) == ("adopted", True)


def test_majority_of_named_members_counts_the_votes_for():
    row = only(
        "19. Planstrategi\n\nBeslutning\n\n"
        "Et flertal bestående af Mette Holm (A), Jens Lund (V), Lise Berg (C) anbefaler indstillingen.\n"
    )
    assert (row.outcome, row.votes_for) == ("adopted", 3)


def test_postponed_and_noted_and_unanimous_items():
    rows = votes(
        "20. Ny hal\n\nBeslutning\n\nSagen udsat.\n\n"
        "21. Orientering om kvartalsrapport\n\nBeslutning\n\nTaget til efterretning.\n\n"
        "22. Lokalplan 1012\n\nBeslutning\n\nEnstemmigt vedtaget.\n"
    )
    assert [(r.case_number, r.outcome, r.unanimous) for r in rows] == [
        ("20", "postponed", None),
        ("21", "noted", None),
        ("22", "adopted", True),
    ]


def test_approving_a_recommendation_to_take_note_is_noted():
    row = only(
        "23. Dialogmøde med skolebestyrelsen\n\nIndstilling\n\n"
        "Forvaltningen indstiller, at dialogmødet tages til efterretning.\n\nBeslutning\n\nGodkendt.\n"
    )
    assert (row.outcome, row.subject) == ("noted", "at dialogmødet tages til efterretning.")


def test_committee_steps_carry_their_own_date_and_item_and_skip_the_administration():
    rows = votes(
        "24. Planstrategi 2020\n\nIndstilling\n\nForvaltningen indstiller, at planstrategien godkendes.\n\n"
        "Social og Sundhed, 6. januar 2020, pkt. 123:\n\n5 medlemmer (A+V+C) anbefaler forslaget.\n\n"
        "Direktionen, 6. januar 2020, pkt. 2:\n\nAnbefales.\n"
    )
    assert [(r.body, r.meeting_date, r.case_number, r.votes_for) for r in rows] == [
        ("Social og Sundhed", "2020-01-06", "123", 5)
    ]


def test_news_item_reports_a_council_approval():
    text = "Direktionens strategiplan er blevet godkendt af byrådet. Den har fire temaer.\n"
    (row,) = extract(document_from_text(text, language="da"))
    assert (row.body, row.subject, row.outcome) == ("byrådet", "Direktionens strategiplan", "adopted")


def test_danish_strategy_without_decisions_gives_no_votes():
    text = (
        "Internationale politik 2020-2024\n\nKommunen har godkendt, at ungdomsboliger stilles til rådighed. "
        "Politikken blev evalueret i 2013, og resultaterne er gode.\n"
    )
    assert extract(document_from_text(text, language="da")) == []


def test_counts_written_as_votes_for_against_in_the_sentence():
    row = only("25. Budget\n\nForslaget blev vedtaget med 15 stemmer mod 10.\n")
    assert (row.outcome, row.votes_for, row.votes_against, row.unanimous) == ("adopted", 15, 10, False)


def test_committee_decisions_on_numbered_points_take_the_points_text_as_subject():
    rows = votes(
        "26. Planstrategi 2020\n\nIndstilling\n\nForvaltningen indstiller, at\n\n"
        "1. Planstrategi 2020 godkendes.\n\n2. herunder at strategien sendes i offentlig høring.\n\n"
        "Social og Sundhed, 6. januar 2020, pkt. 123:\n\nAd. 1\n\n5 medlemmer (A+V+C) anbefaler forslaget.\n\n"
        "Ad. 2\n\nAnbefales.\n\nArbejdsmarked og Erhverv, 7. januar 2020, pkt. 125:\n\n"
        "1. Anbefalet af Flemming Holm (V) og Line Lay (R)\n\n2. Anbefales.\n"
    )
    assert [(r.body, r.subject, r.votes_for) for r in rows] == [
        ("Social og Sundhed", "Planstrategi 2020 godkendes.", 5),
        ("Social og Sundhed", "herunder at strategien sendes i offentlig høring.", None),
        ("Arbejdsmarked og Erhverv", "Planstrategi 2020 godkendes.", 2),
        ("Arbejdsmarked og Erhverv", "herunder at strategien sendes i offentlig høring.", None),
    ]


def test_approval_line_with_counts_and_a_rejection_with_for_and_against():
    rows = votes(
        "27. Kommuneplan\n\nBeslutning\n\nGodkendt med 20 stemmer mod 11.\n\n"
        "28. Forslag om ny svømmehal\n\nBeslutning\n\nForslaget blev forkastet med 10 stemmer for og 15 imod.\n"
    )
    assert [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in rows] == [
        ("27", "adopted", 20, 11),
        ("28", "rejected", 10, 15),
    ]
