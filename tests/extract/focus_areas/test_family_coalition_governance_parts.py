"""Family: a coalition agreement's chapters on how the coalition governs ("Bestuursstijl", "Samarbeidsform",
"Samarbejdsform", "Portefeuilleverdeling"): parts of the agreement, not its themes, among chapters that are.
Look-alikes: a theme that names governing or cooperation as policy ("Bestuur en dienstverlening", "Samarbeid med
næringslivet", "Internationalt samarbejde") stays a theme. Agreements written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.focus_areas.parts import is_part
from pipeline.extract.focus_areas.rules import cues

PARTS = [
    ("nl", "Bestuursstijl"),
    ("nl", "2 Bestuurscultuur"),
    ("nl", "Bestuursstijl en financiën"),
    ("nl", "Samenwerking met de raad"),
    ("nl", "Portefeuilleverdeling"),
    ("nb", "Samarbeidsform"),
    ("nb", "5. Samarbeidsformen"),
    ("nn", "Styringsform"),
    ("nn", "Fordeling av verv"),
    ("da", "Samarbejdsform"),
    ("da", "Samarbejdet i byrådet"),
    ("da", "Konstitueringen"),
]
THEMES = [
    ("nl", "Bestuur en dienstverlening"),
    ("nl", "Samenwerking in de regio"),
    ("nb", "Samarbeid med næringslivet"),
    ("nn", "Samarbeid over kommunegrensene"),
    ("da", "Internationalt samarbejde"),
    ("nb", "Politisk samarbeid"),
    ("da", "Politisk samarbejde"),
]


@pytest.mark.parametrize(("language", "heading"), PARTS)
def test_governing_chapters_are_parts(language, heading):
    assert is_part(heading, cues(language))


@pytest.mark.parametrize(("language", "heading"), THEMES)
def test_policy_on_governing_or_cooperation_stays_a_theme(language, heading):
    assert not is_part(heading, cues(language))


AGREEMENTS = {
    "nl": ("Coalitieakkoord 2026-2030", ["Inleiding", "Bestuursstijl", "Wonen", "Zorg", "Klimaat", "Financiën"]),
    "nb": ("Samarbeidsavtale 2026-2029", ["Innledning", "Samarbeidsform", "Skole", "Helse", "Næring", "Økonomi"]),
    "da": ("Konstitueringsaftale 2026-2029", ["Indledning", "Samarbejdsform", "Skole", "Ældre", "Natur"]),
}


@pytest.mark.parametrize("language", sorted(AGREEMENTS))
def test_an_agreements_chapters_leave_its_way_of_governing_out(labels, language):
    title, chapters = AGREEMENTS[language]
    text = title + "\n\n" + "\n\n".join(f"{n} {c}\nTekst om {c.lower()}." for n, c in enumerate(chapters, 1)) + "\n"
    expected = [c for c in chapters if not is_part(c, cues(language))]
    assert labels(text, language) == expected
