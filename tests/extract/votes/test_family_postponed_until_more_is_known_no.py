"""A body that holds the case back until it knows more (nb, nn) postpones it: it asks for more before the case
is decided ("Formannskapet ber om ei breiare utgreiing før saka vert handsama", "Utvalget ønsket en ny
verditakst før saken avgjøres"), it puts the case off in the present tense ("Kommunestyret utset saka",
"Formannskapet utsetter behandlingen"), or the case is sent back in the Nynorsk participle "send"
("Saka vert send tilbake"). Look-alikes: a request to be answered before another body treats the case
("... før saka vert handsama i kommunestyret") is part of a decision, and a later treatment foretold in the case
text ("Saka vert handsama i kommunestyret i juni") is no decision."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, outcomes

TITLE = "Budsjett 2024"

HELD_BACK = [
    ("nb", "Vedtak: Formannskapet ber om en bredere utredning av kostnadene før saken behandles.\n"),
    ("nb", "Behandling:\nFormannskapet ønsket en ny verditakst før saken avgjøres.\n"),
    ("nb", "Utvalget ba om en ny vurdering av tomtevalget før saken blir avgjort. Saken kommer tilbake i oktober.\n"),
    ("nb", "Vedtak: Bystyret utsetter behandlingen til budsjettmøtet i desember.\n"),
    ("nb", "Behandling: Hovedutvalget ønsket befaring på stedet\nfør saken avgjøres.\n"),
    ("nb", "Vedtak:\nKommunestyret ber om at kostnadene\nved begge tomtene utredes før saken realitetsbehandles.\n"),
    ("nn", "Vedtak: Formannskapet ber om ei breiare utgreiing, mellom anna om kostnadane, før saka vert handsama.\n"),
    ("nn", "Utvalet ba om ei ny vurdering av lokale og kostnader før saka vert avgjord. Saka kjem att i oktober.\n"),
    ("nn", "Møtehandsaming:\nFormannskapet vil sjå saka i samanheng med budsjettet og utset handsaminga.\n"),
    ("nn", "Vedtak: Kommunestyret utset saka til neste møte.\n"),
    ("nn", "Handsaming: Hovudutvalet ynskte ei synfaring før saka vert avgjord.\n"),
    (
        "nn",
        "Vedtak:\nSaka vert send tilbake til kommunedirektøren. Formannskapet ønskjer å sjå "
        "korleis\nretningslinene i nabokommunane er utforma.\n",
    ),
    ("nn", "Vedtak: Saka vart send tilbake til administrasjonen for ny vurdering.\n"),
]


@pytest.mark.parametrize(("language", "body"), HELD_BACK)
def test_a_case_held_back_until_more_is_known_is_postponed(language, body):
    assert outcomes(CASE[language] + body, language) == [("postponed", TITLE)]


NOT_HELD_BACK = [
    (
        "nb",
        "Vedtak: Budsjettet vedtas. Formannskapet ber om at ungdomsrådet høres før saken behandles i kommunestyret.\n",
        "adopted",
    ),
    (
        "nn",
        "Vedtak: Budsjettet vert vedteke. Utvalet ber om at eldrerådet får uttale seg før saka vert handsama i "
        "kommunestyret.\n",
        "adopted",
    ),
    ("nn", "Vedtak: Planen vert vedteken.\nSaka vert handsama i kommunestyret 18.06.2026.\n", "adopted"),
    ("nb", "Vedtak: Planen vedtas.\nSaken blir behandlet i bystyret i juni.\n", "adopted"),
]


@pytest.mark.parametrize(("language", "body", "outcome"), NOT_HELD_BACK)
def test_a_request_answered_before_another_body_treats_the_case_is_no_postponement(language, body, outcome):
    assert [o for o, _ in outcomes(CASE[language] + body, language)] == [outcome]


TOLD_TWICE = [
    (
        "nn",
        "Vedtak: Saka vert utsett til møtet i oktober. Utvalet ønskjer "
        "ein\nrekneskap for 2025 før saka vert avgjord.\n",
    ),
    (
        "nn",
        "Vedtak: Saka vert sendt attende til administrasjonen. Formannskapet "
        "ønskjer\nuttale frå politiet før saka vert avgjord.\n",
    ),
    (
        "nn",
        "Formannskapet bad om fråsegn frå politiet før saka vert avgjord. Saka\nvart "
        "send attende til administrasjonen.\n",
    ),
    ("nb", "Vedtak: Saken utsettes til neste møte. Formannskapet ber om en ny takst før saken avgjøres.\n"),
    (
        "nb",
        "Formannskapet ønsket uttalelse fra politiet før saken avgjøres. Saken ble "
        "sendt tilbake\ntil administrasjonen.\n",
    ),
    (
        "nb",
        "Vedtak: Saken sendes tilbake til kommunedirektøren. Formannskapet ønsker en ny takst før saken avgjøres.\n",
    ),
    ("nb", "Behandling:\nUtvalget ba om befaring før saken avgjøres. Saken utsettes til neste møte.\n"),
    (
        "nb",
        "Vedtak: Kommunestyret utsetter behandlingen. Kommunestyret ber om en ny trafikkanalyse før saken behandles.\n",
    ),
    ("nn", "Vedtak: Kommunestyret utset saka. Kommunestyret ber om ei ny trafikkanalyse før saka vert handsama.\n"),
    (
        "nn",
        "Handsaming:\nSaka vert send tilbake til kommunedirektøren. Utvalet ønskjer fleire alternativ før saka vert "
        "avgjord.\n",
    ),
]


@pytest.mark.parametrize(("language", "body"), TOLD_TWICE)
def test_a_postponement_told_in_two_sentences_of_one_paragraph_is_one_row(language, body):
    assert outcomes(CASE[language] + body, language) == [("postponed", TITLE)]
