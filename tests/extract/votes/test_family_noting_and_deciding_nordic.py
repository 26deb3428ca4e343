"""A decision that takes a matter for information and decides something besides in the same sentence (da, nb, nn):
"Budgetopfølgningen tages til efterretning, og en tillægsbevilling på 3,1 mio. kr. anbefales", "Formannskapet tar
rapporten til orientering og løyver 2 mill. kr." is adopted, not noted. Noting alone, or noting with a remark
that decides nothing, stays noted."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

BESIDES = [
    (
        "da",
        "Beslutning:\nBudgetopfølgningen tages til efterretning, og en tillægsbevilling på 2 mio. kr. anbefales "
        "over for byrådet.\n",
    ),
    ("da", "Beslutning:\nOrienteringen tages til efterretning, og udvalget bevilger et tilskud til projektet.\n"),
    ("da", "Beslutning: Kvartalsrapporten tages til efterretning og udvalget godkender den reviderede tidsplan.\n"),
    ("da", "Beslutning:\nRegnskabet tages til efterretning, og overførslen af 1,2 mio. kr. godkendes.\n"),
    ("da", "Beslutning:\nRegnskabet tages til efterretning, og udvalget bevilger midler til vedligehold.\n"),
    ("nb", "Vedtak:\nFormannskapet tar rapporten til orientering og bevilger 2 mill. kr. til vedlikehold.\n"),
    ("nb", "Vedtak: Tertialrapporten tas til orientering, og budsjettendringene i tabell 3 vedtas.\n"),
    ("nb", "Vedtak:\nMeldingen tas til etterretning, og kommunestyret godkjenner samtidig ny tidsplan.\n"),
    ("nb", "Vedtak:\nØkonomirapporten tas til orientering, og kommunestyret vedtar å styrke fondet med 1 mill. kr.\n"),
    ("nb", "Vedtak: Kommunestyret tar årsmeldingen til orientering og godkjenner regnskapet.\n"),
    ("nn", "Vedtak:\nKommunestyret tek den økonomiske stoda til vitande og løyver 11 mill. kr. til fond.\n"),
    ("nn", "Vedtak: Tertialrapporten vert teken til orientering, og budsjettendringane vert godkjennast.\n"),
    ("nn", "Vedtak:\nMeldinga vert teken til vitande, og formannskapet løyver 200 000 kr. til tiltaket.\n"),
    ("nn", "Vedtak:\nRapporten vert teken til orientering, og utvalet godkjenner ny framdriftsplan.\n"),
    ("nn", "Vedtak: Utvalet tek orienteringa til vitande og vedtek å auke ramma med 5 prosent.\n"),
]


@pytest.mark.parametrize(("language", "block"), BESIDES)
def test_noting_beside_another_decision_is_adopted(language, block):
    rows = votes(CASE[language] + block, language)
    assert [r.outcome for r in rows] == ["adopted"]


ONLY = [
    ("da", "Beslutning:\nBudgetopfølgningen tages til efterretning.\n"),
    ("da", "Beslutning:\nOrienteringen blev taget til efterretning, og udvalget takkede for gennemgangen.\n"),
    ("nb", "Vedtak:\nFormannskapet tar rapporten til orientering.\n"),
    ("nb", "Vedtak: Tertialrapporten tas til orientering, og ordføreren takket administrasjonen.\n"),
    ("nn", "Vedtak:\nKommunestyret tek den økonomiske stoda til vitande.\n"),
    ("nn", "Vedtak: Meldinga vert teken til vitande.\n"),
]


@pytest.mark.parametrize(("language", "block"), ONLY)
def test_noting_alone_stays_noted(language, block):
    rows = votes(CASE[language] + block, language)
    assert [r.outcome for r in rows] == ["noted"]
