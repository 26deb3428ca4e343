"""The tighter langdetect detector gives langdetect's own probabilities, to the last bit, on any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from langdetect.lang_detect_exception import LangDetectException

from pipeline.text.langdetect_fast import Detector
from pipeline.text.language import _langdetect

TEXTS = [
    # Danish
    "Byrådet besluttede at indgå en venskabsbyaftale med en by i Estland. Forslaget blev vedtaget med 21 stemmer.",
    "Økonomiudvalget indstiller, at kommunen deltager i netværket for bæredygtige byer fra 2027.",
    # Bokmål
    "Kommunestyret vedtok enstemmig å fornye avtalen med vennskapsbyen. Saken ble sendt tilbake til formannskapet.",
    "Rådmannen anbefaler at kommunen søker om midler fra fylket til et felles prosjekt om klimatilpasning.",
    # Nynorsk
    "Kommunestyret gjorde slikt vedtak: Kommunen held fram samarbeidet med venskapskommunane i Noreg og Sverige.",
    "Framlegget frå fleirtalet vart vedteke med 19 mot 8 røyster etter ein lang debatt i heradsstyret.",
    # Dutch / Flemish
    "De gemeenteraad heeft het voorstel met algemene stemmen aangenomen. Motie 12 werd verworpen.",
    "Het college stelt voor om de stedenband met de partnerstad voort te zetten tot en met 2030.",
    # what langdetect cleans away or reads specially
    "Se https://www.example.org/sag?id=12&x=1 og skriv til post@kommune.example.dk    for   mere.",
    "NATO OG EU — ALLE STORE BOGSTAVER, Og Enkelte Ord Med Stort, og resten småt.",
    "Tiếng Việt có dấu: Hà Nội, Đà Nẵng, và Huế.",
    "Москва и Санкт-Петербург are named beside 東京 and 서울 in one line.",
    "  leading and trailing spaces  ",
    "a",
]


def _both(text: str) -> tuple[object, object]:
    """(langdetect's reading, ours): the probabilities and the raw per-language sums, or the error message."""
    readings = []
    for make in (_langdetect().create, lambda: Detector(_langdetect())):
        detector = make()
        try:
            detector.append(text)
            found = [(r.lang, r.prob) for r in detector.get_probabilities()]
            readings.append((found, detector.langprob, detector.text))
        except LangDetectException as exc:
            readings.append(str(exc))
    return readings[0], readings[1]


@pytest.mark.parametrize("text", TEXTS)
def test_probabilities_equal_langdetects_own_to_the_last_bit(text: str):
    ours, theirs = _both(text)
    assert ours == theirs


@pytest.mark.parametrize("text", ["", "   ", "1234 5678", "—–…"])
def test_a_text_without_features_fails_as_langdetect_fails(text: str):
    ours, theirs = _both(text)
    assert isinstance(theirs, str) and ours == theirs


def test_appending_twice_reads_as_langdetect_reads():
    readings = []
    for make in (_langdetect().create, lambda: Detector(_langdetect())):
        detector = make()
        detector.append("Byrådet  vedtog ")
        detector.append("  forslaget   enstemmigt.")
        readings.append((detector.text, detector.get_probabilities()[0].prob))
    assert readings[0] == readings[1]


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdefgijklmnorstuvyzæøåäöéèABDEKLNÆØÅ  .,-\n1")), max_size=300))
def test_any_text_of_these_letters_reads_as_langdetect_reads(text: str):
    ours, theirs = _both(text)
    assert ours == theirs
