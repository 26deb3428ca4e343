"""Family 7 (nb, nn): a committee step headed by its body, date and its own case number ("Formannskapet
02.11.2023, sak 45/23") is that committee's row with that number; the council's own treatment below it
goes back to the case header's number and the meeting's date."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Kommunestyret\n\nMøtedato: 14.11.2023\n\nPS 41/23 Reguleringsplan for Holmen\n\n"
    "Kommunedirektørens innstilling:\nReguleringsplanen for Holmen vedtas.\n\n",
    "nn": "Kommunestyret\n\nMøtedato: 14.11.2023\n\nPS 41/23 Reguleringsplan for Holmen\n\n"
    "Kommunedirektøren si innstilling:\nReguleringsplanen for Holmen vert vedteken.\n\n",
}
STEP_VOTE = {
    "nb": "Behandling:\nInnstillingen ble enstemmig vedtatt.\n\n",
    "nn": "Handsaming:\nInnstillinga vart samrøystes vedteken.\n\n",
}
COUNCIL = {
    "nb": "Kommunestyret 14.11.2023\n\nBehandling:\nInnstillingen ble vedtatt med 30 mot 5 stemmer.\n",
    "nn": "Kommunestyret 14.11.2023\n\nHandsaming:\nInnstillinga vart vedteken med 30 mot 5 røyster.\n",
}


@pytest.mark.parametrize(
    ("language", "step", "case"),
    [
        ("nb", "Formannskapet 02.11.2023, sak 45/23", "45/23"),
        ("nb", "Formannskapet 02.11.2023 sak 45/23", "45/23"),
        ("nb", "Formannskapet - 02.11.2023 - PS 45/23", "45/23"),
        ("nb", "Formannskapet, 02.11.2023, sak 45/23:", "45/23"),
        ("nb", "Formannskapet den 02.11.2023, saknr. 45/23", "45/23"),
        ("nn", "Formannskapet 02.11.2023, sak 45/23", "45/23"),
        ("nn", "Formannskapet 02.11.2023 sak 045/23", "045/23"),
        ("nn", "Formannskapet – 02.11.2023 – PS 45/23", "45/23"),
        ("nn", "Formannskapet, 02.11.2023, sak 45/23:", "45/23"),
        ("nn", "Formannskapet i møte 02.11.2023, sak 45/23", "45/23"),
    ],
)
def test_a_step_header_with_its_own_number_dates_and_numbers_the_step(language, step, case):
    rows = votes(HEAD[language] + step + "\n\n" + STEP_VOTE[language] + COUNCIL[language], language)
    assert [(r.body, r.meeting_date, r.case_number, r.unanimous) for r in rows] == [
        ("Formannskapet", "2023-11-02", case, True),
        ("Kommunestyret", "2023-11-14", "41/23", False),
    ]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("nb", "Formannskapet behandlet saken 02.11.2023, sak 45/23, og sendte den videre."),
        ("nb", "Saken ble behandlet i formannskapet 02.11.2023 (sak 45/23) uten merknader."),
        ("nn", "Formannskapet handsama saka 02.11.2023, sak 45/23, og sende henne vidare."),
        ("nn", "Saka vart handsama i formannskapet 02.11.2023 i sak 45/23."),
        ("nb", "Se også Formannskapet 02.11.2023, sak 45/23 og vedlegg 2."),
    ],
)
def test_a_sentence_telling_of_an_earlier_treatment_is_no_step(language, line):
    rows = votes(HEAD[language] + "Saksopplysninger:\n" + line + "\n\n" + COUNCIL[language], language)
    assert [(r.body, r.meeting_date, r.case_number) for r in rows] == [("Kommunestyret", "2023-11-14", "41/23")]
