"""A case heading in Norwegian minutes may name the committee's case ("Utvalgssak 15/26", "Utvalssak 15/26",
"Utv.sak 15/26") and may be set off by a ruler of '=' or a markdown '#' ("=== Utvalgssak 14/26 ===",
"## Sak 15/26 Title"), with its title on the line or on the line below. Each opens its case: the rows carry its
number and title. A ruled heading without a case number ("=== Orienteringer ===") opens no case."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEADINGS = [
    ("nb", "=== Utvalgssak {n} ===\n{title}\nArkivsak-dok.: 26/00102-4\n"),
    ("nb", "Utvalgssak {n} {title}\n"),
    ("nb", "## Sak {n} {title}\n"),
    ("nb", "Utv.sak {n} {title}\n"),
    ("nb", "==  Utvalgssak {n}: {title}  ==\n"),
    ("nn", "== Utvalssak {n}: {title} ==\n"),
    ("nn", "=== Utvalssak {n} ===\n{title}\n"),
    ("nn", "# Sak {n} {title}\n"),
    ("nn", "Utvalssak {n} - {title}\n"),
    ("nn", "### Utvalssak {n}\n{title}\nArkivsak: 26/112\n"),
]
DECISIONS = {
    "nb": ("Vedtak: Enstemmig vedtatt.\n", "Vedtak: Saken utsettes.\n"),
    "nn": ("Vedtak: Samrøystes vedteke.\n", "Vedtak: Saka vert utsett.\n"),
}


@pytest.mark.parametrize(("language", "heading"), HEADINGS)
def test_a_committee_case_heading_opens_its_case(language, heading):
    adopt, postpone = DECISIONS[language]
    text = (
        "Hovedutvalg for oppvekst og kultur\nMøtedato: 19.05.2026\n\n"
        + heading.format(n="15/26", title="Fordeling av kulturmidler 2026")
        + adopt
        + "\n"
        + heading.format(n="16/26", title="Barnehagekapasitet 2026")
        + postpone
    )
    assert [(r.case_number, r.subject, r.outcome) for r in votes(text, language)] == [
        ("15/26", "Fordeling av kulturmidler 2026", "adopted"),
        ("16/26", "Barnehagekapasitet 2026", "postponed"),
    ]


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_a_ruled_heading_without_a_case_number_opens_no_case(language):
    adopt, _ = DECISIONS[language]
    text = (
        "Hovedutvalg for oppvekst og kultur\nMøtedato: 19.05.2026\n\n=== Utvalgssak 15/26 ===\n"
        "Fordeling av kulturmidler 2026\n" + adopt + "\n=== Orienteringer ===\nOS 3/26 Leirskoletilbudet (muntlig)\n"
        "Ingen behandling.\n"
    )
    assert [(r.case_number, r.subject) for r in votes(text, language)] == [("15/26", "Fordeling av kulturmidler 2026")]
