"""City mention finding: long texts are tokenized in pieces that join back exactly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.city_mentions import chunks, tokenize


@given(st.text(alphabet="ab \n", max_size=300), st.integers(min_value=1, max_value=40))
def test_chunks_join_back_to_the_text_and_respect_the_size(text, size):
    pieces = chunks(text, size)
    assert "".join(pieces) == text
    assert all(len(p) <= size for p in pieces)


def test_tokenize_sets_folded_norms_and_keeps_offsets():
    doc = tokenize("Venskabsbyen Göteborg¹ ligger i Sverige.", "da")
    token = next(t for t in doc if t.text.startswith("Göteborg"))
    assert token.norm_ == "goteborg"
    assert doc.text == "Venskabsbyen Göteborg¹ ligger i Sverige."
