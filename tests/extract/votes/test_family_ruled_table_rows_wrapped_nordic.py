"""A decision list set out as a table under a dash ruler wraps its rows: a line whose first column is blank
and which fills again every cell the row filled, under cells that all stop mid-sentence, is the row going on
even where the line closes a sentence (the title's last words beside the decision's); and a capitalised line
closing a sentence under a title cell that holds the whole row is the decision written under the title, not
the title going on. A comment that fills one cell, or a name wrapping without a stop, reads as before."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Formannskapet\nMøtedato: onsdag 9. september 2026\n\n",
    "nn": "Formannskapet\nMøtedato: onsdag 9. september 2026\n\n",
    "da": "Økonomiudvalget\nMødedato: onsdag 9. september 2026\n\n",
}
THREE = {
    "nb": "Saksnr  Tittel                              Vedtak / votering\n",
    "nn": "Saksnr  Tittel                              Vedtak / røysting\n",
    "da": "Sagsnr  Titel                               Beslutning\n",
}
RULER3 = "------  ----------------------------------  ------------------------------------\n"

WRAPPED_ACROSS = [
    (
        "nb",
        "41/26   Tilskudd til ny lysløype ved        Vedtatt enstemmig etter at\n"
        "        Nordbygda skole                     saken ble utvidet.\n",
        "41/26",
        "Tilskudd til ny lysløype ved Nordbygda skole",
    ),
    (
        "nb",
        "42/26   Reguleringsplan for                 Utsatt. Saken tas opp igjen i\n"
        "        Østre havn – 2. gangs behandling    møtet i oktober.\n",
        "42/26",
        "Reguleringsplan for Østre havn – 2. gangs behandling",
    ),
    (
        "nn",
        "43/26   Sal av kommunal tomt på             Vedteke med 5 mot 2 røyster etter\n"
        "        Hauge industriområde                ei kort drøfting.\n",
        "43/26",
        "Sal av kommunal tomt på Hauge industriområde",
    ),
    (
        "nn",
        "44/26   Tilskot til grendahuset i           Tilrådinga vedteken med 4 mot 3 \n"
        "        Nedre Vik                           røyster (Sp, H). Sjå merknad.\n",
        "44/26",
        "Tilskot til grendahuset i Nedre Vik",
    ),
    (
        "da",
        "45/26   Anlægsbevilling til ny hal ved      Godkendt med 7 stemmer for\n"
        "        Søndre Skole                        og 2 imod.\n",
        "45/26",
        "Anlægsbevilling til ny hal ved Søndre Skole",
    ),
]


@pytest.mark.parametrize(("language", "rows", "case", "subject"), WRAPPED_ACROSS)
def test_a_row_wrapped_in_every_cell_keeps_its_whole_title(language, rows, case, subject):
    found = votes(HEAD[language] + THREE[language] + RULER3 + rows, language)
    assert [(r.case_number, r.subject) for r in found] == [(case, subject)]


def test_the_rows_after_a_wrapped_row_are_read_too():
    rows = (
        "41/26   Tilskudd til ny lysløype ved        Vedtatt enstemmig etter at\n"
        "        Nordbygda skole                     saken ble utvidet.\n"
        "42/26   Gebyrregulativ for feiing 2027      Innstillingen vedtatt 6-1 (FrP).\n"
    )
    found = votes(HEAD["nb"] + THREE["nb"] + RULER3 + rows, "nb")
    assert [(r.case_number, r.subject) for r in found] == [
        ("41/26", "Tilskudd til ny lysløype ved Nordbygda skole"),
        ("42/26", "Gebyrregulativ for feiing 2027"),
    ]


TWO = {
    "nb": "Saksnr.  Arkivsak  Tittel / vedtak\n",
    "nn": "Saksnr.  Arkivsak  Tittel / vedtak\n",
}
RULER2 = "-------  --------  ---------------------------------------------------\n"

DECISION_UNDER_TITLE = [
    ("nb", "Godkjenning av protokoll fra møte 10.06.2026", "Vedtatt som innstilt. Enstemmig.", "adopted"),
    ("nb", "Budsjettjustering nr. 2 for 2026", "Vedtatt med 5 mot 2 stemmer.", "adopted"),
    ("nb", "Navn på ny gate i Nordbyen", "Forslaget falt.", "rejected"),
    ("nn", "Godkjenning av møtebok frå 10.06.2026", "Vedteke samrøystes.", "adopted"),
    ("nn", "Høyring om ny kystsoneplan", "Teke til vitande.", "noted"),
]


@pytest.mark.parametrize(("language", "title", "decision", "outcome"), DECISION_UNDER_TITLE)
def test_a_sentence_under_the_first_title_is_its_decision(language, title, decision, outcome):
    rows = f"FS 51/26 26/0041   {title}\n                   {decision}\n"
    found = votes(HEAD[language] + TWO[language] + RULER2 + rows, language)
    assert [(r.case_number, r.subject, r.outcome) for r in found] == [("51/26", title, outcome)]


def test_a_name_wrapping_without_a_stop_still_goes_on_the_title():
    rows = (
        "FS 52/26 26/0077   Orientering om status for bredbånd i\n"
        "                   Brekkvasselv\n"
        "                   Tatt til orientering.\n"
    )
    found = votes(HEAD["nb"] + TWO["nb"] + RULER2 + rows, "nb")
    assert [(r.case_number, r.subject, r.outcome) for r in found] == [
        ("52/26", "Orientering om status for bredbånd i Brekkvasselv", "noted")
    ]


def test_a_lower_case_line_closing_the_decision_cell_finishes_it():
    rows = "41/26   Vegnavn i Nordbygda                 Innstillingen ble vedtatt med\n"
    rows += " " * 44 + "fem mot to stemmer.\n"
    found = votes(HEAD["nb"] + THREE["nb"] + RULER3 + rows, "nb")
    assert [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in found] == [("41/26", "adopted", 5, 2)]
