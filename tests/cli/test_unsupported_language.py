"""A document in a language without rules is ok, carries a warning, and gives no rows (no partial guesses)."""

from __future__ import annotations

import pytest

from pipeline.ingest.pull import Source
from pipeline.process import Options, process_bytes

GERMAN = (
    "Stadt Kiel – Internationale Strategie 2020\n\n"
    "Der Rat der Stadt hat am 12. März 2020 einstimmig beschlossen, die Städtepartnerschaft mit Aalborg "
    "und Vaasa zu vertiefen. Die Stadt ist Mitglied bei ICLEI und Eurocities.\n\n"
    "Schwerpunkte: 1. Klima und Energie 2. Bildung 3. Kultur\n"
)
ENGLISH = (
    "City of Aberdeen – twin towns\n\n"
    "Aberdeen is twinned with Stavanger (Norway) since 1990 and with Regensburg (Germany). "
    "The council agreed unanimously on 3 May 2019 to renew the partnership with Bulawayo. "
    "Aberdeen is a member of Eurocities and ICLEI.\n"
)
DANISH = (
    "Aalborg Kommune – International strategi 2016\n\n"
    "Byrådet har vedtaget en international strategi. Aalborg har venskabsbyer i Norden, "
    "blandt andre Fredrikstad i Norge og Lahti i Finland, og kommunen er medlem af Eurocities.\n"
)


@pytest.mark.parametrize(("text", "language"), [(GERMAN, "de"), (ENGLISH, "en")])
def test_a_language_without_rules_gives_a_warning_and_no_rows(tmp_path, text: str, language: str):
    result = process_bytes(text.encode(), Source("doc.txt"), Options(cache_dir=tmp_path))
    assert result.document.status == "ok"
    assert result.document.language == language
    assert result.document.error == f"no rules for language {language}; nothing extracted"
    assert not any(result.rows.values())
    assert not result.extractor_errors


def test_a_language_with_rules_gets_rows_and_no_language_warning(tmp_path):
    result = process_bytes(DANISH.encode(), Source("doc.txt"), Options(cache_dir=tmp_path))
    assert result.document.language == "da"
    assert "no rules" not in (result.document.error or "")
    assert any(result.rows.values())
