"""A document the votes extractor does not read by its type has nothing to cover; a protocol still has gaps."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.dataset.consolidate import coverage_not_applicable
from pipeline.dataset.results import DocResult
from pipeline.extract.votes.coverage import check, uncovered
from pipeline.extract.votes.extractor import extract

_PLAN_NB = (
    "Internasjonal strategi for Fjordvik kommune 2024–2028\n\nInnledning\n"
    "Strategien ble behandlet i kommunestyret 14. mars 2024 og vedtatt med 31 mot 4 stemmer.\n"
    "Kommunen skal styrke samarbeidet med vennskapsbyer i Norden.\n\nMål 1: Klima og miljø\n"
    "Vi skal redusere utslippene med 50 prosent innen 2030.\nTiltak 1.1: Delta i europeiske klimanettverk.\n\n"
    "Mål 2: Kultur og ungdom\nTiltak 2.1: Utveksling for elever i videregående skole.\n"
    "Ved forrige rullering stemte et flertall for å prioritere ungdom.\n\nMål 3: Næringsliv\n"
    "Tiltak 3.1: Felles messer med nabokommunene.\n\nOppfølging\n"
    "Strategien rulleres hvert fjerde år og rapporteres årlig til formannskapet.\n"
)
_PLAN_DA = (
    "International strategi 2023-2026\nSkovby Kommune\n\nForord\n"
    "Byrådet godkendte strategien den 3. maj 2023 med 19 stemmer for og 6 imod.\n\n"
    "Indsatsområde 1: Grøn omstilling\nVi vil dele erfaringer med vores venskabsbyer.\n\n"
    "Indsatsområde 2: Uddannelse\nUdveksling af lærere og elever.\n\n"
    "Indsatsområde 3: Erhverv\nFælles deltagelse i messer.\n\nOpfølgning\n"
    "Strategien evalueres årligt i Økonomiudvalget.\nEn afstemning om budgettet følger i efteråret.\n"
)
_PLAN_NL = (
    "Internationale strategie 2022-2026\nGemeente Polderdam\n\nInleiding\n"
    "De gemeenteraad heeft deze strategie op 12 april 2022 aangenomen met 27 stemmen voor en 4 tegen.\n\n"
    "Speerpunt 1: Duurzaamheid\nWe werken samen met onze zustersteden.\n\nSpeerpunt 2: Onderwijs\n"
    "Uitwisseling van scholieren.\n\nSpeerpunt 3: Economie\nGezamenlijke handelsmissies.\n\n"
    "Monitoring\nHet college rapporteert jaarlijks aan de raad.\nEen motie hierover is eerder in stemming gebracht.\n"
)
_PROTOCOLS = [
    (
        "nb",
        "Utvalg: Kommunestyret Møtedato: 05.06.2024 Sak: 33/24\n\nVotering:\n\n"
        "Forslaget fikk 12 stemmer i kommunestyret.\n",
    ),
    ("nl", "Agendapunt 7\n\nHet amendement is in stemming gebracht.\n"),
]


@pytest.mark.parametrize(("language", "text"), [("nb", _PLAN_NB), ("da", _PLAN_DA), ("nl", _PLAN_NL)])
def test_a_plan_with_vote_words_has_no_gaps_and_says_why(language: str, text: str):
    doc = document_from_text(text, language=language, doc_type="strategy")
    rows = extract(doc)
    assert rows == []
    assert uncovered(doc, rows) == []
    note = check(doc, [])[1]
    assert note is not None and (note["doc_id"], note["doc_type"]) == (doc.doc_id, "strategy")
    assert "not read for votes" in note["reason"]


@pytest.mark.parametrize(("language", "text"), _PROTOCOLS)
def test_a_protocol_still_reports_its_gaps_and_no_note(language: str, text: str):
    doc = document_from_text(text, language=language)
    assert doc.doc_type not in ("strategy", "programme")
    assert [u["kind"] for u in uncovered(doc, extract(doc))] == ["vote_words"]
    assert check(doc, [])[1] is None


def test_a_plan_without_vote_words_gets_no_note():
    text = "\n".join(f"Mål {i}: Samarbeid med vennskapsbyer om tema {i}." for i in range(1, 16)) + "\n"
    doc = document_from_text(text, language="nb", doc_type="strategy")
    assert uncovered(doc, []) == [] and check(doc, [])[1] is None


def test_a_short_plan_typed_from_a_few_lines_is_still_checked():
    """Under the extractor's typed-lines floor the type is a guess: the extractor reads it, so the check does."""
    doc = document_from_text("Strategi\n\nForslaget fikk 12 stemmer.\n", language="nb", doc_type="strategy")
    assert check(doc, [])[1] is None
    assert [u["sentence"] for u in uncovered(doc, extract(doc))] == ["Forslaget fikk 12 stemmer."]


def test_run_json_lists_each_not_checked_document_once():
    doc = document_from_text(_PLAN_NB, language="nb", doc_type="strategy")
    note = check(doc, [])[1]
    results = [
        DocResult(document=None, coverage_note=note),
        DocResult(document=None),
        DocResult(document=None, coverage_note=note),
    ]
    assert coverage_not_applicable(results) == [note]
