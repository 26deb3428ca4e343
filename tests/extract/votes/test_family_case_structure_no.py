"""Norwegian case structure (nb, nn): a case header's title, the archive number under it, and decision
texts that only point back at the recommendation, so the case title says what was decided."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

NB_MEETING = "Møteprotokoll\n\nUtvalg: Formannskapet\nMøtedato: 03.10.2023\n\n"
NN_MEETING = "Møteprotokoll\n\nUtval: Formannskapet\nMøtestad: Heradshuset\nMøtedato: 03.10.2023\n\n"


@pytest.mark.parametrize(
    ("case", "decision", "title"),
    [
        ("PS 78/23 Kjøp av ny brannbil", "Som innstillingen.", "Kjøp av ny brannbil"),
        ("PS 79/23 Tertialrapport 2. tertial 2023", "Rådmannens innstilling vedtas.", "Tertialrapport 2. tertial 2023"),
        ("PS 80/23 - Salg av Storgata 12", "Enstemmig som formannskapets innstilling.", "Salg av Storgata 12"),
        (
            "Sak 81/23 Høring om ny vannforskrift",
            "Kommunedirektørens forslag til vedtak godkjennes",
            "Høring om ny vannforskrift",
        ),
        (
            "PS 82/23 23/1456 Revidert budsjett",
            "Som kommunedirektørens innstilling fra 12.09.2023.",
            "Revidert budsjett",
        ),
        ("PS 83/23 Tilskudd til idrettslag", "Vedtatt i tråd med innstillingen.", "Tilskudd til idrettslag"),
    ],
)
def test_nb_a_decision_that_points_back_takes_the_case_title(case, decision, title):
    (row,) = votes(NB_MEETING + case + "\n\nVedtak:\n" + decision + "\n", "nb")
    assert (row.body, row.meeting_date, row.subject, row.outcome) == ("Formannskapet", "2023-10-03", title, "adopted")
    assert row.case_number == case.split()[1]


@pytest.mark.parametrize(
    ("case", "decision", "title"),
    [
        ("PS 50/23 Kjøp av tomt på Moen", "Som tilrådinga.", "Kjøp av tomt på Moen"),
        ("PS 51/23 Økonomirapport per august", "Som framlegget frå kommunedirektøren.", "Økonomirapport per august"),
        ("PS 52/23 Vegnamn i Nordbygda", "Samrøystes som tilrådinga frå kommunedirektøren.", "Vegnamn i Nordbygda"),
        ("Sak 53/23 Tilskot til grendahuset", "Vedteke i samsvar med tilrådinga.", "Tilskot til grendahuset"),
        (
            "PS 54/23 - Revidert budsjett",
            "I samsvar med kommunedirektøren sitt framlegg til vedtak.",
            "Revidert budsjett",
        ),
    ],
)
def test_nn_a_decision_that_points_back_takes_the_case_title(case, decision, title):
    (row,) = votes(NN_MEETING + case + "\n\nVedtak:\n" + decision + "\n", "nn")
    assert (row.body, row.subject, row.outcome) == ("Formannskapet", title, "adopted")


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("nb", "Saken tas til orientering."),
        ("nb", "Orienteringen ble tatt til orientering."),
        ("nb", "Referatsakene tas til orientering med de merknader som kom fram i møtet."),
        ("nb", "Meldingen tas til etterretning."),
        ("nb", "Saka vert teken til vitande."),
        ("nn", "Saka vert teken til vitande."),
        ("nn", "Orienteringa vert teke til vitande."),
        ("nn", "Meldingane vert tekne til orientering."),
        ("nn", "Referatsakene vart tekne til vitande."),
        ("nn", "Saka vert samrøystes teken til orientering."),
    ],
)
def test_noting_the_case_is_noted_and_takes_the_case_title(language, decision):
    meeting = NB_MEETING if language == "nb" else NN_MEETING
    (row,) = votes(meeting + "PS 90/23 Orientering om sjukefråvær\n\nVedtak:\n" + decision + "\n", language)
    assert (row.subject, row.outcome) == ("Orientering om sjukefråvær", "noted")


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("nb", "Reguleringsplan for Nordre Moen vedtas."),
        ("nb", "Formannskapet godkjenner leieavtalen for Storgata 5."),
        ("nb", "Rapporten om skolestruktur tas til orientering, og rådmannen bes utrede to alternativ."),
        ("nn", "Reguleringsplan for Nordre Moen vert vedteken."),
        ("nn", "Formannskapet godkjenner leigeavtalen for Storgata 5."),
    ],
)
def test_a_decision_with_its_own_content_keeps_its_first_sentence(language, decision):
    meeting = NB_MEETING if language == "nb" else NN_MEETING
    (row,) = votes(meeting + "PS 91/23 Plansaker\n\nVedtak:\n" + decision + "\n", language)
    assert row.subject != "Plansaker"
    assert decision.startswith(row.subject)


@pytest.mark.parametrize(
    ("language", "line", "archive"),
    [
        ("nb", "Saksnr. 23/1234", "23/1234"),
        ("nb", "Arkivsaksnr. 23/01234", "23/01234"),
        ("nb", "Arkivsak-dok. 23/1234-7", "23/1234-7"),
        ("nb", "Saksnr.: 22/998", "22/998"),
        ("nb", "Arkivsak: 21/45", "21/45"),
        ("nn", "Saksnr. 23/1234", "23/1234"),
        ("nn", "Arkivsaksnr. 24/77 Saksbehandlar: Kari Dal", "24/77"),
        ("nn", "Arkivsak-dok. 23/1234-2", "23/1234-2"),
        ("nn", "Arkivsak: 20/3", "20/3"),
        ("nn", "Saksnr.: 19/8286", "19/8286"),
    ],
)
def test_an_archive_line_under_the_case_header_is_the_archive_case_not_the_case(language, line, archive):
    meeting = NB_MEETING if language == "nb" else NN_MEETING
    (row,) = votes(
        meeting + "PS 12/23 Budsjett\n" + line + "\n\nVedtak:\nBudsjettet for 2024 vert vedteke.\n", language
    )
    assert (row.case_number, row.archive_case) == ("12/23", archive)


def test_nb_a_case_treated_by_two_bodies_is_one_row_per_body_with_its_own_date():
    rows = votes(
        "Møteprotokoll\n\nUtvalg: Kommunestyret\nDato: 17.06.2025 kl. 09:00\n\n"
        "PS 42/25 Årsregnskap 2024\nSaksnr. 25/1234\n\n"
        "Behandling i Formannskapet - 03.06.2025\nVotering:\nInnstillingen ble vedtatt med 7 mot 2 stemmer (FrP).\n\n"
        "FSK- 23/25 Vedtak:\nSom innstillingen.\n\n"
        "Behandling i Kommunestyret - 17.06.2025\nVotering:\nInnstillingen ble deretter enstemmig vedtatt.\n\n"
        "KST- 42/25 Vedtak:\nÅrsregnskapet for 2024 godkjennes.\n",
        "nb",
    )
    assert [(r.body, r.meeting_date, r.case_number, r.archive_case, r.votes_against) for r in rows] == [
        ("Formannskapet", "2025-06-03", "42/25", "25/1234", 2),
        ("Kommunestyret", "2025-06-17", "42/25", "25/1234", 0),
    ]


def test_nn_a_decision_block_restating_the_vote_lines_is_no_second_row():
    rows = votes(
        NN_MEETING + "PS 7/23 Bustadsosial handlingsplan\n\n"
        "Handsaming:\nFramlegget frå Sp fekk 5 røyster og fall.\n"
        "Kommunedirektøren si tilråding vart vedteken med 15 mot 4 røyster.\n\n"
        "Vedtak:\nBustadsosial handlingsplan vert godkjent.\n",
        "nn",
    )
    assert [(r.outcome, r.votes_for, r.votes_against) for r in rows] == [("rejected", 5, None), ("adopted", 15, 4)]


def test_a_case_header_whose_rest_is_a_result_is_still_a_listed_decision():
    (row,) = votes("KOMMUNESTYRET\n\nMøte 31.01.2024\n\nPS 0004/24 24/00154 Innstilling vedtatt\n", "nb")
    assert (row.case_number, row.archive_case, row.outcome) == ("0004/24", "24/00154", "adopted")


@pytest.mark.parametrize(
    ("language", "header", "title"),
    [
        ("nb", "PS 78/23\nKjøp av ny brannbil", "Kjøp av ny brannbil"),
        ("nb", "Sak 79/23\nTertialrapport 2. tertial 2023", "Tertialrapport 2. tertial 2023"),
        ("nb", "PS 80/23 23/1456\nSalg av Storgata 12 - budrunde", "Salg av Storgata 12 - budrunde"),
        ("nb", "Saknr. 81/23\n\nHøring om ny vannforskrift", "Høring om ny vannforskrift"),
        ("nb", "PS 82/23\n2. gangs behandling av reguleringsplan", "2. gangs behandling av reguleringsplan"),
        ("nn", "PS 50/23\nKjøp av tomt på Moen", "Kjøp av tomt på Moen"),
        ("nn", "Sak 51/23\nØkonomirapport per august", "Økonomirapport per august"),
        ("nn", "PS 52/23 23/77\nVegnamn i Nordbygda", "Vegnamn i Nordbygda"),
        ("nn", "Saknr. 53/23\n\nTilskot til grendahuset", "Tilskot til grendahuset"),
        ("nn", "PS 54/23\n1. gongs handsaming av kommuneplanen", "1. gongs handsaming av kommuneplanen"),
    ],
)
def test_a_case_title_on_the_line_under_the_case_header(language, header, title):
    meeting = NB_MEETING if language == "nb" else NN_MEETING
    generic = "Som innstillingen." if language == "nb" else "Som tilrådinga."
    (row,) = votes(meeting + header + "\n\nVedtak:\n" + generic + "\n", language)
    assert row.subject == title


@pytest.mark.parametrize(
    ("language", "under"),
    [
        ("nb", "Vedtak:\nSom innstillingen."),
        ("nb", "Innstilling:\nTomta selges.\n\nVedtak:\nSom innstillingen."),
        ("nb", "Saken gjelder salg av tomt.\nVedtak:\nSom innstillingen."),
        ("nn", "Vedtak:\nSom tilrådinga."),
        ("nn", "Saka gjeld sal av tomt.\nVedtak:\nSom tilrådinga."),
    ],
)
def test_a_label_or_a_sentence_under_the_case_header_is_no_title(language, under):
    meeting = NB_MEETING if language == "nb" else NN_MEETING
    (row,) = votes(meeting + "PS 60/23\n" + under + "\n", language)
    recommendation = "Tomta selges." if "Innstilling:" in under else None  # with no title, the recommendation says it
    assert row.subject in ("Som innstillingen", "Som tilrådinga", recommendation)
    assert row.subject not in ("Innstilling", "Vedtak", "Saken gjelder salg av tomt", "Saka gjeld sal av tomt")
