"""A protocol heading its meeting with the place and the body noun ("Utvalg: Hemnes kommunestyre") and labelling a
decision with the noun alone ("Kommunestyrets vedtak:") speaks of one body: the label is a block label, the row
keeps the meeting's date and body."""

import pytest

from pipeline.extract.votes.bodies import same_body
from tests.extract.votes.helpers import votes


@pytest.mark.parametrize(
    ("named", "bare"),
    [
        ("Hemnes kommunestyre", "Kommunestyret"),
        ("Gloppen heradsstyre", "Heradsstyret"),
        ("Aarhus Byråd", "Byrådet"),
        ("Bodø bystyre", "Bystyret"),
        ("Vik formannskap", "Formannskapet"),
        ("Tinn kommunestyre", "kommunestyret"),
    ],
)
def test_a_place_and_a_body_noun_name_the_body_its_definite_noun_names(named, bare):
    assert same_body(named, bare) and same_body(bare, named)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hemnes kommunestyre", "Formannskapet"),
        ("Eldres råd", "Rådet"),  # a noun this short names many bodies
        ("Utvalg for teknikk", "Teknikkutvalget"),
        ("Hemnes kommunestyre", "Kommunestyremøtet"),  # more than a definite ending
    ],
)
def test_other_bodies_stay_apart(a, b):
    assert not same_body(a, b)


@pytest.mark.parametrize(
    ("language", "head", "label", "sentence"),
    [
        ("nb", "Utvalg: Hemnes kommunestyre", "Kommunestyrets vedtak:", "Innkalling og saksliste godkjennes."),
        ("nb", "Utvalg: Rana bystyre", "Bystyrets vedtak:", "Referatsakene tas til orientering."),
        ("nn", "Utval: Sogndal kommunestyre", "Kommunestyret sitt vedtak:", "Innkalling og sakliste vert godkjend."),
        ("nb", "Utvalg: Vefsn formannskap", "Formannskapets vedtak:", "Saken utsettes."),
    ],
)
def test_a_decision_label_of_the_meetings_own_body_keeps_its_date(language, head, label, sentence):
    text = f"{head}\nDato: 18.06.2026\n\nPS 34/26 Godkjenning av innkalling\n{label}\n{sentence}\n"
    rows = votes(text, language)
    assert [(r.meeting_date, r.body) for r in rows] == [("2026-06-18", head.split(": ")[1])]
