"""Minutes record a councillor's or a resident's question ('vraagt of de gemeente lid wordt van X', 'spurgte, om
kommunen er medlem af X', 'spurde om kommunen er med i X'): the clause after the question word is what was asked,
not what is held, whatever the answer. A question about something else followed by a stated membership keeps it.
Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

ASKED = [
    (
        "nl",
        "Rondvraag\nRaadslid Els Janssens vraagt of de gemeente lid wordt van Eurocities; de burgemeester "
        "antwoordt dat dit niet aan de orde is.\n",
        "Eurocities",
    ),
    (
        "nl",
        "Rondvraag\nDe heer Smits (CDA) wil weten of de gemeente deelneemt aan Eurotowns. De wethouder zegt toe "
        "dit schriftelijk te beantwoorden.\n",
        "Eurotowns",
    ),
    (
        "da",
        "Spørgetid\nMette Lund (SF) spurgte, om kommunen er medlem af Energy Cities. Borgmesteren svarede "
        "skriftligt.\n",
        "Energy Cities",
    ),
    (
        "nb",
        "Eventuelt\nOla Berg (V) spurte om kommunen kunne bli med i ICLEI. Ordføreren svarte at saka ikke er "
        "aktuell.\n",
        "ICLEI",
    ),
    (
        "nn",
        "Ope spørjetime\nEin innbyggjar spurde om kommunen er med i Cittaslow. Ordføraren svara munnleg.\n",
        "Cittaslow",
    ),
]

HELD = [
    (
        "nl",
        "Rondvraag\nRaadslid Jan Peeters vraagt naar de kosten van de werkgroep. De gemeente is lid van "
        "Eurocities sinds 2019.\n",
        "Eurocities",
    ),
    ("nb", "Eventuelt\nOla Berg (V) spurte om status for ferjekaia. Kommunen er medlem av ICLEI.\n", "ICLEI"),
]


@pytest.mark.parametrize(("language", "text", "network"), ASKED)
def test_a_network_named_in_a_question_is_no_row(language: str, text: str, network: str) -> None:
    assert network not in networks(text, language, "Lier")


@pytest.mark.parametrize(("language", "text", "network"), HELD)
def test_a_membership_stated_after_another_question_is_kept(language: str, text: str, network: str) -> None:
    assert network in networks(text, language, "Lier")
