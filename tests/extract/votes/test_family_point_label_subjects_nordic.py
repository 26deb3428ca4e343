"""A subject is never a bare label (da, nb, nn). A decision on a point's label ("Ad b) Godkendt.", "Pkt. 2:
Enstemmig vedtatt.", "Ad 2: Samrøystes vedteke.") is about that point of the recommendation, numbered or lettered
("1.", "2)", "b)"); with no such point it is about the case. A statement voted on by a bare noun ("Uttalen vart
samrøystes vedteken", "Høringssvaret blev godkendt") is about the case it answers."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

TITLE = {"da": "Budget 2021", "nb": "Budsjett 2024", "nn": "Budsjett 2024"}
LETTERED = {
    "da": "Indstilling:\nDirektionen indstiller,\n  a) at grunden sælges,\n  b) at provenuet indgår i kassen.\n",
    "nb": "Innstilling:\na) Planen vedtas.\nb) Tiltakene innarbeides i økonomiplanen.\n",
    "nn": "Innstilling:\na) Planen vert vedteken.\nb) Tiltaka vert innarbeidde i økonomiplanen.\n",
}
NUMBERED = {
    "da": "Indstilling:\nForvaltningen indstiller,\n1. at planen vedtages,\n2. at planen evalueres efter to år.\n",
    "nb": "Innstilling:\n1. Planen vedtas.\n2. Tiltakene innarbeides i økonomiplanen.\n",
    "nn": "Innstilling:\n1) Planen vert vedteken.\n2) Tiltaka vert innarbeidde i økonomiplanen.\n",
}
POINTS = {
    "da": (
        "at grunden sælges",
        "at provenuet indgår i kassen.",
        "at planen vedtages",
        "at planen evalueres efter to år.",
    ),
    "nb": ("Planen vedtas.", "Tiltakene innarbeides i økonomiplanen.") * 2,
    "nn": ("Planen vert vedteken.", "Tiltaka vert innarbeidde i økonomiplanen.") * 2,
}
LABELLED = [
    ("da", LETTERED, "Beslutning:\nAd a) Godkendt.\nAd b) Godkendt.\n", [0, 1]),
    ("da", LETTERED, "Beslutning:\n  Ad b) Godkendt enstemmigt.\n", [1]),
    ("da", NUMBERED, "Beslutning:\nAd 2: Anbefales.\n", [3]),
    ("da", NUMBERED, "Beslutning:\nAd pkt. 1: Godkendt med 5 stemmer mod 2.\n", [2]),
    ("da", LETTERED, "Beslutning:\nAd a: Godkendt.\n", [0]),
    ("nb", NUMBERED, "Vedtak:\nPkt. 2: Enstemmig vedtatt.\n", [3]),
    ("nb", NUMBERED, "Votering:\nPunkt 1: Vedtatt mot 3 stemmer.\n", [2]),
    ("nb", NUMBERED, "Vedtak:\nAd 2: Enstemmig vedtatt.\n", [3]),
    ("nb", LETTERED, "Votering:\nPkt. b: Enstemmig vedtatt.\n", [1]),
    ("nb", LETTERED, "Votering:\nAd a) Vedtatt med 20 mot 7 stemmer.\n", [0]),
    ("nn", NUMBERED, "Vedtak:\nPkt. 2: Samrøystes vedteke.\n", [3]),
    ("nn", NUMBERED, "Røysting:\nPunkt 1: Vedteke mot 3 røyster.\n", [2]),
    ("nn", NUMBERED, "Vedtak:\nAd 2: Samrøystes vedteke.\n", [3]),
    ("nn", LETTERED, "Røysting:\nPkt. b: Samrøystes vedteke.\n", [1]),
    ("nn", LETTERED, "Røysting:\nAd a) Vedteke med 20 mot 7 røyster.\n", [0]),
]


@pytest.mark.parametrize(("language", "recommendation", "decision", "points"), LABELLED)
def test_a_decision_on_a_point_label_is_about_that_point(language, recommendation, decision, points):
    rows = votes(CASE[language] + recommendation[language] + decision, language)
    assert [r.subject.rstrip(".") for r in rows] == [POINTS[language][i].rstrip(".") for i in points]


UNLISTED = [
    ("da", "Beslutning:\nAd b) Godkendt.\n"),
    ("da", "Beslutning:\nAd 3: Godkendt enstemmigt.\n"),
    ("nb", "Vedtak:\nPkt. 2: Enstemmig vedtatt.\n"),
    ("nb", "Votering:\nPunkt 3: Vedtatt mot 1 stemme.\n"),
    ("nn", "Vedtak:\nPkt. 2: Samrøystes vedteke.\n"),
    ("nn", "Røysting:\nAd b) Vedteke mot 2 røyster.\n"),
]


@pytest.mark.parametrize(("language", "decision"), UNLISTED)
def test_a_point_label_without_its_point_is_about_the_case(language, decision):
    rows = votes(CASE[language] + decision, language)
    assert [r.subject for r in rows] == [TITLE[language]]


STATEMENTS = [
    ("da", "Beslutning:\nHøringssvaret blev godkendt.\n"),
    ("da", "Beslutning:\nUdtalelsen blev godkendt med 20 stemmer mod 3.\n"),
    ("da", "Beslutning:\nHøringssvarene blev godkendt enstemmigt.\n"),
    ("da", "Beslutning:\nHøringsudtalelsen godkendt.\n"),
    ("da", "Beslutning: Udtalelsen blev vedtaget.\n"),
    ("nb", "Votering:\nHøringsuttalelsen ble enstemmig vedtatt.\n"),
    ("nb", "Votering:\nUttalelsen ble vedtatt mot 2 stemmer.\n"),
    ("nb", "Votering: Høringssvaret ble vedtatt med 30 mot 5 stemmer.\n"),
    ("nb", "Vedtak:\nUttalen ble enstemmig vedtatt.\n"),
    ("nb", "Votering:\nHøringsuttalen ble vedtatt.\n"),
    ("nn", "Uttalen vart samrøystes vedteken.\n"),
    ("nn", "Røysting:\nUttala vart vedteken mot 2 røyster.\n"),
    ("nn", "Røysting: Høyringsuttalen vart samrøystes vedteken.\n"),
    ("nn", "Vedtak:\nFråsegna vart vedteken med 15 mot 4 røyster.\n"),
    ("nn", "Røysting:\nHøyringsfråsegna vart samrøystes vedteken.\n"),
]


@pytest.mark.parametrize(("language", "decision"), STATEMENTS)
def test_a_statement_voted_on_by_a_bare_noun_is_about_the_case(language, decision):
    rows = votes(CASE[language] + decision, language)
    assert [r.subject for r in rows] == [TITLE[language]]
