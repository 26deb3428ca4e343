"""A Norwegian news report whose agent is the body qualified by its unanimity ("Eit samrøystes kommunestyre
vedtok næringsplanen for 2027–2030.", "Et enstemmig bystyre godkjente ..."): a unanimous decision about its
object, as "Kommunestyret vedtok X" is about X. The same words without a decision verb ("Et enstemmig
formannskap står bak planen.") decide nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

_PAGE = "Nytt fra {where}\n\n{head}\n{sentence} Planen har tre satsingsområder. (Sak 63/26)\n"


@pytest.mark.parametrize(
    ("sentence", "language", "subject"),
    [
        ("Et enstemmig bystyre vedtok næringsplanen for 2027–2030.", "nb", "næringsplanen for 2027–2030"),
        ("Et enstemmig kommunestyre godkjente reguleringsplanen for Sentrum.", "nb", "reguleringsplanen for Sentrum"),
        ("Et enstemmig formannskap sa ja til ny idrettshall.", "nb", "ny idrettshall"),
        ("Et enstemmig kommunestyre gikk inn for ny skolestruktur.", "nb", "ny skolestruktur"),
        ("Et enstemmig hovedutvalg vedtok trafikksikkerhetsplanen.", "nb", "trafikksikkerhetsplanen"),
        ("Eit samrøystes kommunestyre vedtok næringsplanen for 2027–2030.", "nn", "næringsplanen for 2027–2030"),
        ("Eit samrøystes heradsstyre godkjende reguleringsplanen for Sentrum.", "nn", "reguleringsplanen for Sentrum"),
        ("Eit samrøystes formannskap sa ja til ny idrettshall.", "nn", "ny idrettshall"),
        ("Eit samrøystes kommunestyre gjekk inn for ny skulestruktur.", "nn", "ny skulestruktur"),
        ("Eit samrøystes utval vedtok trafikktryggingsplanen.", "nn", "trafikktryggingsplanen"),
    ],
)
def test_a_body_named_unanimous_decides_its_object_unanimously(sentence, language, subject):
    text = _PAGE.format(where="kommunestyret", head="NY PLAN", sentence=sentence)
    rows = votes(text, language)
    assert [(r.subject, r.outcome, r.unanimous) for r in rows] == [(subject, "adopted", True)]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Et enstemmig formannskap står bak planen.", "nb"),
        ("Eit samrøystes kommunestyre står bak planen.", "nn"),
        ("Et enstemmig bystyre ønsker flere boliger i sentrum.", "nb"),
    ],
)
def test_a_unanimous_body_without_a_decision_verb_decides_nothing(sentence, language):
    text = _PAGE.format(where="kommunestyret", head="NY PLAN", sentence=sentence)
    assert votes(text, language) == []
