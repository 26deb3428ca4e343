"""Family: a Flemish member's proposal named by its member, its wording quoted under the label (nl).

Flemish notulen title an item a council member brought by "Voorstel van raadslid X (Partij): ..." (after an
item number, a decision id or "Punt 7 -"), and give the wording the member proposes in quotes on the line under
a label ("Voorstel van het raadslid:", "Voorstel van raadslid X (Groen):", "Voorstel van beslissing:"). The
member is the proposer; the quoted "De gemeenteraad beslist ..." is what was proposed, not a decision of the
meeting: one row, the vote on it. A quote under a decision label ("Besluit:") stays a decision, and an item of
the college ("Voorstel van het college") names no member. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen gemeenteraad\nZitting van maandag 16 maart 2026\n\n"


@pytest.mark.parametrize(
    ("title", "name", "party"),
    [
        ("5. 2026_GR_00201 - Voorstel van raadslid Pieter-Jan Vandamme (Groen):", "Pieter-Jan Vandamme", "Groen"),
        ("Punt 7 - Voorstel van raadslid Ruben Declercq (Vooruit): gratis zwembadbeurten", "Ruben Declercq", "Vooruit"),
        ("7. Voorstel van raadslid Lien Maes (N-VA): extra fietsenstallingen aan het station", "Lien Maes", "N-VA"),
        ("7. Voorstel ingediend door raadslid Koen Smets (Vlaams Belang): camera's", "Koen Smets", "Vlaams Belang"),
        ("7. Voorstel van gemeenteraadslid An De Wolf (PVDA): gratis bus", "An De Wolf", "PVDA"),
    ],
)
def test_a_proposal_titled_by_its_member_is_moved_by_that_member(title, name, party):
    text = HEAD + title + "\nStemming: met 9 stemmen voor en 20 stemmen tegen\nBesluit: Het voorstel wordt verworpen.\n"
    (row,) = votes(text, "nl")
    assert (row.proposer, row.proposer_party, row.outcome, row.votes_for, row.votes_against) == (
        name,
        party,
        "rejected",
        9,
        20,
    )


WORDING = '"De gemeenteraad beslist dat kinderen tot 12 jaar gratis naar het zwembad mogen."'


@pytest.mark.parametrize(
    ("label", "vote"),
    [
        (
            "Voorstel van het raadslid:",
            "Stemming: met 6 stemmen voor en 27 stemmen tegen\nBesluit:\nHet voorstel wordt niet aangenomen.",
        ),
        (
            "Voorstel van raadslid Lotte Wauters (Groen):",
            "Stemming: met 6 stemmen voor en 27 stemmen tegen\nHet voorstel wordt verworpen.",
        ),
        ("Voorstel van beslissing:", "Stemming\nMet 6 stemmen voor en 27 stemmen tegen wordt het voorstel verworpen."),
        (
            "Voorstel van raadslid Lotte Wauters:",
            "Stemming: 6 stemmen voor, 27 stemmen tegen.\nBesluit: Het voorstel wordt niet aangenomen.",
        ),
        (
            "  Voorstel van het gemeenteraadslid:",
            "Stemming: met 6 stemmen voor en 27 stemmen tegen\nHet voorstel wordt verworpen.",
        ),
    ],
)
def test_the_wording_quoted_under_a_members_label_is_the_proposal_not_a_decision(label, vote):
    title = "4. Punt toegevoegd door raadslid Lotte Wauters (Groen): gratis zwemmen\n"
    text = HEAD + title + label + "\n" + WORDING + "\n" + vote + "\n"
    rows = votes(text, "nl")
    assert [(r.outcome, r.votes_for, r.votes_against) for r in rows] == [("rejected", 6, 27)]


def test_a_quote_under_a_decision_label_stays_the_decision():
    text = (
        HEAD + "4. Reglement zwembad - wijziging\nStemming: met 20 stemmen voor en 7 stemmen tegen\n"
        'Besluit:\n"De gemeenteraad keurt het gewijzigde reglement goed."\n'
    )
    (row,) = votes(text, "nl")
    assert (row.outcome, row.votes_for, row.votes_against, row.proposer) == ("adopted", 20, 7, None)


def test_a_proposal_of_the_college_names_no_member():
    text = HEAD + "4. Voorstel van het college: reglement zwembad\nBesluit: Het voorstel wordt goedgekeurd.\n"
    (row,) = votes(text, "nl")
    assert (row.outcome, row.proposer) == ("adopted", None)


def test_a_voorstel_heading_without_a_member_names_no_member():
    text = HEAD + "4. Voorstel tot wijziging van het reglement zwembad\nBesluit: Het voorstel wordt goedgekeurd.\n"
    (row,) = votes(text, "nl")
    assert (row.outcome, row.proposer) == ("adopted", None)
