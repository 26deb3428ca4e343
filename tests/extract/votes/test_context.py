"""Meeting context (body, date, case, archive case) is read from headers and carried to the votes below."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from pipeline.build import document_from_text
from pipeline.extract.votes.dates import parse_date
from pipeline.extract.votes.extractor import extract
from pipeline.extract.votes.lexicon import lexicon
from pipeline.extract.votes.schema import VotesRules
from pipeline.rules import load_rules

MULTI_CASE = """Saksdokumenter - sak PS 0014/25

Saksprotokoll

Utvalg:BystyretMøtedato:12.03.2025Sak:14/25

Resultat: Behandlet Arkivsak: 24/5521

Votering:

Innstillingen ble enstemmig vedtatt.

Saksprotokoll

Utvalg: Formannskapet

Møtedato: 26.02.2025

Sak: 22/25

Votering:

Innstillingen ble vedtatt mot 2 stemmer (2R).

Andersens forslag ble ikke vedtatt.

Saksframlegg

Uttalelser fra rådene:

- Eldrerådet: Eldrerådet tar saken til orientering.
"""


def test_context_is_carried_forward_and_replaced_by_the_next_protocol_header():
    rows = extract(document_from_text(MULTI_CASE, language="nb"))
    assert [(r.body, r.meeting_date, r.case_number, r.archive_case, r.outcome) for r in rows] == [
        ("Bystyret", "2025-03-12", "14/25", "24/5521", "adopted"),
        ("Formannskapet", "2025-02-26", "22/25", None, "adopted"),
        ("Formannskapet", "2025-02-26", "22/25", None, "rejected"),
    ]


def test_summary_of_council_statements_in_the_case_presentation_is_not_a_decision():
    rows = extract(document_from_text(MULTI_CASE, language="nb"))
    assert all(r.outcome != "noted" for r in rows)


def test_treatment_header_names_body_case_and_date():
    text = "Formannskapets behandling av sak 12/2025 i møte den 03.04.2025:\n\nInnstillingen ble enstemmig vedtatt.\n"
    (row,) = extract(document_from_text(text, language="nb"))
    assert (row.body, row.case_number, row.meeting_date) == ("Formannskapet", "12/2025", "2025-04-03")


def test_case_list_result_is_replaced_by_the_cases_own_protocol():
    text = (
        "KOMMUNESTYRET\n\nMøte 31.01.00\n\n"
        "PS 0001/00 98/01216 Innstilling vedtatt\n\nSAKSPROTOKOLL: REGULERINGSPLAN SØR-SKAGET\n\n"
        "PS 0002/00 98/02734 Innstilling vedtatt\n\nSAKSPROTOKOLL: VERDAL VANNVERK\n\n"
        "Sak nr.: 0001/00\n\nSAKSPROTOKOLL: REGULERINGSPLAN SØR-SKAGET\n\nBehandling:\n\n"
        "Ved votering ble innstillingen fra hovedutvalget enstemmig vedtatt.\n"
    )
    rows = extract(document_from_text(text, language="nb"))
    assert [(r.body, r.meeting_date, r.case_number, r.archive_case, r.subject, r.unanimous) for r in rows] == [
        ("Kommunestyret", "2000-01-31", "0002/00", "98/02734", "VERDAL VANNVERK", None),
        ("Kommunestyret", "2000-01-31", "0001/00", "98/01216", "innstillingen fra hovedutvalget", True),
    ]


def test_danish_decision_header_gives_body_and_date_and_case_id_gives_archive():
    text = (
        "Beslutningsprotokol\n\nUdvalg: Børne- og Uddannelsesudvalg\n\nSagsid.: 22/32061, Sagsinitialer: hwj\n\n"
        "Beslutning Børne- og Uddannelsesudvalg den 27-03-2023\n\nGodkendt.\n"
    )
    (row,) = extract(document_from_text(text, language="da"))
    assert (row.body, row.meeting_date, row.archive_case, row.subject) == (
        "Børne- og Uddannelsesudvalg",
        "2023-03-27",
        "22/32061",
        None,
    )


@pytest.mark.parametrize(
    ("language", "written", "iso"),
    [
        ("nb", "29.08.2019", "2019-08-29"),
        ("nb", "Møte 31.01.00", "2000-01-31"),
        ("nb", "16.12.99", "1999-12-16"),
        ("da", "24. juni 2020", "2020-06-24"),
        ("da", "Mandag, 3 oktober, 2022 - 16:30", "2022-10-03"),
        ("da", "27-03-2023", "2023-03-27"),
        ("nl", "17 november 2016", "2016-11-17"),
        ("nl", "12 februari", None),
        ("nb", "31.02.2019", None),
    ],
)
def test_meeting_dates_written_in_many_ways_become_iso(language, written, iso):
    assert parse_date(written, lexicon(language)) == iso


def test_unknown_key_in_a_rule_file_is_rejected():
    with pytest.raises(ValidationError, match="clauzes"):
        VotesRules.model_validate({"clauses": [], "clauzes": []})


def test_unknown_key_inside_a_clause_is_rejected():
    with pytest.raises(ValidationError, match="outcom"):
        VotesRules.model_validate({"clauses": [{"outcom": "adopted", "pattern": "x"}]})


def test_every_language_file_validates_against_the_schema():
    for language in ("da", "nb", "nn", "nl"):
        assert load_rules("votes", language, VotesRules).clauses


def test_language_without_rules_gives_no_votes():
    assert extract(document_from_text("The motion was adopted unanimously.", language="en")) == []


@pytest.mark.parametrize(
    ("language", "header", "decision", "expected"),
    [
        (
            "nb",
            "Formannskapet 03.04.2025:",
            "Innstillingen ble enstemmig vedtatt.",
            ("Formannskapet", "2025-04-03", None),
        ),
        ("nb", "Bystyret - sak 45/25", "Innstillingen ble enstemmig vedtatt.", ("Bystyret", None, "45/25")),
        ("nb", "PS 7/25 Kommuneplanens samfunnsdel", "Innstillingen ble enstemmig vedtatt.", (None, None, "7/25")),
        ("da", "Beslutning i Byrådet den 24. juni 2020:", "Godkendt.", ("Byrådet", "2020-06-24", None)),
        ("da", "Punkt 12: Godkendelse af regnskab", "Godkendt.", (None, None, "12")),
        ("da", "Sag nr. 12 Regnskab", "Godkendt.", (None, None, "12")),
        ("nl", "Agendapunt 5.1: Verordening", "Het voorstel wordt aangenomen.", ("gemeenteraad", None, "5.1")),
    ],
)
def test_header_layouts_of_different_protocol_systems(language, header, decision, expected):
    (row,) = extract(document_from_text(f"{header}\n\n{decision}\n", language=language))
    assert (row.body, row.meeting_date, row.case_number) == expected


@pytest.mark.parametrize(
    ("language", "header", "sentence", "subject"),
    [
        ("nb", "Formannskapet 03.04.2025:", "Saken ble sendt tilbake til kommunedirektøren.", "Saken"),
        ("da", "Beslutning i Byrådet den 24. juni 2020:", "Sagen blev sendt tilbage til forvaltningen.", "Sagen"),
        (
            "nl",
            "Agendapunt 5.1: Verordening",
            "Het voorstel wordt teruggestuurd naar het college.",
            "Het voorstel wordt teruggestuurd naar het college",
        ),
    ],
)
def test_case_sent_back_for_more_information_is_postponed(language, header, sentence, subject):
    (row,) = extract(document_from_text(f"{header}\n\n{sentence}\n", language=language))
    assert (row.subject, row.outcome) == (subject, "postponed")
