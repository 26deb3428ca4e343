"""A Danish treatment decided point by point writes one line per recommendation point, each opening with the
point's label: "Ad b) ...", "Punkt 2 blev ikke godkendt.", "Pkt. 3 udsættes, indtil ...". Each line is a decision
of its own about its point's text, also when it carries no vote words (a postponement, a send-back), and a
lower-case clause after "Punkt N" is such a line, never a case header. Look-alikes: a case header "Punkt 7
Title" still opens a case; a line deciding several points at once ("Punkt a og b anbefales") is not read as
its first point; the recommendation's own numbered points are no decisions.
"""

from __future__ import annotations

from tests.extract.votes.helpers import votes

HEAD = (
    "Teknik- og Miljøudvalget\nMødedato: 03-06-2026\n\n"
    "Sag nr. 41 - Stiplan for Vestbyen\nSagsnr.: 26/1120\nIndstilling\nForvaltningen indstiller,\n"
    "1. at stiplanen sendes i høring i seks uger,\n"
    "2. at der afsættes 0,5 mio. kr. til skiltning,\n"
    "3. at der holdes et borgermøde i Vestbyen.\n"
)
LABEL = "Beslutning i Teknik- og Miljøudvalget den 3. juni 2026:\n"
POINT_1 = "at stiplanen sendes i høring i seks uger"
POINT_2 = "at der afsættes 0,5 mio. kr. til skiltning"
POINT_3 = "at der holdes et borgermøde i Vestbyen"


def _rows(decision: str, head: str = HEAD) -> list[tuple[str | None, str | None, str]]:
    return [(r.case_number, (r.subject or "").rstrip("."), r.outcome) for r in votes(head + decision + "\n", "da")]


def test_each_punkt_line_decides_its_point():
    rows = _rows(LABEL + "Punkt 1 godkendt.\nPunkt 2 blev ikke godkendt.\nPunkt 3 godkendt.")
    assert rows == [("41", POINT_1, "adopted"), ("41", POINT_2, "rejected"), ("41", POINT_3, "adopted")]


def test_a_point_line_without_vote_words_is_decided_by_its_own_words():
    rows = _rows(LABEL + "Pkt. 1 godkendt.\nPkt. 2 udsat, indtil der foreligger et nyt overslag.")
    assert rows == [("41", POINT_1, "adopted"), ("41", POINT_2, "postponed")]


def test_a_lettered_point_line_wrapping_over_lines_postpones_its_point():
    head = HEAD.replace("1. at", "a) at").replace("2. at", "b) at").replace("3. at", "c) at")
    rows = _rows(
        "Beslutning\nAd a) Anbefales.\nAd b) Udvalget ønsker, at Handicaprådet først høres; punktet genoptages\n"
        "på mødet i august.\nAd c) Anbefales.",
        head,
    )
    assert rows == [("41", POINT_1, "adopted"), ("41", POINT_2, "postponed"), ("41", POINT_3, "adopted")]


def test_points_decided_from_the_decision_labels_own_line():
    rows = _rows("Beslutning i Teknik- og Miljøudvalget den 3. juni 2026: Punkt 1 anbefales.\nPunkt 3 udsættes.")
    assert rows == [("41", POINT_1, "adopted"), ("41", POINT_3, "postponed")]


def test_the_recommendations_named_points_in_other_words():
    rows = _rows(LABEL + "Indstillingens pkt. 2 godkendt.\nPkt. 3 sendes tilbage til forvaltningen.")
    assert rows == [("41", POINT_2, "adopted"), ("41", POINT_3, "postponed")]


def test_a_case_header_opening_with_punkt_still_opens_its_case():
    text = "Teknik- og Miljøudvalget\nMødedato: 03-06-2026\n\nPunkt 7  Lokalplan 88 for boliger ved Søvej\n"
    rows = [(r.case_number, r.subject, r.outcome) for r in votes(text + "Beslutning\nGodkendt.\n", "da")]
    assert rows == [("7", "Lokalplan 88 for boliger ved Søvej", "adopted")]


def test_a_line_deciding_several_points_is_not_read_as_its_first_point():
    rows = _rows(LABEL + "Punkt 1 og 2 anbefales.\nPunkt 3 udsættes, indtil der foreligger et overslag.")
    assert [o for _, _, o in rows] == ["adopted", "postponed"]
    assert rows[0][1] != POINT_1 and rows[1][1] == POINT_3


def test_the_recommendations_own_points_are_no_decisions():
    rows = _rows(LABEL + "Godkendt.")
    assert len(rows) == 1 and rows[0][2] == "adopted"
