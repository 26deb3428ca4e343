"""A document's evidence sentence (Document.sentence_at) ends at a stop before a capital, never after a person's
initial, so a row's evidence and the sentence its rules read hold the whole sentence around a named member."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text

INITIALS = [
    ("nl", "Motie M3 van GroenLinks (P. Smit) 'Oss sluit zich aan bij Energy Cities' is ingediend.", "Energy"),
    ("nl", "Het amendement van wethouder L. de Jong wordt aangenomen met 20 stemmen voor.", "aangenomen"),
    ("da", "Forslaget fra K. Holm (Ø) om medlemskab af Cittaslow blev vedtaget.", "Cittaslow"),
    ("nb", "Forslag fra T. Berg (Sp) om vennskapsby i Luleå ble vedtatt mot 3 stemmer.", "Luleå"),
    ("nn", "Framlegget frå A. Vik (KrF) om å melde kommunen inn i Cittaslow fall.", "fall"),
]


@pytest.mark.parametrize(("language", "text", "word"), INITIALS)
def test_a_persons_initial_does_not_end_the_sentence(language, text, word):
    doc = document_from_text(text, language=language)
    at = doc.text.index(word)
    assert doc.sentence_at(at, at + len(word)) == text


def test_a_stop_after_a_word_before_a_capital_still_ends_the_sentence():
    doc = document_from_text("Forslaget blev vedtaget. Kommunen melder sig ind i Cittaslow.", language="da")
    at = doc.text.index("Cittaslow")
    assert doc.sentence_at(at, at + 9) == "Kommunen melder sig ind i Cittaslow."
