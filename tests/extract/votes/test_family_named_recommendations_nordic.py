"""A decision naming whose recommendation it adopts (da, nb, nn): "Økonomiudvalgets indstilling godkendt",
"Formannskapets innstilling ble vedtatt", "Formannskapet si tilråding vart vedteken". The item's only decision
line is a row, its subject the recommendation as written. A bare "Innstillingen" / "Tilrådinga" /
"Indstillingen" under a heading that names who recommends ("Formannskapets innstilling:") is that named
recommendation; under an unnamed heading ("Innstilling:") it stays as written."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

NAMED = [
    ("da", "Beslutning:\nØkonomiudvalgets indstilling godkendt.\n", "Økonomiudvalgets indstilling", None),
    (
        "da",
        "BYRÅDETS BESLUTNING:\n   Økonomiudvalgets indstilling godkendt enstemmigt.\n",
        "Økonomiudvalgets indstilling",
        True,
    ),
    (
        "da",
        "Beslutning: Teknik- og Miljøudvalgets indstilling blev godkendt.\n",
        "Teknik- og Miljøudvalgets indstilling",
        None,
    ),
    (
        "da",
        "Beslutning\nBørne- og Skoleudvalgets indstilling blev vedtaget med 17 stemmer mod 4.\n",
        "Børne- og Skoleudvalgets indstilling",
        False,
    ),
    (
        "da",
        "KOMMUNALBESTYRELSENS BESLUTNING:\nForvaltningens indstilling godkendt\n",
        "Forvaltningens indstilling",
        None,
    ),
    ("nb", "Vedtak: Formannskapets innstilling ble vedtatt.\n", "Formannskapets innstilling", None),
    ("nb", "Votering:\nFormannskapets innstilling ble enstemmig vedtatt.\n", "Formannskapets innstilling", True),
    (
        "nb",
        "Kommunestyrets vedtak:\nHovedutvalgets innstilling vedtatt mot 3 stemmer.\n",
        "Hovedutvalgets innstilling",
        False,
    ),
    ("nb", "VEDTAK:\nRådmannens innstilling ble vedtatt med 20 mot 7 stemmer.\n", "Rådmannens innstilling", False),
    ("nb", "Formannskapets innstilling enstemmig vedtatt.\n", "Formannskapets innstilling", True),
    ("nn", "Vedtak: Formannskapet si tilråding vart vedteken.\n", "Formannskapet si tilråding", None),
    ("nn", "Røysting:\nFormannskapet si tilråding vart samrøystes vedteken.\n", "Formannskapet si tilråding", True),
    (
        "nn",
        "Vedtak:\nKommunedirektøren si innstilling vart vedteken med 15 mot 4 røyster.\n",
        "Kommunedirektøren si innstilling",
        False,
    ),
    ("nn", "Hovudutvalet si tilråding samrøystes vedteken.\n", "Hovudutvalet si tilråding", True),
    ("nn", "Vedtak: Formannskapet si innstilling vart vedteke mot 2 røyster.\n", "Formannskapet si innstilling", False),
]


@pytest.mark.parametrize(("language", "body", "subject", "unanimous"), NAMED)
def test_a_decision_naming_whose_recommendation_it_adopts_is_a_row_about_it(language, body, subject, unanimous):
    rows = votes(CASE[language] + body, language)
    assert [(r.outcome, r.subject, r.unanimous) for r in rows] == [("adopted", subject, unanimous)]


ANAPHORS = [
    (
        "da",
        "Økonomiudvalgets indstilling:\nØkonomiudvalget indstiller, at planen godkendes.\n"
        "Beslutning:\nIndstillingen blev godkendt med 17 stemmer mod 2.\n",
        "Økonomiudvalgets indstilling",
    ),
    (
        "da",
        "Teknisk Udvalgs indstilling:\nAt lokalplanen vedtages endeligt.\n"
        "Beslutning: Indstillingen godkendt med 20 stemmer for og 5 imod.\n",
        "Teknisk Udvalgs indstilling",
    ),
    (
        "da",
        "Økonomiudvalgets anbefaling:\nAt budgettet godkendes.\n"
        "Beslutning\nAnbefalingen blev vedtaget med 15 stemmer mod 10.\n",
        "Økonomiudvalgets anbefaling",
    ),
    (
        "da",
        "ØKONOMIUDVALGETS INDSTILLING:\nAt regnskabet godkendes.\n"
        "BESLUTNING:\nIndstillingen blev godkendt med 19 stemmer mod 2.\n",
        "ØKONOMIUDVALGETS INDSTILLING",
    ),
    (
        "da",
        "Kultur- og Fritidsudvalgets indstilling:\nAt tilskuddet bevilges.\n"
        "Beslutning:\nIndstillingen blev vedtaget mod 3 stemmer.\n",
        "Kultur- og Fritidsudvalgets indstilling",
    ),
    (
        "nb",
        "Formannskapets innstilling:\nPlanen vedtas.\nVotering: Innstillingen ble vedtatt med 20 mot 6 stemmer.\n",
        "Formannskapets innstilling",
    ),
    (
        "nb",
        "Innstilling fra hovedutvalg for oppvekst og kultur:\nNy skole bygges på tomt A.\n"
        "Votering:\nInnstillingen ble vedtatt med 14 mot 13 stemmer.\n",
        "Innstilling fra hovedutvalg for oppvekst og kultur",
    ),
    (
        "nb",
        "Rådmannens innstilling:\nTilskudd innvilges.\nVotering:\nInnstillinga ble vedtatt mot 4 stemmer.\n",
        "Rådmannens innstilling",
    ),
    (
        "nb",
        "Hovedutvalgets innstilling:\nGebyrene økes med 3 prosent.\n"
        "Votering: Innstillingen ble vedtatt med 25 mot 10 stemmer.\n",
        "Hovedutvalgets innstilling",
    ),
    (
        "nb",
        "Kommunedirektørens innstilling:\nRegnskapet godkjennes.\n"
        "Votering:\nInnstillingen ble vedtatt med 30 mot 1 stemme.\n",
        "Kommunedirektørens innstilling",
    ),
    (
        "nn",
        "Formannskapet si tilråding:\nAvtalen vert inngått.\nRøysting:\nTilrådinga vart vedteken mot 2 røyster.\n",
        "Formannskapet si tilråding",
    ),
    (
        "nn",
        "Kommunedirektøren si innstilling:\nKlagen vert ikkje teken til følgje.\n"
        "Røysting:\nInnstillinga vart vedteken med 3 mot 2 røyster.\n",
        "Kommunedirektøren si innstilling",
    ),
    (
        "nn",
        "Tilråding frå hovudutval for næring og kultur:\nLøyve vert gjeve.\n"
        "Røysting: Tilrådinga vart vedteken med 16 mot 9 røyster.\n",
        "Tilråding frå hovudutval for næring og kultur",
    ),
    (
        "nn",
        "Rådmannen si tilråding:\nPlanen vert vedteken.\nRøysting:\nTilrådinga vart vedteken med 20 mot 5 røyster.\n",
        "Rådmannen si tilråding",
    ),
    (
        "nn",
        "Hovudutvalet si innstilling:\nGebyra aukar med 2 prosent.\n"
        "Røysting:\nInnstillinga vart vedteken med 12 mot 9 røyster.\n",
        "Hovudutvalet si innstilling",
    ),
]


@pytest.mark.parametrize(("language", "body", "subject"), ANAPHORS)
def test_a_bare_recommendation_under_a_named_heading_is_the_named_recommendation(language, body, subject):
    rows = votes(CASE[language] + body, language)
    assert [r.subject for r in rows] == [subject]


UNNAMED = [
    (
        "da",
        "Indstilling:\nAt planen godkendes.\nBeslutning:\nIndstillingen blev godkendt med 17 stemmer mod 2.\n",
        "Indstillingen",
    ),
    (
        "nb",
        "Innstilling:\nPlanen vedtas.\nVotering: Innstillingen ble vedtatt med 20 mot 6 stemmer.\n",
        "Innstillingen",
    ),
    ("nn", "Tilråding:\nAvtalen vert inngått.\nRøysting:\nTilrådinga vart vedteken mot 2 røyster.\n", "Tilrådinga"),
]


@pytest.mark.parametrize(("language", "body", "subject"), UNNAMED)
def test_a_bare_recommendation_under_an_unnamed_heading_stays_as_written(language, body, subject):
    rows = votes(CASE[language] + body, language)
    assert [r.subject for r in rows] == [subject]
