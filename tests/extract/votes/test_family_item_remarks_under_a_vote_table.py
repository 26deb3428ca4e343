"""Remarks under a vote table, one paragraph per item, each opening with the item's number ("Ad 12. Title. Sentence
...", "Ad pkt. 14: ...", "Sak 22/26: ..."): a remark explains the row the table already gave that item. A remark line
holding an outcome word ("... blev taget til efterretning") is no outcome cell of the remark above it, so the
remarks give no list rows and no second row for an item. Look-alike: an item list whose outcome stands on the line
under each item stays a list."""

from __future__ import annotations

import pytest

from pipeline.extract.votes.decision_tables import DecisionTables
from pipeline.extract.votes.item_lists import read_lists
from pipeline.extract.votes.lexicon import lexicon
from tests.extract.votes.helpers import votes

TABLE_DA = (
    "Byrådet\nMøde onsdag den 11. marts 2026\n\n"
    "| Pkt | Sag | Resultat | For | Imod |\n"
    "| 21 | Lokalplan 88 for Søparken | Godkendt | 20 | 5 |\n"
    "| 22 | Årsrapport for havnen | Taget til efterretning | - | - |\n"
    "| 23 | Ny skolestruktur | Godkendt | 25 | 0 |\n"
    "| 24 | Budgetopfølgning | Udsat | - | - |\n\n"
)

REMARKS_DA = [
    "Ad 21. Lokalplan 88 for Søparken. Et ændringsforslag blev trukket før afstemningen.\n"
    "Ad 22. Årsrapport for havnen blev taget til efterretning uden afstemning.\n"
    "Ad 23. Ny skolestruktur. Byrådet besluttede at lukke to afdelinger fra august.\n",
    "Bemærkninger\nAd 22. Årsrapporten blev taget til efterretning.\nAd 24. Punktet blev udsat til næste møde.\n",
    "Ad pkt. 21: Lokalplanen blev vedtaget uændret.\nAd pkt. 23: Skolestrukturen blev godkendt uden ændringer.\n",
    "Ad 23. Ny skolestruktur. Beslutningen træder i kraft 1. august.\n"
    "Ad 24. Budgetopfølgning blev udsat, da tallene ikke forelå.\n",
    "Ad 21. Lokalplan 88 for Søparken. V's ændringsforslag faldt, inden der blev stemt om selve planen.\n"
    "Høringen løb i januar, og svarene er arbejdet ind i planen.\n"
    "Ad 22. Årsrapport for havnen blev taget til efterretning uden afstemning.\n"
    "Ad 23. Ny skolestruktur. De to afdelinger lægges sammen fra august, og ombygningen får en ramme\n"
    "på 2 mio. kr.\n"
    "Ad 24. Punktet blev udsat på borgmesterens opfordring, fordi regnskabstallene kommer senere.\n",
    "Ad 21. Lokalplan 88 for Søparken. Høringsperioden var på seks uger.\n"
    "Ad 22. Årsrapport for havnen 2025 blev taget til efterretning.\n"
    "Ad 23. Ny skolestruktur. Skolebestyrelserne var hørt.\n"
    "Ad pkt. 24: Budgetopfølgning 2026 blev udsat på borgmesterens opfordring.\n",
    "Ad 21. Lokalplan 88 for Søparken. Forslaget var sendt i høring i januar.\n"
    "Ad 22. Årsrapport for havnen blev taget til efterretning.\n"
    "Ad 24. Budgetopfølgning. Udsat på borgmesterens opfordring.\n",
]


@pytest.mark.parametrize("remarks", REMARKS_DA)
def test_remarks_under_a_vote_table_add_no_rows(remarks):
    rows = votes(TABLE_DA + remarks, "da")
    assert [(r.case_number, r.outcome) for r in rows] == [
        ("21", "adopted"),
        ("22", "noted"),
        ("23", "adopted"),
        ("24", "postponed"),
    ]


TABLE_NB = (
    "Bystyret\nMøtedato: 12.03.2026\n\n"
    "| Sak | Tittel | Vedtak | For | Mot |\n"
    "| 31/26 | Reguleringsplan for Moen | Vedtatt | 30 | 5 |\n"
    "| 32/26 | Årsmelding for havna | Tatt til orientering | - | - |\n"
    "| 33/26 | Ny skolestruktur | Vedtatt | 35 | 0 |\n\n"
)


def test_remarks_under_a_vote_table_add_no_rows_no():
    remarks = (
        "Merknader\nAd 31/26. Reguleringsplan for Moen. Et endringsforslag ble trukket før voteringen.\n"
        "Ad 32/26. Årsmeldingen ble tatt til orientering uten votering.\n"
    )
    rows = votes(TABLE_NB + remarks, "nb")
    assert [(r.case_number, r.outcome) for r in rows] == [
        ("31/26", "adopted"),
        ("32/26", "noted"),
        ("33/26", "adopted"),
    ]


# look-alike: items with their outcome on the line under each are a decision list, one row per item
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "da",
            "Byrådet\nMøde den 11. marts 2026\n\n31. Lokalplan for Søparken\nGodkendt med 20 stemmer mod 5.\n"
            "32. Årsrapport for havnen\nTaget til efterretning.\n",
            [("31", "adopted"), ("32", "noted")],
        ),
        (
            "nb",
            "Bystyret\nMøtedato: 12.03.2026\n\n31/26 Reguleringsplan for Moen\nVedtatt mot 5 stemmer (FrP).\n"
            "32/26 Årsmelding for havna\nTatt til orientering.\n",
            [("31/26", "adopted"), ("32/26", "noted")],
        ),
    ],
)
def test_an_item_list_with_outcome_lines_stays_a_list(language, text, expected):
    assert [(r.case_number, r.outcome) for r in votes(text, language)] == expected


# the remarks as a layout text prints them, one paragraph per item at full page width: a remark naming one item is
# no outcome line of the remark above it, so remarks read as a list give no rows
REMARK_LINES = [
    "Ad 21. Lokalplan 88 for Søparken. V's ændringsforslag faldt, inden der blev stemt om selve planen.\n"
    "Svarene fra høringen er arbejdet ind i planen.\n"
    "Ad 22. Årsrapport for havnen 2025 blev taget til efterretning uden afstemning.\n"
    "Ad 23. Ny skolestruktur. De to afdelinger lægges sammen fra august.\n"
    "Ad 24. Punktet blev udsat på borgmesterens opfordring, fordi regnskabstallene kommer senere.\n"
    "Ad 25. Efter ønske fra stilleren blev medlemsforslaget drøftet og ikke sat til afstemning.\n",
    "Ad pkt. 7. Vejplan for Nordbyen. Planen var drøftet i udvalget.\n"
    "Ad pkt. 8: Regnskab 2025 blev godkendt uden afstemning.\n"
    "Ad pkt. 9. Budget 2027. Forvaltningen orienterede om tidsplanen.\n"
    "Ad pkt. 10: Sagen blev udsat til næste møde.\n",
    "Punkt 3. Salg af grund ved havnen. Køberen har accepteret vilkårene.\n"
    "Punkt 4. Orienteringen blev taget til efterretning.\n"
    "Punkt 5. Ny affaldsordning. Ordningen starter 1. maj.\n"
    "Punkt 6. Vedtaget med 17 stemmer mod 8.\n",
]


@pytest.mark.parametrize("text", REMARK_LINES)
def test_remark_lines_are_no_item_list(text):
    lex = lexicon("da")
    assert read_lists(text, lex, DecisionTables([], [])).rows == []


def test_items_with_outcome_lines_are_a_list():
    text = (
        "31. Lokalplan for Søparken\nGodkendt med 20 stemmer mod 5.\n"
        "32. Årsrapport for havnen\nTaget til efterretning.\n"
    )
    rows = read_lists(text, lexicon("da"), DecisionTables([], [])).rows
    assert [(r.case, r.decision) for r in rows] == [
        ("31", "Godkendt med 20 stemmer mod 5."),
        ("32", "Taget til efterretning."),
    ]
