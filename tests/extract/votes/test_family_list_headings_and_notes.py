"""Decision lists whose items take their outcome from a heading above them ("Hamerstukken (zonder stemming
aangenomen)", "Følgende saker ble vedtatt uten debatt:"), down to the next heading, and notes under a list that
explain one of its items ("Bij punt 5:", "PS 33/26 - Arkivsak 25/1907") and add no row; a note about an item the
list did not decide is that item's decision."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes
from tests.extract.votes.test_family_item_lists import FIRST, HEADS

HEADINGS = [
    ("nl", "Hamerstukken (zonder stemming aangenomen)", "adopted"),
    ("nl", "Zonder beraadslaging en zonder stemming vastgesteld:", "adopted"),
    ("nl", "Voor kennisgeving aangenomen:", "noted"),
    ("nl", "Aangehouden:", "postponed"),
    ("nl", "Met algemene stemmen aangenomen:", "adopted"),
    ("nb", "Følgende saker ble vedtatt uten debatt:", "adopted"),
    ("nb", "Referatsaker – tatt til orientering:", "noted"),
    ("nb", "Følgende saker ble utsatt:", "postponed"),
    ("nb", "Enstemmig vedtatt uten debatt:", "adopted"),
    ("nb", "Vedtatt i samsvar med innstillingen:", "adopted"),
    ("nn", "Desse sakene vart vedtekne utan ordskifte:", "adopted"),
    ("nn", "Referatsaker – tekne til orientering:", "noted"),
    ("nn", "Følgjande saker vart utsett:", "postponed"),
    ("nn", "Samrøystes vedteke:", "adopted"),
    ("nn", "Godkjend utan merknader:", "adopted"),
    ("da", "Følgende punkter blev godkendt uden bemærkninger:", "adopted"),
    ("da", "Taget til efterretning:", "noted"),
    ("da", "Følgende sager blev udsat:", "postponed"),
    ("da", "Godkendt uden debat:", "adopted"),
    ("da", "Enstemmigt vedtaget:", "adopted"),
]
ITEMS = {
    "nl": ("  5.1  Verordening jeugdhulp 2026\n  5.2  Grondexploitatie Stationsweg\n", ["5.1", "5.2"]),
    "nb": ("PS 40/26  Kommunal planstrategi\nPS 41/26  Avtale om legevakt\n", ["40/26", "41/26"]),
    "nn": ("PS 40/26  Kommunal planstrategi\nPS 41/26  Avtale om legevakt\n", ["40/26", "41/26"]),
    "da": ("Pkt. 50  Takster for 2027\nPkt. 51  Vejnavn i Østerbyen\n", ["50", "51"]),
}


@pytest.mark.parametrize(("language", "heading", "outcome"), HEADINGS)
def test_a_heading_gives_the_outcome_of_every_item_under_it(language, heading, outcome):
    items, cases = ITEMS[language]
    rows = votes(HEADS[language] + f"{heading}\n{items}", language)
    assert [(r.case_number, r.outcome) for r in rows] == [(case, outcome) for case in cases]
    assert all(r.subject and r.subject[0].isupper() for r in rows)  # the item's title, not the heading


def test_an_item_under_a_heading_with_its_own_result_line_is_not_the_headings():
    text = (
        HEADS["nl"] + "Hamerstukken (zonder stemming aangenomen)\n  5.1  Verordening jeugdhulp 2026\n"
        "Agendapunt 8  Parkeervisie 2026\nUitslag: verworpen\n"
    )
    assert [(r.case_number, r.outcome) for r in votes(text, "nl")][:1] == [("5.1", "adopted")]
    assert ("8", "adopted") not in [(r.case_number, r.outcome) for r in votes(text, "nl")]


NOTES = [
    (
        "nl",
        "  5   Reglement buurtbudgetten\n      Verdaagd\n",
        "Toelichting\n- Bij punt 5: het punt wordt verdaagd naar de zitting van juni op vraag van de schepen.\n",
        [("1", "adopted"), ("5", "postponed")],
    ),
    (
        "nl",
        "  5   Jaarverslag politiezone\n      Kennisname\n",
        "Toelichting\n- Bij punt 5: de gemeenteraad neemt kennis van het jaarverslag van de politiezone.\n",
        [("1", "adopted"), ("5", "noted")],
    ),
    (
        "nl",
        "  5   Retributiereglement\n      Goedgekeurd\n",
        "Toelichting\nAd 5. Het reglement wordt goedgekeurd met 20 stemmen voor en 5 stemmen tegen.\n",
        [("1", "adopted"), ("5", "adopted")],
    ),
    (
        "nb",
        "  PS 33/26  Reguleringsplan for Solbakken\n             Vedtatt\n",
        "Merknader\nPS 33/26 - Arkivsak 25/1907\nBystyret vedtok planen i samsvar med innstillingen.\n",
        [("30/26", "adopted"), ("33/26", "adopted")],
    ),
    (
        "nn",
        "  PS 33/26  Reguleringsplan for Nesvegen\n             Utsett\n",
        "Merknader\nPS 33/26 - Arkivsak 25/2211\nSaka vart utsett til desembermøtet etter framlegg frå ordføraren.\n",
        [("30/26", "adopted"), ("33/26", "postponed")],
    ),
    (
        "da",
        "  Pkt. 43  Budgetopfølgning pr. 28. februar\n           Taget til efterretning\n",
        "Bemærkninger\nAd pkt. 43 Byrådet tog budgetopfølgningen til efterretning.\n",
        [("40", "adopted"), ("43", "noted")],
    ),
]


NOTES += [
    (
        "nb",
        "  PS 34/26  Budsjettregulering\n             Vedtatt mot 4 stemmer (Sp)\n",
        "Merknader\nPS 34/26: Forslaget fra Sp om å beholde skolen ble ikke vedtatt, og innstillingen ble vedtatt.\n",
        [("30/26", "adopted"), ("34/26", "adopted")],
    ),
    (
        "nb",
        "  PS 35/26  Årsmelding for eldrerådet\n             Tatt til orientering\n",
        "Merknader\nSak 35/26: Bystyret tok årsmeldingen til orientering uten merknader.\n",
        [("30/26", "adopted"), ("35/26", "noted")],
    ),
    (
        "nn",
        "  PS 34/26  Budsjettendring\n             Vedteke mot 2 røyster (Raudt)\n",
        "Merknader\nPS 34/26: Framlegget vart vedteke mot 2 røyster.\n",
        [("30/26", "adopted"), ("34/26", "adopted")],
    ),
    (
        "nn",
        "  PS 35/26  Årsmelding for ungdomsrådet\n             Teke til orientering\n",
        "Merknader\nSak 35/26: Kommunestyret tok årsmeldinga til orientering.\n",
        [("30/26", "adopted"), ("35/26", "noted")],
    ),
    (
        "da",
        "  Pkt. 44  Lokalplan 212\n           Godkendt med 17 stemmer mod 8\n",
        "Bemærkninger\nAd pkt. 44 Byrådet godkendte lokalplanen med 17 stemmer mod 8.\n",
        [("40", "adopted"), ("44", "adopted")],
    ),
    (
        "da",
        "  Pkt. 45  Budget 2027\n           Udsat\n",
        "Bemærkninger\nAd pkt. 45 Sagen blev udsat til næste møde.\n",
        [("40", "adopted"), ("45", "postponed")],
    ),
    (
        "nl",
        "  5   Motie speeltuinen\n      Aangehouden\n",
        "Toelichting\nAd 5. De motie wordt op verzoek van de indiener aangehouden.\n",
        [("1", "adopted"), ("5", "postponed")],
    ),
]


@pytest.mark.parametrize(("language", "entry", "notes", "expected"), NOTES)
def test_a_note_about_a_listed_item_explains_its_row_and_adds_none(language, entry, notes, expected):
    rows = votes(HEADS[language] + FIRST[language] + entry + notes, language)
    assert [(r.case_number, r.outcome) for r in rows] == expected


def test_a_note_about_an_item_the_list_did_not_decide_is_that_items_decision():
    text = (
        HEADS["nb"] + FIRST["nb"] + "  PS 33/26  Eiendomsskatt 2027\n             Se merknader nedenfor\n"
        "Merknader\nPS 33/26 - Arkivsak 26/0455\nSaken ble utsatt til budsjettmøtet i desember.\n"
    )
    assert [(r.case_number, r.outcome) for r in votes(text, "nb")] == [("30/26", "adopted"), ("33/26", "postponed")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nb",
            "Utsatt:\nPS 14/26  Reguleringsplan for Solbakken\n\nVedtatt enstemmig:\n"
            "• PS 15/26  Kommunal planstrategi\n• PS 16/26  Avtale om legevakt\n",
            [("14/26", "postponed"), ("15/26", "adopted"), ("16/26", "adopted")],
        ),
        (
            "da",
            "Udsat:\nPkt. 50  Takster for 2027\nGodkendt:\nPkt. 51  Vejnavn i Østerbyen\nPkt. 52  Lokalplan 14\n",
            [("50", "postponed"), ("51", "adopted"), ("52", "adopted")],
        ),
        (
            "nn",
            "Teke til orientering:\nPS 40/26  Årsmelding 2025\nVedteke:\nPS 41/26  Avtale om legevakt\n",
            [("40/26", "noted"), ("41/26", "adopted")],
        ),
        (
            "nl",
            "Aangehouden:\n  6.1  Motie bankjes\nAangenomen:\n  6.2  Motie zwerfvuil\n  6.3  Motie speeltuinen\n",
            [("6.1", "postponed"), ("6.2", "adopted"), ("6.3", "adopted")],
        ),
    ],
)
def test_each_heading_gives_its_own_items_the_outcome_down_to_the_next_heading(language, text, expected):
    rows = votes(HEADS[language] + text, language)
    assert [(r.case_number, r.outcome) for r in rows] == expected
