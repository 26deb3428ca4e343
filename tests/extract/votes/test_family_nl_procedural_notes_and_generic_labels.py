"""Dutch and Flemish: procedural notes and generic labels.

A note on how a vote is recorded or held over ("wordt formeel vastgesteld in de besluitenlijst", "Omdat de
vergadering niet voltallig was, wordt de stemming ... aangehouden"), the standing rule for a tie ("Bij staking
van stemmen in een niet-voltallige vergadering ...") and a recall of an earlier meeting ("In de vergadering van
3 februari is het voorstel aangehouden") give no row of their own. A generic label ("Stemming voorstel",
"Het reglement") is never a subject: the item title or the headline names the decision.
"""

from __future__ import annotations

from tests.extract.votes.helpers import outcomes

RESULTS = "Stemmingsuitslagen raadsvergadering 12 mei 2026\n\n"


def test_a_tie_held_over_for_an_incomplete_meeting_is_one_postponed_row() -> None:
    text = RESULTS + (
        "Agendapunt 6  Motie M2 'Veilige schoolroutes' (CDA)\n"
        "Uitslag: de stemmen staken   Voor 9   Tegen 9\n"
        "Omdat de vergadering niet voltallig was, wordt de stemming over motie M2\n"
        "aangehouden tot de volgende vergadering.\n"
    )
    assert [o for o, _ in outcomes(text, "nl")] == ["postponed"]


def test_a_tie_held_over_because_the_council_was_incomplete_in_a_besluitenlijst() -> None:
    text = "Besluitenlijst gemeenteraad 3 maart 2026\n\n" + (
        "8. Amendement B 'Meer groen in de wijk' (D66)\n"
        "Besluit: de stemmen staken (11 voor, 11 tegen).\n"
        "Aangezien de raadsvergadering niet voltallig was, wordt de stemming aangehouden.\n"
    )
    assert [o for o, _ in outcomes(text, "nl")] == ["postponed"]


def test_a_note_that_the_decision_is_recorded_in_the_besluitenlijst_gives_no_row() -> None:
    text = RESULTS + (
        "Agendapunt 4  Kadernota 2027\n"
        "Uitslag: aangenomen          Voor 15   Tegen 4\n\n"
        "Let op: deze pagina toont alleen de uitslagen. Het besluit op agendapunt 4\n"
        "wordt formeel vastgesteld in de besluitenlijst, die de raad later goedkeurt.\n"
    )
    assert outcomes(text, "nl") == [("adopted", "Kadernota 2027")]


def test_a_decision_laid_down_in_the_minutes_gives_no_row() -> None:
    text = RESULTS + (
        "Agendapunt 9  Verordening parkeerbelastingen 2026\n"
        "Uitslag: aangenomen          Voor 20   Tegen 1\n\n"
        "De besluiten van deze avond worden definitief vastgelegd in de notulen.\n"
    )
    assert outcomes(text, "nl") == [("adopted", "Verordening parkeerbelastingen 2026")]


def test_the_standing_rule_for_a_tie_gives_no_row() -> None:
    text = RESULTS + (
        "Agendapunt 10  Jaarstukken 2025\n"
        "Uitslag: zonder stemming aangenomen\n\n"
        "Toelichting\n"
        "Bij staking van stemmen in een niet-voltallige vergadering wordt de stemming\n"
        "uitgesteld tot een volgende vergadering.\n"
    )
    assert outcomes(text, "nl") == [("adopted", "Jaarstukken 2025")]


def test_a_recall_of_an_earlier_meeting_by_its_day_gives_no_row() -> None:
    text = "Besluitenlijst van de openbare raadsvergadering van 14 april 2026\n\n" + (
        "7. Krediet nieuwbouw brandweerkazerne\n"
        "Besluit: aangenomen met 17 stemmen voor en 2 stemmen tegen.\n"
        "Let op: in de vergadering van 10 maart 2026 is het voorstel\n"
        "Brandweerkazerne aangehouden.\n"
    )
    assert [o for o, _ in outcomes(text, "nl")] == ["adopted"]


def test_look_alike_a_tie_settled_in_this_vote_stays_a_row() -> None:
    text = RESULTS + (
        "Agendapunt 5  Amendement A3 'Gratis parkeren op zaterdag' (VVD)\n"
        "Bij staking van stemmen is het amendement verworpen.\n"
    )
    assert [o for o, _ in outcomes(text, "nl")] == ["rejected"]


def test_look_alike_this_meetings_own_day_named_is_kept() -> None:
    text = "Besluitenlijst van de openbare raadsvergadering van 14 april 2026\n\n" + (
        "7. Krediet nieuwbouw brandweerkazerne\n"
        "In de vergadering van 14 april 2026 is het voorstel aangenomen met 17 stemmen voor en 2 tegen.\n"
    )
    assert "adopted" in [o for o, _ in outcomes(text, "nl")]


def test_a_stemming_voorstel_label_is_the_item() -> None:
    text = "Besluitenlijst gemeenteraad 19 februari 2026\n\n" + (
        "5.  Omgevingsvisie Testdorp 2040\n"
        "    Stemming voorstel: aangenomen met 14 stemmen voor en 5 stemmen tegen.\n"
    )
    assert outcomes(text, "nl") == [("adopted", "Omgevingsvisie Testdorp 2040")]


def test_a_stemming_over_het_voorstel_label_is_the_item() -> None:
    text = "Besluitenlijst gemeenteraad 19 februari 2026\n\n" + (
        "6.  Parkeerbeleid binnenstad\n"
        "    Stemming over het voorstel: verworpen met 6 stemmen voor en 13 stemmen tegen.\n"
    )
    assert outcomes(text, "nl") == [("rejected", "Parkeerbeleid binnenstad")]


NEWS = (
    "Testgem.be > Nieuws > Bestuur\n"
    "Dit besliste de gemeenteraad van maandag 23 maart 2026\n"
    "Gepubliceerd op woensdag 25 maart 2026\n\n"
)


def test_a_bare_reglement_under_a_capital_headline_is_the_headline() -> None:
    text = NEWS + (
        "HOGERE BELASTING OP TWEEDE VERBLIJVEN\n"
        "De belasting stijgt naar 900 euro per jaar. Het reglement werd goedgekeurd met achttien stemmen voor "
        "en vijf tegen.\n"
    )
    assert outcomes(text, "nl") == [("adopted", "HOGERE BELASTING OP TWEEDE VERBLIJVEN")]


def test_a_bare_verordening_under_a_headline_is_the_headline() -> None:
    text = NEWS + (
        "Nieuwe regels voor terrassen\n"
        "Horecazaken mogen hun terras voortaan tot 23 uur openhouden. De verordening werd goedgekeurd met "
        "twintig stemmen voor en drie tegen.\n"
    )
    assert outcomes(text, "nl") == [("adopted", "Nieuwe regels voor terrassen")]


def test_look_alike_a_named_reglement_keeps_its_name() -> None:
    text = NEWS + (
        "MARKTEN\n"
        "Het reglement op de wekelijkse markt werd goedgekeurd met achttien stemmen voor en vijf tegen.\n"
    )
    assert outcomes(text, "nl") != [("adopted", "MARKTEN")]



def test_a_recall_of_an_earlier_hold_over_broken_over_two_lines_gives_no_row() -> None:
    text = "Besluitenlijst van de openbare raadsvergadering van 14 april 2026\n\n" + (
        "9. Jaarplan archief 2026\n"
        "Besluit: voor kennisgeving aangenomen.\n"
        "In de raadsvergadering van 2 maart 2026 werd het voorstel\n"
        "over het archief uitgesteld.\n"
    )
    assert [o for o, _ in outcomes(text, "nl")] == ["noted"]
