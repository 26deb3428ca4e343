"""Family: motions and amendments in a decision list, headed by number, proposers and a quoted name (nl).

A besluitenlijst heads each motion or amendment with its number, the submitting parties or members
and its name in quotes, in any order ("Motie M7 (SP, PvdA) \"Titel\"", "Amendement A2 'Titel'
(ingediend door GroenLinks)", a bare "M5 (VVD) \"Titel\"" under an item on motions), and records the
outcome on the next line ("Besluit: ...", "Stemming: ..."). The row is about that motion, cited by its kind,
number and name ("Motie M7 Titel"), the parties as written, members named in a
bracket as the proposer, the outcome and counts from the decision line. A quoted title in a sentence
of background, an explanation of vote and an announced motion are no rows. All written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Besluitenlijst gemeenteraad\n\nRaadsvergadering van maandag 4 november 2024\n\n"
ITEM = "9. Moties vreemd aan de orde van de dag\n\n"


@pytest.mark.parametrize(
    ("heading", "decision", "name", "party", "proposer", "outcome", "counts"),
    [
        (
            'Motie M7 (SP, PvdA) "Betaalbaar wonen voor jongeren"',
            "Besluit: aangenomen met 20 stemmen voor en 9 tegen.",
            "Betaalbaar wonen voor jongeren",
            "SP, PvdA",
            None,
            "adopted",
            (20, 9),
        ),
        (
            "Amendement A3 van D66 en CDA (J. Jansen, P. de Boer) 'Groen schoolplein'",
            "Stemming: verworpen.",
            "Groen schoolplein",
            "D66 en CDA",
            "J. Jansen, P. de Boer",
            "rejected",
            (None, None),
        ),
        (
            "Amendement A2 'Meer bomen in de wijk' (ingediend door GroenLinks)",
            "Besluit: aangenomen.",
            "Meer bomen in de wijk",
            "GroenLinks",
            None,
            "adopted",
            (None, None),
        ),
        (
            'M5 (VVD) "Veilige fietsroutes naar school"',
            "Besluit: verworpen.",
            "Veilige fietsroutes naar school",
            "VVD",
            None,
            "rejected",
            (None, None),
        ),
        (
            "Motie 'Gratis parkeren op zaterdag' van de ChristenUnie",
            "Besluit: unaniem aangenomen.",
            "Gratis parkeren op zaterdag",
            "ChristenUnie",
            None,
            "adopted",
            (None, 0),
        ),
        (
            "Motie M12 (Lokaal Belang, VVD, BBB) ‘Kermis blijft op de Markt’",
            "Stemming: aangenomen met 22 stemmen voor en 5 tegen.",
            "Kermis blijft op de Markt",
            "Lokaal Belang, VVD, BBB",
            None,
            "adopted",
            (22, 5),
        ),
        (
            'A4 (PvdD) "Geen bomenkap in het Stadspark"',
            "Besluit: verworpen met 3 stemmen voor en 30 tegen.",
            "Geen bomenkap in het Stadspark",
            "PvdD",
            None,
            "rejected",
            (3, 30),
        ),
        (
            "Amendement A1 'Starters eerst' (ingediend door de fracties van CDA en D66)",
            "Besluit: aangenomen.",
            "Starters eerst",
            "CDA en D66",
            None,
            "adopted",
            (None, None),
        ),
        (
            'Motie M3 van GroenLinks (A. Yilmaz) "Schone lucht rond scholen"',
            "Stemming: aangenomen.",
            "Schone lucht rond scholen",
            "GroenLinks",
            "A. Yilmaz",
            "adopted",
            (None, None),
        ),
    ],
)
def test_a_motion_heading_gives_its_name_parties_and_members(heading, decision, name, party, proposer, outcome, counts):
    (row,) = votes(HEAD + ITEM + heading + "\n" + decision + "\n", "nl")
    # cited by kind, number and title (test_family_nl_cited_proposal_titles)
    assert name in row.subject and row.subject.startswith((heading.split()[0], name))
    assert (row.proposer_party, row.proposer, row.outcome) == (party, proposer, outcome)
    assert (row.votes_for, row.votes_against, row.case_number) == (*counts, "9")


def test_every_motion_of_the_list_is_its_own_row():
    text = (
        HEAD
        + ITEM
        + 'M1 (SP) "Huurbevriezing"\nBesluit: verworpen.\n\n'
        + "M2 (D66, GroenLinks) 'Deelfietsen in alle wijken'\nBesluit: aangenomen.\n\n"
        + "Motie M3 'Onderzoek erfpacht' (ingediend door Stadspartij)\nBesluit: aangehouden.\n"
    )
    rows = votes(text, "nl")
    assert [(r.proposer_party, r.outcome) for r in rows] == [
        ("SP", "rejected"),
        ("D66, GroenLinks", "adopted"),
        ("Stadspartij", "postponed"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'In de vorige vergadering diende de SP de motie "Betaalbaar wonen" in, die toen werd verworpen.\n',
        'Stemverklaring VVD over motie M7 "Betaalbaar wonen": wij stemmen tegen.\n',
        "Motie M8 (SP) 'Gratis zwemles' wordt aangekondigd door de heer Bos.\n",
        'M5 (VVD) "Veilige fietsroutes naar school"\nToelichting: de indiener vraagt om veilige routes.\n',
        "Amendement A2 'Meer bomen in de wijk' (ingediend door GroenLinks)\n",
    ],
)
def test_a_quoted_title_in_background_a_vote_explanation_or_an_announcement_is_no_row(text):
    assert votes(HEAD + ITEM + text, "nl") == []


@pytest.mark.parametrize(
    ("heading", "party", "proposer", "subject"),
    [
        (
            "Motie vreemd aan de orde van de dag M7 (SP) 'Gratis zwemles'",
            "SP",
            None,
            "Motie vreemd aan de orde van de dag M7 (SP) Gratis zwemles",
        ),
        (
            "Amendement A3 'Groen schoolplein' ingediend door D66 en CDA",
            "D66 en CDA",
            None,
            "Amendement A3 Groen schoolplein",
        ),
        (
            "Motie M4 'Geen bomenkap' van de fracties van GroenLinks en PvdD",
            "GroenLinks en PvdD",
            None,
            "Motie M4 Geen bomenkap",
        ),
        (
            "Motie M9 'Meer handhaving' (VVD, JA21; eerste indiener: K. Bos)",
            "VVD, JA21",
            "K. Bos",
            "Motie M9 Meer handhaving",
        ),
        (
            'Amendement 2 "Ruimte voor starters" van ChristenUnie en CDA',
            "ChristenUnie en CDA",
            None,
            "Amendement 2 Ruimte voor starters",
        ),
        ("Motie M2: 'Huurbevriezing' (SP)", "SP", None, "Motie M2 Huurbevriezing"),
        ("Motie (M7, SP en PvdA): 'Betaalbaar wonen'", "SP en PvdA", None, "Motie Betaalbaar wonen"),
        (
            'Motie M7 "Betaalbaar wonen" – ingediend door SP en PvdA',
            "SP en PvdA",
            None,
            "Motie M7 Betaalbaar wonen",
        ),
        ("Motie 7 - 'Betaalbaar wonen' - SP, PvdA", "SP, PvdA", None, "Motie 7 Betaalbaar wonen"),
        (
            "Motie vreemd: 'Kermis op de Brink behouden' (M9, Lokaal Belang)",
            "Lokaal Belang",
            None,
            "Motie vreemd Kermis op de Brink behouden",
        ),
        ("Motie M7 'Betaalbaar wonen' - toelichting volgt", None, None, "Motie M7 Betaalbaar wonen"),
    ],
)
def test_the_parties_stand_anywhere_in_the_heading(heading, party, proposer, subject):
    (row,) = votes(HEAD + ITEM + heading + "\nBesluit: verworpen.\n", "nl")
    assert (row.subject, row.proposer_party, row.proposer, row.outcome) == (subject, party, proposer, "rejected")


@pytest.mark.parametrize(
    ("decision", "counts", "against"),
    [
        ("Stemming: voor 20 (VVD, CDA, D66), tegen 9 (SP, PvdA).", (20, 9), None),
        ("Stemming: voor 20, tegen 9.", (20, 9), None),
        ("Uitslag: voor 20 (CDA, VVD), tegen 9 (SP (5), PvdA (4))\nBesluit: aangenomen.", (20, 9), '{"SP":5,"PvdA":4}'),
        ("Besluit: aangenomen; voor 20, tegen 9.", (20, 9), None),
        ("Stemming: aangenomen met 20 stemmen voor (VVD, CDA, D66) en 9 stemmen tegen (SP).", (20, 9), '{"SP":9}'),
    ],
)
def test_the_decision_line_under_a_motion_gives_its_counts(decision, counts, against):
    (row,) = votes(HEAD + ITEM + "Motie M2 'Huurbevriezing' (GroenLinks)\n" + decision + "\n", "nl")
    assert (row.outcome, (row.votes_for, row.votes_against), row.against_parties) == ("adopted", counts, against)
    assert (row.proposer_party, row.unanimous) == ("GroenLinks", False)


def test_an_explanation_of_vote_or_a_gloss_between_heading_and_decision_changes_nothing():
    text = (
        HEAD
        + ITEM
        + 'Motie M7 (SP) "Betaalbaar wonen"\n'
        + "Stemverklaring VVD: wij stemmen voor, omdat jongeren een kans verdienen.\n"
        + "Besluit: aangenomen met 30 stemmen voor en 3 tegen.\n\n"
        + "M8 (PvdD) 'Vegetarische kantine'\n"
        + "Toelichting: de indiener vraagt om een vegetarisch aanbod.\n"
        + "Besluit: verworpen.\n"
    )
    rows = votes(text, "nl")
    assert [(r.subject, r.proposer_party, r.outcome, r.votes_for) for r in rows] == [
        ("Motie M7 (SP) Betaalbaar wonen", "SP", "adopted", 30),
        ("M8 (PvdD) Vegetarische kantine", "PvdD", "rejected", None),
    ]
