"""The forkserver's warm-up reads one text in every language with rules, so no child loads a language's rules itself."""

from pipeline.extract import supported_language
from pipeline.rules import LANGUAGE_FILES, load_json
from pipeline.text.language import detect


def test_each_warm_up_text_is_detected_as_a_language_of_its_own():
    detected = [detect(text)[0] for text in load_json("warm_up.json")["texts"]]
    assert len(set(detected)) == len(detected), detected


def test_the_warm_up_texts_cover_every_language_an_extractor_has_rules_for():
    detected = {detect(text)[0] for text in load_json("warm_up.json")["texts"]}
    with_rules = {language for language in LANGUAGE_FILES if supported_language(language)}
    assert with_rules == {"da", "nb", "nn", "nl"}
    assert with_rules <= detected, sorted(with_rules - detected)


def test_the_shared_warm_up_text_is_in_a_language_no_extractor_has_rules_for():
    """A short run's forkserver reads it to load what every document needs and no language's rules."""
    language = detect(load_json("warm_up.json")["shared"])[0]
    assert not supported_language(language), language
