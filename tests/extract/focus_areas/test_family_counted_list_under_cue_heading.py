"""Family: a heading that is the cue word itself ("Satsingsområde", "Onze thema's") and right under it a sentence
counting everyday things with the list after a colon ("Kommunen vil særleg satse på tre område: a, b og c."): the
heading says the things are the themes, though the sentence names no strategy. Look-alikes: the same sentence
under a heading that is no cue ("Bakgrunn", "Historie"), and a second sentence under the cue heading, keep no rows.
Strategies written for these tests."""

from __future__ import annotations

import pytest

HEADED = [
    (
        "nn",
        "Satsingsområde",
        "Kommunen vil særleg satse på tre område: skule og utveksling, reiseliv og kultur.",
        ["skule og utveksling", "reiseliv", "kultur"],
    ),
    (
        "nb",
        "Satsingsområder",
        "Vi vil prioritere fire områder: oppvekst, eldreomsorg, næringsliv og klima.",
        ["oppvekst", "eldreomsorg", "næringsliv", "klima"],
    ),
    (
        "nb",
        "3 Innsatsområder",
        "Kommunen konsentrerer arbeidet om tre felt: skole, idrett og kultur.",
        ["skole", "idrett", "kultur"],
    ),
    (
        "da",
        "Indsatsområder",
        "Kommunen vil især arbejde med tre områder: skoler, klima og erhverv.",
        ["skoler", "klima", "erhverv"],
    ),
    (
        "da",
        "Vores fokusområder",
        "Vi prioriterer fire felter: unge, ældre, natur og bosætning.",
        ["unge", "ældre", "natur", "bosætning"],
    ),
    (
        "nl",
        "Onze speerpunten",
        "We zetten de komende jaren in op drie terreinen: onderwijs, economie en cultuur.",
        ["onderwijs", "economie", "cultuur"],
    ),
    (
        "nl",
        "Thema's",
        "De gemeente richt zich op vier velden: wonen, zorg, werk en sport.",
        ["wonen", "zorg", "werk", "sport"],
    ),
]


@pytest.mark.parametrize(("language", "heading", "sentence", "themes"), HEADED)
def test_a_counted_list_right_under_the_cue_heading_names_the_themes(labels, language, heading, sentence, themes):
    text = (
        f"Internasjonal strategi 2026-2030\n\nInnledning\nTekst om kommunen.\n\n{heading}\n{sentence}\n\nOppfølging\n"
    )
    assert labels(text, language) == themes


NOT_HEADED = [
    ("nn", "Bakgrunn", "Kommunen har tre skular: Bø skule, Dale skule og Nes skule."),
    ("nb", "Historie", "Vi har hatt tre ordførere: Hansen, Olsen og Berg."),
    ("da", "Baggrund", "Kommunen har tre byer: Nørreby, Sønderby og Vesterby."),
    ("nl", "Aanleiding", "De gemeente heeft drie kernen: Noorddorp, Zuiddorp en Westdorp."),
]


@pytest.mark.parametrize(("language", "heading", "sentence"), NOT_HEADED)
def test_the_same_sentence_under_another_heading_names_no_themes(labels, language, heading, sentence):
    assert labels(f"Notat om kommunen\n\n{heading}\n{sentence}\n", language) == []


def test_a_second_sentence_under_the_cue_heading_is_not_read_so(labels):
    text = (
        "Notat om kommunen\n\nSatsingsområder\nKommunen har endret seg. Vi har tre ordførere: Hansen, Olsen og Berg.\n"
    )
    assert labels(text, "nb") == []
