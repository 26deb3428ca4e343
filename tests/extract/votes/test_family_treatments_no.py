"""Norwegian treatment headers (nb, nn) that name the body and date in a sentence of their own
("Formannskapet behandlet saken den 03.12.2024, saksnr. 23/24", "Vedtak i Formannskapet - 06.06.2024"):
each treatment is a row of that body, with its date and its own item number when given."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

PAPER = "Saksframlegg\n\nArkivsak: 24/1010\n\nPS 12/24 Kjøp av skog\n\n"
RESULT = {"nb": "Innstillingen ble enstemmig vedtatt.", "nn": "Tilrådinga vart samrøystes vedteken."}


@pytest.mark.parametrize(
    ("language", "header", "body", "date", "case"),
    [
        ("nb", "Formannskapet behandlet saken den 03.12.2024, saksnr. 23/24", "Formannskapet", "2024-12-03", "23/24"),
        ("nb", "Kommunestyret behandlet saken i møte 17.12.2024 sak 90/24:", "Kommunestyret", "2024-12-17", "90/24"),
        (
            "nb",
            "Hovedutvalg for teknikk behandlet saken 5. november 2024",
            "Hovedutvalg for teknikk",
            "2024-11-05",
            "12/24",
        ),
        ("nb", "Vedtak i Formannskapet - 06.06.2024", "Formannskapet", "2024-06-06", "12/24"),
        ("nb", "Vedtak i Bystyret 20.06.2024, sak 77/24:", "Bystyret", "2024-06-20", "77/24"),
        ("nn", "Formannskapet handsama saka i møte 03.12.2024 sak 23/24:", "Formannskapet", "2024-12-03", "23/24"),
        ("nn", "Heradsstyret handsama saka 17.12.2024, saksnr. 90/24", "Heradsstyret", "2024-12-17", "90/24"),
        ("nn", "Levekårsutvalet handsama saka den 5. november 2024", "Levekårsutvalet", "2024-11-05", "12/24"),
        ("nn", "Vedtak i Formannskapet - 06.06.2024", "Formannskapet", "2024-06-06", "12/24"),
        ("nn", "Vedtak frå Kommunestyret 20.06.2024:", "Kommunestyret", "2024-06-20", "12/24"),
    ],
)
def test_a_treatment_sentence_names_the_body_date_and_item(language, header, body, date, case):
    (row,) = votes(PAPER + header + "\n\nVotering:\n" + RESULT[language] + "\n", language)
    assert (row.body, row.meeting_date, row.case_number, row.unanimous) == (body, date, case, True)


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_two_treatments_in_one_case_paper_are_two_rows(language):
    rows = votes(
        PAPER
        + "Formannskapet behandlet saken den 03.12.2024, saksnr. 23/24\n\nBehandling:\n"
        + RESULT[language]
        + "\n\n"
        "Formannskapets vedtak:\nKommunen kjøper skogteigen.\n\n"
        "Kommunestyret behandlet saken den 17.12.2024, saksnr. 90/24\n\nBehandling:\n"
        "Innstillingen ble vedtatt med 20 mot 7 stemmer.\n\nKommunestyrets vedtak:\nKommunen kjøper skogteigen.\n",
        language,
    )
    assert [(r.body, r.meeting_date, r.case_number, r.votes_against) for r in rows] == [
        ("Formannskapet", "2024-12-03", "23/24", 0),
        ("Kommunestyret", "2024-12-17", "90/24", 7),
    ]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("nb", "Saken ble behandlet i formannskapet tidligere i år."),
        ("nb", "Formannskapet behandlet saken grundig og ba om mer informasjon."),
        ("nb", "Vedtak i Formannskapet skal foreligge før 01.12.2024."),
        ("nn", "Saka vart handsama i formannskapet tidlegare i år."),
        ("nn", "Formannskapet handsama saka grundig og bad om meir informasjon."),
    ],
)
def test_a_sentence_about_a_treatment_is_no_treatment_header(language, line):
    rows = votes(
        "Kommunestyret\nMøtedato: 14.11.2024\n\nPS 12/24 Kjøp av skog\n\n"
        + line
        + "\n\nVotering:\n"
        + RESULT[language]
        + "\n",
        language,
    )
    assert [(r.body, r.meeting_date) for r in rows] == [("Kommunestyret", "2024-11-14")]
