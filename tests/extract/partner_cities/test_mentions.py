"""City mention finding: folded token norms that keep offsets, exonyms and misspellings."""

from __future__ import annotations

from pipeline.document import Document
from pipeline.extract.partner_cities.mentions import find_mentions
from pipeline.extract.partner_cities.schema import Matching
from pipeline.extract.partner_cities.tokens import Tokens, read_tokens


def tokenize(text: str, language: str) -> Tokens:
    doc = Document(doc_id="t" * 16, source="<text>", text=text, language=language)
    return read_tokens(doc.tokens, doc.text)


def test_matching_reads_the_documents_shared_doc():
    doc = Document(doc_id="s" * 16, source="<text>", text="Venskabsby med Hamborg.", language="da")
    assert read_tokens(doc.tokens, doc.text).doc is doc.tokens


def test_tokenize_folds_norms_and_keeps_the_text():
    tokens = tokenize("Venskabsbyen Göteborg¹ ligger i Sverige.", "da")
    assert tokens.norms[:3] == ["venskabsbyen", "goteborg", "ligger"]
    assert tokens.doc.text == tokens.text == "Venskabsbyen Göteborg¹ ligger i Sverige."


def test_tokenize_accepts_texts_longer_than_spacys_max_length():
    text = "Venskabsby med Hamborg. " * 45_000
    assert len(text) > 1_000_000
    assert len(tokenize(text, "da").norms) == 4 * 45_000  # Venskabsby · med · Hamborg · .


def test_mentions_resolve_exonyms_misspellings_and_stated_countries():
    tokens = tokenize("Aftaler med Hamborg, Kommuneqarfik Semersooq og Darmstadt (Tyskland).", "da")
    found = {m.surface: (m.city.name, m.stated_country) for m in find_mentions(tokens, "DK", frozenset(), Matching())}
    assert found == {
        "Hamborg": ("Hamburg", None),
        "Kommuneqarfik Semersooq": ("Sermersooq", None),
        "Darmstadt": ("Darmstadt", "DE"),
    }


def test_street_and_region_words_after_a_name_drop_the_mention():
    tokens = tokenize("Sollentuna Alle og Leningrad fylke.", "da")
    assert find_mentions(tokens, "DK", frozenset({"alle", "fylke"}), Matching()) == []
