"""A proposal named by its number in running minutes ("Eerst over amendement A7.1 van de fracties van PvdD en SP,
'Geen aansluitplicht voor huurders'.") carries its quoted title later in the same sentence, after its movers: the
vote on it ("Het amendement is verworpen.") is about the number and the title. A quote in a later sentence, or
none, leaves the number alone."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nl": "Gemeenteraad\nNotulen van de vergadering van dinsdag 3 maart 2026\n\nAgendapunt 7. Warmteprogramma\n\n",
}

TITLED = [
    (
        "nl",
        "De VOORZITTER: Eerst over amendement A7.1 van de\nfracties van PvdD en SP, 'Geen aansluitplicht voor "
        "huurders'.\n\nDe VOORZITTER: Het amendement is verworpen.",
        "amendement A7.1 Geen aansluitplicht voor huurders",
    ),
    (
        "nl",
        "Dan motie M7.3 van het CDA,\n'Wijkgerichte informatieavonden'.\n\nDe motie wordt aangenomen met 29 stemmen"
        " voor en 15 tegen.",
        "motie M7.3 Wijkgerichte informatieavonden",
    ),
    (
        "nl",
        "We stemmen nu over motie 7.4 van mevrouw Bakker (D66) over “Groene schoolpleinen”.\n\nDe motie is aangenomen.",
        "motie 7.4 Groene schoolpleinen",
    ),
    (
        "nl",
        'Aan de orde is amendement A2 van de VVD: "Lagere leges".\n\nHet amendement wordt verworpen met 12 '
        "stemmen voor en 25 tegen.",
        "amendement A2 Lagere leges",
    ),
    (
        "nl",
        "Ik breng amendement A3, ingediend door GroenLinks en PvdA, 'Meer sociale huur', in stemming.\n\n"
        "Het amendement is aangenomen.",
        "amendement A3 Meer sociale huur",
    ),
    (
        "nl",
        "Ik stel voor te stemmen over motie M12 van JA21, getiteld 'Geen nieuwe stedenband'.\n\nDe motie "
        "wordt verworpen.",
        "motie M12 Geen nieuwe stedenband",
    ),
]


@pytest.mark.parametrize(("language", "body", "subject"), TITLED)
def test_a_numbered_proposal_takes_the_quoted_title_of_its_sentence(language, body, subject):
    assert [r.subject for r in votes(HEAD[language] + body + "\n", language)] == [subject]


LOOK_ALIKES = [
    # the quote stands in a later sentence: it is not the amendment's title
    "Eerst over amendement A7.1 van de PvdD. De wethouder noemde het 'een sympathiek voorstel'.\n\n"
    "Het amendement is verworpen.",
    # no quote at all
    "Eerst over amendement A7.1 van de fracties van PvdD en SP.\n\nHet amendement is verworpen.",
]


@pytest.mark.parametrize("body", LOOK_ALIKES)
def test_a_quote_outside_the_proposals_sentence_is_no_title(body):
    rows = votes(HEAD["nl"] + body + "\n", "nl")
    assert [r.subject for r in rows] == ["amendement A7.1"]
