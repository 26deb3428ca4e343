"""A plan report or status summary counting its measures by status (nb, nn) records no vote: "Ett tiltak er
utsatt, to er avlyst", "Tre av prosjektene er utsatt", "Fire aktiviteter ble utsatt til høsten", "Eitt tiltak
er utsett", "To tiltak vart utsette til 2027". Look-alikes: a case or a body's treatment put off ("Saken ble
utsatt", "Saka vart utsett til neste møte") stays a postponed row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, outcomes

COUNTED = [
    ("nb", "Oppsummering:\nAv de 14 tiltakene er seks fullført. Ett tiltak er utsatt, to er avlyst.\n"),
    ("nb", "Status:\nTo tiltak er utsatt til 2027 på grunn av økonomien.\n"),
    ("nb", "Tre av prosjektene er utsatt, resten går som planlagt.\n"),
    ("nb", "Fire aktiviteter ble utsatt til høsten.\n"),
    ("nb", "Flere investeringer er forsinket og utsatt.\n"),
    ("nn", "Oppsummering:\nAv dei 12 tiltaka er fem fullførte. Eitt tiltak er utsett, to er avlyste.\n"),
    ("nn", "To tiltak vart utsette til 2027.\n"),
    ("nn", "Tre av prosjekta er utsett.\n"),
    ("nn", "Fleire aktivitetar vart utsette til hausten.\n"),
]


@pytest.mark.parametrize(("language", "body"), COUNTED)
def test_measures_counted_as_postponed_give_no_row(language, body):
    assert outcomes(CASE[language] + body, language) == []


CASES_PUT_OFF = [
    ("nb", "Vedtak: Saken ble utsatt.\n"),
    ("nb", "Behandling:\nSaken ble utsatt til neste møte.\n"),
    ("nn", "Vedtak: Saka vart utsett til neste møte.\n"),
    ("nn", "Handsaming:\nSaka vart utsett.\n"),
]


@pytest.mark.parametrize(("language", "body"), CASES_PUT_OFF)
def test_a_case_put_off_stays_a_postponed_row(language, body):
    assert outcomes(CASE[language] + body, language) == [("postponed", "Budsjett 2024")]
