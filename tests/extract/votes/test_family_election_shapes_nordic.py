"""Elections recorded in more shapes: plural and neuter participles ("Dei føreslegne kandidatane vart valde.", "De
nominerte ble valgt."), several people named together ("Kari Bø og Nils Fet vart oppnemnde"), a run-in vote label on
the same line ("Røysting: ...", "Votering: ...", "Afstemning: ..."), and a count written into the line ("Kari Nes vart
vald med 20 mot 3 røyster.", "Kari Nes blev valgt med 20 stemmer mod 3.").

Each decides the item: one adopted row about the case title, unanimous when it says so, with the count when it gives
one; when only the winner's votes are given, the other candidates' votes ("Y fikk 13 stemmer.") are against, as in a
written ballot. An elected label over the member ("Valgt som formand: X") decides the item too. A place chosen for a
project ("valt ut som pilotkommune") is no election, and an election in an earlier year ("ble valgt i 2019") is
background: neither gives a row.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Kommunalbestyrelsen\n\nMødedato: 3. marts 2025\n\n14. Valg af medlemmer til Ældrerådet\n\n",
    "nb": "Utvalg: Kommunestyret\nMøtedato: 11.09.2024\n\nPS 58/24 Valg av meddommere 2025-2028\n\n",
    "nn": "Utval: Kommunestyret\nMøtedato: 05.11.2024\n\nPS 77/24 Val av styre for kyrkjeleg fellesråd\n\n",
}
TITLE = {
    "da": "Valg af medlemmer til Ældrerådet",
    "nb": "Valg av meddommere 2025-2028",
    "nn": "Val av styre for kyrkjeleg fellesråd",
}


def _rows(language: str, body: str) -> list[tuple]:
    rows = votes(HEAD[language] + body + "\n", language)
    return [(r.subject, r.outcome, r.unanimous, r.votes_for, r.votes_against) for r in rows]


@pytest.mark.parametrize(
    ("language", "body", "unanimous"),
    [
        ("nn", "Røysting: Dei føreslegne kandidatane vart samrøystes valde.", True),
        ("nn", "Dei tilrådde kandidatane vart valde.", None),
        ("nn", "Avrøysting: Ragnhild Eide vart vald som leiar.", None),
        ("nn", "Røysting:\nDei tre varamedlemene vart samrøystes attvalde.", True),
        ("nn", "Kari Bø og Nils Fet vart oppnemnde som medlemer.", None),
        ("nn", "Røysting: Heile lista vart utpeika samrøystes.", True),
        ("nb", "Votering: De foreslåtte kandidatene ble enstemmig valgt.", True),
        ("nb", "Avstemning: Kari Lunde (H) ble valgt som leder.", None),
        ("nb", "De nominerte ble valgt.", None),
        ("nb", "Votering:\nAlle tre ble enstemmig gjenvalgt for en ny periode.", True),
        ("nb", "Kari Lunde, Per Moe og Siri Lie ble utpekt som meddommere.", None),
        ("nb", "Kari Lunde ble valgt ved akklamasjon.", None),
        ("da", "Afstemning: De indstillede kandidater blev enstemmigt valgt.", True),
        ("da", "Lise Kvist (F) blev udnævnt som formand.", None),
        ("da", "De foreslåede medlemmer blev valgt.", None),
        ("da", "Lise Kvist og Jens Bo blev valgt som stedfortrædere.", None),
        ("da", "Mette Dahl (A) blev valgt ved fredsvalg.", None),
    ],
)
def test_an_election_in_any_shape_is_one_adopted_row_about_the_case(language, body, unanimous):
    against = 0 if unanimous else None
    assert _rows(language, body) == [(TITLE[language], "adopted", unanimous, None, against)]


@pytest.mark.parametrize(
    ("language", "body", "counts"),
    [
        ("nn", "Kari Bø vart vald med 20 mot 3 røyster.", (20, 3)),
        ("nn", "Dei føreslegne kandidatane vart valde med 15 mot 10 røyster.", (15, 10)),
        ("nn", "Røysting: Nils Fet vart vald til leiar med 14 mot 13 røyster.", (14, 13)),
        ("nn", "Ola Dale vart attvald med 18 røyster mot 9.", (18, 9)),
        ("nb", "Kari Lunde ble valgt med 20 mot 3 stemmer.", (20, 3)),
        ("nb", "Vedtak:\nPer Moe (Ap) ble gjenvalgt som leder med 31 mot 4 stemmer.", (31, 4)),
        ("nb", "Votering: Kandidatene ble valgt med 25 stemmer mot 10.", (25, 10)),
        ("nb", "Siri Lie ble valgt med 27 stemmer for og 6 mot.", (27, 6)),
        ("da", "Kari Nes blev valgt med 20 stemmer mod 3.", (20, 3)),
        ("da", "Jens Bo (V) blev genvalgt med 15 stemmer for og 4 imod.", (15, 4)),
        ("da", "Beslutning:\nMette Dahl blev udpeget med 19 mod 6 stemmer.", (19, 6)),
    ],
)
def test_an_election_with_its_count_gives_the_votes(language, body, counts):
    assert _rows(language, body) == [(TITLE[language], "adopted", False, *counts)]


def test_the_parties_against_an_election_are_read_from_its_count():
    rows = votes(HEAD["nb"] + "Per Moe (Ap) ble valgt med 31 mot 4 stemmer (FrP).\n", "nb")
    assert [(r.votes_for, r.votes_against, json.loads(r.against_parties or "null")) for r in rows] == [
        (31, 4, {"FrP": 4})
    ]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nn", "Kommunen vart valt ut som pilotkommune for prosjektet."),
        ("nn", "Ragnhild Eide vart vald som leiar i 2021 og har no bede om fritak."),
        ("nb", "Kommunen ble valgt ut som pilotkommune i prosjektet."),
        ("nb", "Kari Lunde (H) ble valgt som medlem i 2019 og har nå søkt fritak."),
        ("nb", "Valgnemnda foreslår at Kari Lunde velges som leder."),
        ("da", "Lise Kvist blev valgt i marts 2022 og er nu fraflyttet kommunen."),
        ("da", "Kommunen blev valgt ud som forsøgskommune."),
        ("nb", "Kommunestyret har valgt fire satsingsområder for planperioden:"),
        ("nb", "Kommunestyret har valgt å prioritere bærekraftsmål 3, 4, 8 og 11."),
    ],
)
def test_a_place_chosen_or_an_earlier_election_gives_no_row(language, body):
    assert _rows(language, body) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("nb", "Kommunestyret har valgt fire satsingsområder for planperioden:"),
        ("nb", "Bystyret valgte å prioritere bærekraftsmål 3, 4, 8 og 11."),
        ("nn", "Kommunestyret valde tre satsingsområde for perioden."),
        ("da", "Byrådet valgte to indsatsområder for perioden."),
        ("da", "Kommunalbestyrelsen har valgt at fokusere på tre temaer."),
    ],
)
def test_a_council_choosing_themes_in_a_strategy_gives_no_row(language, sentence):
    text = f"Kommuneplanens samfunnsdel 2026–2038\n\nInnledning\n{sentence} Hvert av dem har egne mål.\n"
    assert votes(text, language) == []


def test_a_list_of_elected_members_outside_any_case_gives_no_row():
    text = "Strategi for frivilligheit\n\nStyringsgruppa\nDesse vart valde: Kari Bø, Nils Fet og Guro Vik.\n"
    assert votes(text, "nn") == []


NEWS = {
    "da": "Nyt fra kommunalbestyrelsen 4. juni 2026\n\nNy cykelsti\nKommunalbestyrelsen vedtog at anlægge en sti.\n\n",
    "nb": "Dette vedtok kommunestyret 3. juni 2026\n\nNy brannstasjon\nKommunestyret vedtok å bygge brannstasjon.\n\n",
    "nn": "Nytt frå kommunestyret 2. juni 2026\n\nNy barnehage\nKommunestyret vedtok å byggje ny barnehage.\n\n",
}


@pytest.mark.parametrize(
    ("language", "item", "unanimous"),
    [
        ("nb", "Ny leder\nKommunestyret valgte Guri Moen (Sp) som ny leder av kontrollutvalget.", None),
        ("nb", "Ny leder\nEtter at Per Dal flyttet, valgte kommunestyret Guri Moen (Sp) som ny leder.", None),
        ("nb", "Nytt medlem\nKommunestyret har valgt Guri Moen (Sp) som nytt medlem av eldrerådet.", None),
        ("nb", "Ny nestleder\nKommunestyret oppnevnte enstemmig Guri Moen som nestleder i styret.", True),
        ("nb", "Nytt styre\nBystyret valgte Guri Moen og Per Dal som nye styremedlemmer.", None),
        ("nn", "Ny leiar\nKommunestyret valde Kari Bø (Sp) som ny leiar i kontrollutvalet.", None),
        ("nn", "Ny leiar\nSidan Ola Li har flytta, valde kommunestyret Kari Bø (Sp) til ny leiar.", None),
        ("nn", "Nytt medlem\nHeradsstyret valde samrøystes Kari Bø som nytt medlem av eldrerådet.", True),
        ("nn", "Ny nestleiar\nKommunestyret oppnemnde Kari Bø som nestleiar i styret.", None),
        ("nn", "Nytt styre\nKommunestyret valde Kari Bø og Ola Li som nye styremedlemer.", None),
        ("da", "Ny formand\nKommunalbestyrelsen valgte Hanne Krog (A) som ny formand for udvalget.", None),
        ("da", "Ny formand\nDa Poul Dam er flyttet, valgte byrådet enstemmigt Hanne Krog som formand.", True),
        ("da", "Nyt medlem\nKommunalbestyrelsen har valgt Hanne Krog (A) som nyt medlem af Ældrerådet.", None),
        ("da", "Ny næstformand\nByrådet udpegede Hanne Krog som næstformand i bestyrelsen.", None),
        ("da", "Nye medlemmer\nKommunalbestyrelsen valgte Hanne Krog og Poul Dam som nye medlemmer.", None),
    ],
)
def test_an_election_reported_in_a_news_item_is_one_more_adopted_row(language, item, unanimous):
    """The row is the report's election sentence, through the office it fills."""
    rows = votes(NEWS[language] + item + "\n", language)
    assert [r.outcome for r in rows] == ["adopted", "adopted"]
    elected = rows[1]
    assert (elected.unanimous, elected.case_number) == (unanimous, None)
    assert elected.subject.rstrip(".") in item and elected.subject.split()[-1].rstrip(".") in item.split()[-1]


@pytest.mark.parametrize(
    ("language", "item"),
    [
        ("nb", "Historikk\nI 2019 valgte kommunestyret Per Dal som leder av utvalget."),
        ("nb", "Valg neste gang\nValgkomiteen foreslår at kommunestyret velger Guri Moen som leder."),
        ("nn", "Historikk\nI 2019 valde kommunestyret Ola Li som leiar for utvalet."),
        ("da", "Historik\nI 2019 valgte kommunalbestyrelsen Poul Dam som formand."),
    ],
)
def test_an_earlier_or_proposed_election_in_a_news_item_gives_no_row(language, item):
    assert len(votes(NEWS[language] + item + "\n", language)) == 1


@pytest.mark.parametrize(
    ("language", "body", "counts"),
    [
        ("nb", "Kari Lunde (H) ble valgt med 20 stemmer. Per Moe (Ap) fikk 13 stemmer.", (20, 13)),
        ("nb", "Vedtak:\nSiri Lie ble valgt med 17 stemmer, mens Ola Moe fikk 12 og Per Dal fikk 4.", (17, 16)),
        ("nn", "Kari Bø (Sp) vart vald med 18 røyster. Ola Li (Ap) fekk 9 røyster.", (18, 9)),
        ("nn", "Røysting: Nils Fet vart vald med 15 røyster, medan Guro Vik fekk berre 2.", (15, 2)),
        ("da", "Hanne Krog (A) blev valgt med 12 stemmer, mens Poul Dam (V) fik 9.", (12, 9)),
        ("da", "Beslutning:\nJens Bo blev valgt med 16 stemmer. Lise Kvist fik 5 stemmer.", (16, 5)),
    ],
)
def test_an_election_with_the_winners_votes_counts_the_other_candidates_against(language, body, counts):
    assert _rows(language, body) == [(TITLE[language], "adopted", False, *counts)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nb", "Valgt: Kari Lunde (H)"),
        ("nb", "Valgt som leder:\nPer Moe (Ap)"),
        ("nn", "Vald som leiar: Kari Bø (Sp)"),
        ("nn", "Vald:\nOla Li (Ap)"),
        ("da", "Valgt som formand: Hanne Krog (A)"),
        ("da", "Valgt til stedfortræder: Jens Bo (V)"),
    ],
)
def test_an_elected_label_over_the_member_is_one_adopted_row(language, body):
    assert _rows(language, body) == [(TITLE[language], "adopted", None, None, None)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nb", "Innstilling:\nValgt: Kari Lunde (H)"),
        ("nn", "Tilråding:\nVald som leiar: Kari Bø (Sp)"),
        ("da", "Indstilling:\nValgt som formand: Hanne Krog (A)"),
    ],
)
def test_an_elected_label_in_a_recommendation_gives_no_row(language, body):
    assert _rows(language, body) == []
