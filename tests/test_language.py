"""Language detection: gold languages of seeds and dev docs, accuracy floors, edge cases."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.rules import load_json
from pipeline.text.language import detect, detect_pages, samples

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PIPELINE_SHARED", ROOT.parent / "shared"))
DEV_DOCS = sorted((SHARED / "dev" / "docs").glob("*.txt"))
needs_seeds = pytest.mark.skipif(
    not (SHARED / "seeds").is_dir(), reason=f"no seed documents at {SHARED}/seeds (a fresh clone has none; CI does)"
)
needs_dev_docs = pytest.mark.skipif(not DEV_DOCS, reason=f"no dev documents at {SHARED}/dev/docs")


def _benchmark():
    spec = importlib.util.spec_from_file_location("language_accuracy", ROOT / "benchmarks" / "language_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


bench = _benchmark()


@needs_seeds
def test_seed_documents_get_their_gold_language():
    expected = [lang for lang, _ in bench.seed_texts(SHARED)]
    assert expected == ["da", "nb", "da", "nl", "da"]
    assert [detect(text)[0] for _, text in bench.seed_texts(SHARED)] == expected


@needs_dev_docs
@pytest.mark.parametrize("path", DEV_DOCS, ids=[p.stem for p in DEV_DOCS])
def test_dev_document_gets_the_language_of_its_stem(path: Path):
    gold = json.loads((SHARED / "dev" / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    lang, score = detect(path.read_text(encoding="utf-8"))
    assert lang == gold["document"]["language"] == path.stem.split("-")[0]
    assert 0.0 < score <= 1.0


@needs_seeds
def test_seed_paragraphs_are_right_at_least_99_percent():
    results = bench.measure("paragraphs", bench.seed_pieces("paragraphs"))
    n, correct = sum(r.n for r in results), sum(r.correct for r in results)
    assert n >= 100
    assert correct / n >= 0.99


@needs_seeds
def test_ten_word_chunks_of_danish_and_norwegian_seeds_are_right_at_least_95_percent():
    results = bench.measure("10 words", bench.seed_pieces("10 words", {"da", "nb"}))
    assert {r.language for r in results} == {"da", "nb"}
    for r in results:
        assert r.n >= 500
        assert r.accuracy >= 0.95, (r.language, r.accuracy)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kommunen har ikkje vedteke planen enno, og det er uklart kva som skjer med dei nye tenestene.", "nn"),
        ("Kommunen har ikke vedtatt planen ennå, og det er uklart hva som skjer med de nye tjenestene.", "nb"),
        ("Kommunen har ikke vedtaget planen endnu, og det er uklart hvad der sker med de nye projekter.", "da"),
        ("De gemeente heeft het plan nog niet vastgesteld en het is onduidelijk wat er gebeurt.", "nl"),
    ],
)
def test_danish_bokmal_nynorsk_and_dutch_sentences_are_told_apart(text: str, expected: str):
    assert detect(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The municipality adopted a new strategy for international cooperation with its twin towns.", "en"),
        ("Kommunen har antagit en ny strategi för internationellt samarbete med sina vänorter.", "sv"),
        ("Die Gemeinde hat eine neue Strategie für die internationale Zusammenarbeit beschlossen.", "de"),
    ],
)
def test_unsupported_languages_are_reported_not_forced_into_da_nb_nl(text: str, expected: str):
    assert detect(text)[0] == expected


@pytest.mark.parametrize("text", ["", "   \n\n ", "12 34 56 - 2019/2022", "*** ---", "Hej", "a ¼"])
def test_empty_letterless_or_too_short_text_is_undetermined(text: str):
    assert detect(text) == ("und", 0.0)


def test_detection_is_deterministic():
    text = "omstillingsprojekter til inspiration og hvert år (første gang i november"
    assert len({detect(text) for _ in range(5)}) == 1


def test_danish_cue_words_do_not_pull_dutch_text_away_from_dutch():
    lang, score = detect("De raad en het college hebben de motie aangenomen met 21 stemmen voor en 15 tegen.")
    assert lang == "nl"
    assert score > 0.9


def test_detect_pages_reports_the_language_of_each_page():
    pages = [
        "Byrådet har vedtaget en ny international strategi, som skal styrke samarbejdet med venskabsbyerne.",
        "This annex summarises the results of the international strategy and the twin town cooperation.",
        "",
    ]
    assert [lang for lang, _ in detect_pages(pages)] == ["da", "en", "und"]


def test_long_documents_are_judged_on_a_bounded_spread_sample():
    paragraph = "Kommunalbestyrelsen har vedtaget en ny strategi for det internationale samarbejde. "
    text = "\n".join(f"{i} {paragraph * 3}" for i in range(2000))
    chosen = samples(text)
    assert len(chosen) == load_json("language.json")["sample"]["max_samples"]
    assert chosen[0].startswith("0 ") and "\n1999 " in chosen[-1]
    assert detect(text)[0] == "da"


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_code_and_a_score_between_0_and_1(text: str):
    lang, score = detect(text)
    assert isinstance(lang, str) and lang
    assert 0.0 <= score <= 1.0
    assert (lang == "und") == (score == 0.0)


_CUE_TEXTS = [
    "Kommunestyret vedtok prosjektet og kvalitetsforbedringene, sjøsjon-tiltaket og 12bestillinger.",
    "Ud_over opfølgningen: tjenesteydelserne, projektlederne og 2026-projekteringen blev vedtaget.",
    "Kommunane og heimetenestene sine vedtak; eiga utgreiing_ane, ikkje kjeldene. «Gjerdet»",
    "æøå-ejendommen; x_ej_y, ejej ej; ÉTÉ-tion tionerne, leggje-ane",
]


@pytest.mark.parametrize("text", _CUE_TEXTS)
def test_spelling_cues_opening_at_a_word_boundary_count_as_without_it(text: str):
    """The \\b before a leading \\w+ / \\w* only spares re its tries inside a word: the counts do not move."""
    for cue in load_json("language.json")["cues"].values():
        for pattern in cue["patterns"]:
            loose = re.compile(pattern.removeprefix(r"\b")) if re.match(r"\\b\\w[+*]", pattern) else re.compile(pattern)
            assert re.findall(pattern, text.lower()) == loose.findall(text.lower()), pattern
