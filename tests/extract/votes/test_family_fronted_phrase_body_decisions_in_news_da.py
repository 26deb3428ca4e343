"""News pages about council decisions write the body's decision with a phrase fronted before the verb, the verb
then before the body (Danish verb-second order): "Efter en lang debat vedtog byrådet X", "Uden afstemning
godkendte kommunalbestyrelsen X", "Med et stort flertal godkendte byrådet X". The body decided X; a count
sentence after it that only refers back ("Forslaget blev vedtaget med 19 stemmer for og 6 imod") counts that same
decision.
Look-alikes: a decision recalled from an earlier year ("I 2019 vedtog byrådet X") and a question decide nothing
of their own."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_HEAD = (
    "Nyt fra kommunalbestyrelsen\nPubliceret fredag den 12. juni 2026\n\n"
    "Kommunalbestyrelsen holdt møde torsdag den 11. juni 2026.\n\n"
)

FRONTED = [
    (
        "DAGTILBUD\nEfter en længere debat vedtog kommunalbestyrelsen den nye dagtilbudsstruktur. "
        "Forslaget blev vedtaget med 17 stemmer for og 4 stemmer imod.\n",
        [("den nye dagtilbudsstruktur", "adopted", 17, 4)],
    ),
    (
        "HAVNEN\nUden afstemning godkendte kommunalbestyrelsen helhedsplanen for Nordhavnen.\n",
        [("helhedsplanen for Nordhavnen", "adopted", None, None)],
    ),
    (
        "KLIMA\nMed et stort flertal godkendte kommunalbestyrelsen den nye klimaplan.\n",
        [("den nye klimaplan", "adopted", None, None)],
    ),
    (
        "BIBLIOTEK\nTil sidst på mødet godkendte kommunalbestyrelsen de nye åbningstider på biblioteket. "
        "De gælder fra 1. august.\n",
        [("de nye åbningstider på biblioteket", "adopted", None, None)],
    ),
    (
        "VEJE\nEfter to timers drøftelse vedtog kommunalbestyrelsen vejplanen 2027-2030. Den betyder, at tre\n"
        "veje får nyt slidlag. Forslaget\nblev vedtaget med 20 stemmer for og 1 imod.\n",
        [("vejplanen 2027-2030", "adopted", 20, 1)],
    ),
]


@pytest.mark.parametrize(("body", "rows"), FRONTED)
def test_a_fronted_phrase_before_the_body_decision(body, rows):
    found = [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(_HEAD + body, "da")]
    assert found == rows


LOOK_ALIKES = [
    "SKOLER\nSidste år godkendte kommunalbestyrelsen en ny skolepolitik. Nu skal den evalueres.\n",
    "SKOLER\nI 2019 vedtog kommunalbestyrelsen den gældende skolepolitik. Nu skal den evalueres.\n",
    "SKOLER\nHvorfor godkendte kommunalbestyrelsen ikke planen?\n",
]


@pytest.mark.parametrize("body", LOOK_ALIKES)
def test_a_subordinate_clause_or_question_decides_nothing(body):
    assert votes(_HEAD + body, "da") == []
