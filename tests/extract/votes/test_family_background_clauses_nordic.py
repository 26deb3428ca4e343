"""A decision phrase inside a clause about time or condition ("Siden kommuneplanen blev vedtaget",
"indtil en ny plan er vedtaget", "på vent til reguleringsplanen er vedteken") or after an expectation
("Byrådet forventes at vedtage planen i oktober") retells or announces a decision: background, no row.
The same verbs as the record of a decision still give their row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

DA = "Byrådet\nMødedato: 25. marts 2025\n\n"
NB = "Kommunestyret\nMøtedato: 14.11.2023\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Siden kommuneplanen blev vedtaget, er der bygget 300 nye boliger i byen.",
        "Den gældende lokalplan gælder, indtil en ny lokalplan er vedtaget.",
        "Byrådet forventes at vedtage den endelige strategi i oktober.",
        "Projektet afventer, at budgettet bliver vedtaget af byrådet.",
        "Planen ventes endeligt godkendt i løbet af efteråret.",
        "Anlægget kan først igangsættes, hvis bevillingen bliver godkendt.",
    ],
)
def test_danish_clauses_about_a_decision_give_no_row(sentence):
    assert votes(DA + sentence + "\n", "da") == []


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Sidan planen vart vedteken, har kommunen bygd to nye skular.", "nn"),
        ("Tiltaket er sett på vent til reguleringsplanen for sentrum er vedteken.", "nn"),
        ("Kommunestyret er venta å handsame planen i desember.", "nn"),
        ("Arbeidet venter til budsjettet er vedtatt.", "nb"),
        ("Planen forventes vedtatt av bystyret før sommeren.", "nb"),
        ("Siden strategien ble vedtatt, har tre nye bedrifter etablert seg.", "nb"),
        ("Ordningen videreføres inntil en ny forskrift er vedtatt.", "nb"),
    ],
)
def test_norwegian_clauses_about_a_decision_give_no_row(sentence, language):
    assert votes(NB + sentence + "\n", language) == []


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Beslutning:\nIndstillingen blev vedtaget med 20 stemmer mod 5.\n", "da"),
        ("Beslutning:\nPlanen godkendes.\n", "da"),
        ("Votering:\nInnstillingen ble enstemmig vedtatt.\n", "nb"),
        ("Vedtak:\nForslaget til vedtak ble vedtatt mot 2 stemmer.\n", "nb"),
        ("Røysting:\nInnstillinga vart samrøystes vedteken.\n", "nn"),
    ],
)
def test_the_record_of_a_decision_still_gives_its_row(body, language):
    assert [r.outcome for r in votes(CASE[language] + body, language)] == ["adopted"]
