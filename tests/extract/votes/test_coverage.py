"""The coverage check flags vote-word sentences without a parsed vote; extraction stays fast and safe."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from cpu_time import cpu_seconds, least_pair

from pipeline.build import document_from_text
from pipeline.document import Document, Page
from pipeline.extract.votes.coverage import uncovered
from pipeline.extract.votes.extractor import extract
from pipeline.extract.votes.lexicon import Lexicon

SEED = Path(__file__).resolve().parents[3] / "corpus" / "001_57a4fe48539ba290.txt"


def raw_document(text: str, language: str) -> Document:
    """A Document without normalising: the timing tests measure the extractor alone.

    They measure CPU time, so a busy machine (a parallel pipeline run) does not fail them.
    """
    return Document(doc_id="timing", source="<text>", text=text, pages=[Page(1, text, 0)], language=language)


def test_vote_word_sentence_without_a_parsed_vote_is_reported_with_its_position():
    text = "Utvalg: Bystyret Møtedato: 12.03.2025 Sak: 14/25\n\nVotering:\n\nForslaget fikk 20 stemmer i bystyret.\n"
    doc = document_from_text(text, language="nb")
    rows = extract(doc)
    assert rows == []
    (item,) = uncovered(doc, rows)
    assert item["sentence"] == "Forslaget fikk 20 stemmer i bystyret."
    assert doc.text[item["char_start"] :].startswith("Forslaget fikk")
    assert (item["doc_id"], item["page"]) == (doc.doc_id, None)


def test_sentences_behind_parsed_votes_and_block_labels_are_not_reported():
    text = (
        "Utvalg: Bystyret Møtedato: 12.03.2025 Sak: 14/25\n\nVotering:\n\n"
        "For forslaget stemte 2: Kari Lie (H), Ola Dahl (FrP)\n\nImot forslaget stemte 1: Anne Vik (AP)\n\n"
        "Dermed ble forslaget vedtatt.\n"
    )
    doc = document_from_text(text, language="nb")
    rows = extract(doc)
    assert len(rows) == 1
    assert uncovered(doc, rows) == []


def test_document_without_vote_words_has_nothing_uncovered():
    doc = document_from_text("Kommunens internasjonale strategi har fem målområder.\n", language="nb")
    assert uncovered(doc, extract(doc)) == []


def test_dutch_vote_word_without_result_is_reported():
    doc = document_from_text("Agendapunt 4\n\nDe motie is in stemming gebracht.\n", language="nl")
    assert [u["sentence"] for u in uncovered(doc, extract(doc))] == ["De motie is in stemming gebracht."]


def test_trondheim_protocol_yields_its_fifteen_recorded_decisions_and_no_uncovered_sentences():
    doc = document_from_text(SEED.read_text(encoding="utf-8"), language="nb", municipality="Trondheim")
    rows = extract(doc)
    assert len(rows) == 15
    assert {r.body for r in rows} == {
        "Bystyret",
        "Finans- og næringskomiteen",
        "Ungdommens bystyre",
        "Mangfoldsrådet",
        "Kommunalt råd for mennesker med nedsatt funksjonsevne",
        "Trondheim Studentråd",
    }
    assert [r.outcome for r in rows].count("postponed") == 2
    assert uncovered(doc, rows) == []


def _cpu(text: str, language: str) -> float:
    """CPU seconds to extract and check one new Document of `text` (tests/cpu_time.py)."""
    doc = raw_document(text, language)
    return cpu_seconds(lambda: uncovered(doc, extract(doc)))


def test_processing_time_grows_linearly_with_protocol_length():
    text = SEED.read_text(encoding="utf-8") * 25
    assert len(extract(raw_document(text[:400_000], "nb"))) > 120

    def linear(small: float, large: float) -> bool:  # ten times the text, not a hundred times the work
        return large < 20 * small + 0.05

    small, large = least_pair(lambda: _cpu(text[:40_000], "nb"), lambda: _cpu(text[:400_000], "nb"), linear)
    assert linear(small, large), (small, large)


def test_pathological_repetitions_do_not_backtrack():
    texts = [
        "Ved votering mellom " + "x og " * 20_000,
        "mot 5 stemmer (" + "1Ap, " * 20_000,
        "Et flertal bestående af " + "A, " * 30_000,
        "wordt " * 20_000 + "aangenomen",
        "Godkendt.\n" * 2_000,
        "Kari Nordmann (Ap) – For\n" * 5_000,
        "FOR\n12\n" + "Per Hansen Høyre " * 5_000,
    ]
    normal = SEED.read_text(encoding="utf-8") * 25

    def no_worse(baseline: float, hostile: float) -> bool:
        return hostile < 20 * baseline + 0.1

    for language in ("nb", "da", "nl"):
        for text in texts:
            pair = least_pair(partial(_cpu, normal[: len(text)], language), partial(_cpu, text, language), no_worse)
            assert no_worse(*pair), (language, text[:30], pair)


WINDOW_FIXTURES = [
    ("nb", SEED.read_text(encoding="utf-8")),
    (
        "nn",
        "Formannskapet si handsaming i møte 03.04.2025:\n\nInnstillinga vart samrøystes vedteken.\n\n"
        "Framlegget frå Ap fall med 3 mot 6 røyster.\n\nSaka vart utsett.\n",
    ),
    (
        "da",
        "Økonomiudvalget\n\nMødedato: 24. juni 2020\n\n12. Regnskab\n\nBeslutning\n\nGodkendt.\n\n"
        "13. Budget\n\nAfstemning: For stemte 20 (A, F, Ø), imod stemte 11 (V, C, O)\n\n"
        "Et flertal bestående af A, F og Ø godkendte indstillingen.\n\nSagen udsat.\n\nTaget til efterretning.\n",
    ),
    (
        "nl",
        "Gemeenteraad\n\n17 november 2016\n\nAgendapunt 5\n\n"
        "Motie M12 wordt aangenomen met 25 stemmen voor en 8 tegen.\n\n"
        "Stemuitslag\n\nvoor 86%\ntegen 14%\nvoor\nCDA (3), D66 (3)\n\nDe motie wordt aangehouden.\n",
    ),
]


def test_trigger_windows_only_skip_text_without_votes(monkeypatch):
    def rows(language: str, text: str) -> list[tuple]:
        doc = document_from_text(text, language=language)
        return [(r.char_start, r.subject, r.outcome, r.votes_for, r.votes_against) for r in extract(doc)]

    windowed = [rows(language, text) for language, text in WINDOW_FIXTURES]
    monkeypatch.setattr(Lexicon, "windows", lambda self, text: None)
    assert [rows(language, text) for language, text in WINDOW_FIXTURES] == windowed
    assert all(windowed)
