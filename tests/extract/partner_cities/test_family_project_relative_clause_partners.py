"""A named project's partners named in a relative clause after the project ('het Interreg-project "X" waarin Deerlijk
samenwerkt met A en B'): the Dutch subordinate verb is one word ('samenwerkt met'), unlike the main clause's 'werkt
samen met'. The same clause after a body or a plan that is no project names no partners."""

from __future__ import annotations

import pytest

PARTNERS = {"Harelbeke": ("project_partner", None), "Menen": ("project_partner", None)}

RELATIVE = [
    (
        "nl",
        "Deerlijk",
        'Voor actie 3.2 loopt het Interreg-project "Fietsroutes Zuid" waarin Deerlijk '
        "samenwerkt met Harelbeke en Menen.",
        PARTNERS,
    ),
    (
        "nl",
        "Deerlijk",
        'Het Interreg-project "Fietsroutes Zuid", waarin Deerlijk samenwerkt met Harelbeke en Menen, loopt tot 2027.',
        PARTNERS,
    ),
    (
        "nl",
        "Deerlijk",
        'Het project "Fietsroutes Zuid", waarbinnen de gemeente samenwerkt met Harelbeke en Menen, loopt tot 2027.',
        PARTNERS,
    ),
    (
        "nl",
        "Zelzate",
        "Het LEADER-project 'Kanaaldorpen', waarin we samenwerken met Assenede en Evergem, start in mei.",
        {"Assenede": ("project_partner", None), "Evergem": ("project_partner", None)},
    ),
    (
        "nl",
        "Venray",
        "Voor het project 'Groene Maas' waarin Venray samenwerkte met Boxmeer en Gennep is subsidie ontvangen.",
        {"Boxmeer": ("project_partner", None), "Gennep": ("project_partner", None)},
    ),
]

NO_PROJECT = [
    ("nl", "Deerlijk", "De intercommunale, waarin Deerlijk samenwerkt met Harelbeke en Menen, haalt het afval op.", {}),
    ("nl", "Deventer", "Het fietsplan, waarvoor Deventer samenwerkt met Zutphen, wordt in juni besproken.", {}),
    ("nl", "Oss", "De regio waarin Oss samenwerkt met Uden en Bernheze telt 200.000 inwoners.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), RELATIVE + NO_PROJECT)
def test_partners_in_a_relative_clause_after_a_named_project(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
