"""The shared spaCy layer: compound tokens derived from the document's one Doc."""

from __future__ import annotations

import re

from pipeline.build import document_from_text
from pipeline.text.nlp import compound_parts, doc_text, parse, token_texts


def test_compound_tokens_split_hyphen_and_apostrophe_compounds_and_keep_offsets():
    text = "Vejle deltager i to Horisont 2020-projekter,\nWHO's netværk og et Erasmus+-projekt."
    doc = document_from_text(text, language="da")
    parts = doc.compound_tokens
    words = [t.text for t in parts if not t.is_space]
    assert words[5:8] == ["2020", "-", "projekter"]
    assert words[9:12] == ["WHO", "'", "s"]
    assert words[-4:-1] == ["Erasmus+", "-", "projekt"]
    assert len(parts.text) == len(doc.text)
    assert all(doc.text[t.idx : t.idx + len(t)] == t.text for t in parts if not t.is_space)


def test_a_line_break_between_words_reads_as_a_space_so_names_wrapped_over_lines_are_one_sequence():
    parts = compound_parts(parse("medlem af Energy\nCities og  ICLEI", "da"))
    assert [t.text for t in parts][2:4] == ["Energy", "Cities"]
    assert "\n" not in parts.text


def test_compound_tokens_leave_the_shared_tokens_and_urls_whole():
    doc = document_from_text("Se https://energy-cities.eu/x-y og Interreg-projektet.", language="da")
    assert "Interreg-projektet" in [t.text for t in doc.tokens]
    assert "https://energy-cities.eu/x-y" in [t.text for t in doc.compound_tokens]
    assert "Interreg-projektet" not in [t.text for t in doc.compound_tokens]


def test_token_texts_are_the_tokens_texts_read_once() -> None:
    doc = parse("Vejle og Vejle-netværket (NNK)\n\n  og Vejle.", "da")
    assert token_texts(doc) == [t.text for t in doc]
    assert token_texts(doc) is token_texts(doc)
    assert token_texts(parse("", "da")) == []


def test_doc_text_is_the_docs_own_text_for_shared_and_compound_tokens() -> None:
    text = "Byrådet  vedtog\r\nHorisont 2020-prosjektet,\n\n  Copenhagen's x-y https://a.b/c-d \n"
    for language in ("da", "nb", "nl"):
        tokens = parse(text, language)
        parts = compound_parts(tokens)
        assert doc_text(parts) == parts.text
        assert doc_text(tokens) == tokens.text == text


def test_a_text_tokenised_line_by_line_has_the_whole_texts_tokens() -> None:
    """parse() tokenises line by line (spaCy's cache); the tokens, spaces and special-case norms are those of the
    tokenizer over the whole text, whatever the whitespace around the line breaks."""
    from spacy.attrs import IDX, NORM, ORTH, SPACY

    from pipeline.text.nlp import blank

    texts = [
        "Byrådet vedtog bl.a. f.eks. sagen :) nr. 12.\nKommunen  deltager\n\n\nog jf. §3 (bl.a.\n  Vejle)\r\nslut ",
        "\n\n  Hovedstyret, dvs. styret, vedtok bl.a. :-) at\t\nkl. 10 \n \nSak 12/24 \n",
        "De raad besloot o.a. m.b.t. het plan: ) (z.g.a.)\n‘t Gemeentebestuur\u00a0\nVan 's-Hertogenbosch.\n",
        "een regel",
        "",
        "\n",
        " \n x\n\ny \n",
    ]
    attrs = [ORTH, SPACY, NORM, IDX]
    for language in ("da", "nb", "nl"):
        for text in texts:
            whole = blank(language).tokenizer(text)
            lines = parse(text, language)
            assert lines.text == whole.text == text
            assert lines.to_array(attrs).tolist() == whole.to_array(attrs).tolist()


def test_compound_parts_read_per_distinct_word_equal_a_token_by_token_reading() -> None:
    """compound_parts works out each distinct word once; the result is what reading every token on its own gives."""
    text = (
        "  Byrådet vedtog\r\nHorisont 2020-projektet, 2020-projektet og WHO's  WHO's\n\n   netværk\n"
        "se https://energy-cities.eu/x-y og https://energy-cities.eu/x-y \n\t Erasmus+-projekt.  \n"
    )
    for language in ("da", "nb", "nl"):
        tokens = parse(text, language)
        words: list[str] = []
        spaces: list[bool] = []
        for token in tokens:
            if token.is_space:
                gap = token.text.replace("\n", " ").replace("\r", " ")
                if words and not spaces[-1] and gap.startswith(" "):
                    spaces[-1], gap = True, gap[1:]
                if gap:
                    words.append(gap)
                    spaces.append(bool(token.whitespace_))
                continue
            parts = [token.text] if token.like_url else re.split(r"(?<=[\w+])([-‐‑'’])(?=\w)", token.text)
            words.extend(parts)
            spaces.extend([False] * (len(parts) - 1) + [bool(token.whitespace_)])
        found = compound_parts(tokens)
        assert [t.text for t in found] == words
        assert [bool(t.whitespace_) for t in found] == spaces
        assert doc_text(found) == found.text and len(found.text) == len(text)


def test_sentences_read_over_token_arrays_are_spacys_sentencizer_sentences() -> None:
    """parse() applies the Sentencizer's rule over token arrays (no Token object per token); every token's
    sent_start is what the pipe itself sets: stops, marks in runs, quotes and brackets after a stop, a text
    opening or ending with a mark, one token, none."""
    from spacy.attrs import SENT_START

    from pipeline.text.nlp import blank, parse

    texts = [
        "Byrådet vedtog sagen. Kommunen deltager!! Hvorfor? (Se bilag.) «Godkendt.» Næste punkt",
        "Sak 12/24. Vedtak: Formannskapet tar saken til orientering … Neste sak. . . slutt",
        "De raad besloot o.a. het plan. ‘t Gemeentebestuur stemde in!\n\nArtikel 1. De raad…",
        ". Begint met een punt",
        "eindigt met een punt.",
        "!?",
        "een",
        "",
        "A.\nB.\n\n. C ;) D. 'E'. (F)",
    ]
    for language in ("da", "nb", "nn", "nl"):
        for text in texts:
            expected = blank(language).tokenizer(text)
            for _, pipe in blank(language).pipeline:
                expected = pipe(expected)
            found = parse(text, language)
            assert found.to_array([SENT_START]).tolist() == expected.to_array([SENT_START]).tolist()
            assert [s.text for s in found.sents] == [s.text for s in expected.sents]
