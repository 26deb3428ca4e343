"""doc_type of a council's information page whose title names only a subject ('Vennskapsbyer og internasjonalt
samarbeid', 'Internationale samenwerking'): `other`, though it lists agreements and their status. A title that also
names a genre ('Strategi for internasjonalt samarbeid') keeps that genre."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import doc_type, title

_STATUS = "Status: avtalen ble fornyet i 2024.\nResultater: tre utvekslinger.\nSamarbeidsavtale signert i 2019.\n"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "VENNSKAPSBYER OG INTERNASJONALT SAMARBEID\nLillehammer har fire vennskapsbyer.\n" + _STATUS),
        ("nb", "Vennskapskommuner\nKommunen har avtaler med to kommuner i Sverige.\n" + _STATUS),
        ("nn", "Internasjonalt samarbeid og vennskapskommunar\nKommunen har to vennskapskommunar.\n" + _STATUS),
        (
            "da",
            "Venskabsbyer og internationalt samarbejde\nKommunen har fem venskabsbyer.\n"
            "Status: aftalen blev fornyet i 2024.\nResultater: tre udvekslinger.\n",
        ),
        (
            "nl",
            "Internationale samenwerking\nDe gemeente werkt samen met steden in Duitsland.\n"
            "Stand van zaken: het convenant is verlengd.\nHet programma liep tot 2025.\n",
        ),
        (
            "nl",
            "Stedenbanden en verbroederingen\nOnze stad heeft drie stedenbanden.\n"
            "Stand van zaken: de band met Keulen is in 2024 verlengd.\n",
        ),
    ],
)
def test_a_page_titled_by_its_subject_alone_is_other(language: str, text: str):
    assert doc_type(text, title(text), language) == "other"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "Internasjonalt samarbeid – strategi 2026-2030\nStrategien har tre mål.\n", "strategy"),
        ("nb", "Årsrapport 2025: vennskapsbyer og internasjonalt samarbeid\nResultater og status.\n", "report"),
        (
            "nl",
            "Internationale samenwerking: uitvoeringsprogramma 2026\nHet programma kent vier sporen.\n",
            "programme",
        ),
    ],
)
def test_a_subject_title_that_names_a_genre_keeps_it(language: str, text: str, expected: str):
    assert doc_type(text, title(text), language) == expected
