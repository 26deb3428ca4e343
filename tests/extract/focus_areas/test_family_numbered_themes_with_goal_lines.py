"""Family: numbered themes after a counting lead-in, each with its own line or two under it that end in no full stop
(an indented description, a goal field "Delmål: fleire gründerbedrifter"): those lines belong to the item above,
they neither end the list nor become themes. Look-alikes: a heading flush with the items ("Oppfølging") still ends
the list, and goal fields read as headings are never the themes. Plans written for these tests."""

from __future__ import annotations

import pytest

PLANS = [
    (
        "nn",
        "Planen har tre satsingsområde, som kvar har eigne delmål:",
        "    Delmål: ",
        ["Landbruk", "Handel", "Industri"],
    ),
    ("nn", "Planen har tre satsingsområde, som kvar har eigne delmål:", "Delmål: ", ["Oppvekst", "Helse", "Kultur"]),
    (
        "nb",
        "Strategien har fire satsingsområder, som hver har egne mål:",
        "   Mål: ",
        ["Skole", "Idrett", "Kultur", "Natur"],
    ),
    ("nb", "Planen har tre innsatsområder, beskrevet nedenfor:", "   ", ["Boliger", "Sentrum", "Veier"]),
    ("da", "Politikken har tre indsatsområder, som hver har egne mål:", "Mål: ", ["Trivsel", "Læring", "Fællesskab"]),
    ("da", "Strategien har tre fokusområder, som hver har egne delmål:", "    Delmål: ", ["Energi", "Vand", "Affald"]),
    ("nl", "De nota kent drie speerpunten, die elk eigen doelen hebben:", "   Doel: ", ["Erfgoed", "Podia", "Musea"]),
]


@pytest.mark.parametrize(("language", "lead", "sub", "themes"), PLANS)
def test_lines_under_a_numbered_theme_are_its_own(labels, language, lead, sub, themes):
    body = "\n".join(f"{n}. {theme}\n{sub}tekst om {theme.lower()} i kommunen" for n, theme in enumerate(themes, 1))
    text = f"Plan 2026-2030\n\nTema\n{lead}\n{body}\n\nOppfølging\nTekst.\n"
    assert labels(text, language) == themes


def test_a_flush_heading_still_ends_the_list(labels):
    text = (
        "Plan 2026-2030\n\nTema\nPlanen har tre innsatsområder:\n1. Boliger\n   Mål: flere boliger\n2. Sentrum\n"
        "   Mål: færre tomme lokaler\n3. Veier\n   Mål: tryggere veier\nOppfølging\n4. Neste år legges planen frem\n"
    )
    assert labels(text, "nb") == ["Boliger", "Sentrum", "Veier"]


def test_goal_fields_are_never_the_themes(labels):
    text = (
        "Plan 2026-2030\n\nTema\nPlanen har tre innsatsområder, som hver har egne mål:\n(1) Boliger\n"
        "Delmål: flere boliger\n(2) Sentrum\nDelmål: færre tomme lokaler\n(3) Veier\nDelmål: tryggere veier\n"
    )
    assert "Delmål" not in labels(text, "nb")
