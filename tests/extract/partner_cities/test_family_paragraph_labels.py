"""A paragraph opened by a short run-in label naming a relation ('Vennskapsbyer: Nordkapp har ... Kiruna.
Samarbeidet med Severomorsk ...'), under a section heading that names none: the label says which relation the
paragraph's cooperation phrases ('samarbeidet med', 'de samenwerking met') speak of. A label naming another topic
('Erhverv:', 'Economie:') types no relation."""

from __future__ import annotations

import pytest

LABELLED = [
    (
        "da",
        "Hjørring",
        "4 Internationalt arbejde\nVenskabsbyer: Hjørring har været venskabsby med Trollhättan siden 1947. "
        "Samarbejdet med Kouvola blev sat på pause i 2020.",
        {"Trollhättan": ("twin", 1947), "Kouvola": ("twin", None)},
    ),
    (
        "nn",
        "Førde",
        "3 Partnarar\nVennskapsbyar: Førde har vore vennskapsby med Jämsä sidan 1985. Samarbeidet med Rakvere "
        "starta i 1994.",
        {"Jämsä": ("twin", 1985), "Rakvere": ("twin", 1994)},
    ),
    (
        "nl",
        "Zutphen",
        "4 Internationaal\nStedenbanden: Zutphen heeft sinds 1965 een stedenband met Sundsvall. De samenwerking "
        "met Horsens dateert van 1993.",
        {"Sundsvall": ("twin", 1965), "Horsens": ("twin", 1993)},  # 'dateert van 1993': the cooperation's origin
    ),
    (
        "nb",
        "Alta",
        "2 Internasjonalt samarbeid\nVennskapsbyer: Alta har vært vennskapsby med Kiruna siden 1990. Samarbeidet "
        "med Apatity er lagt på is.",
        {"Kiruna": ("twin", 1990), "Apatity": ("twin", None)},
    ),
    (
        "nb",
        "Nordkapp",
        "5 Samarbeidspartnere og nettverk\nVennskapsbyer: Nordkapp har siden 1989 vært vennskapsby med Luleå.\n"
        "Samarbeidet med Severomorsk i Russland (fra 1994) er lagt på is siden 2022.",
        {"Luleå": ("twin", 1989), "Severomorsk": ("twin", 1994)},
    ),
]

OTHER_TOPIC = [
    ("da", "Hjørring", "4 Internationalt arbejde\nErhverv: Samarbejdet med Kouvola handler om skovbrug.", {}),
    ("nn", "Førde", "3 Partnarar\nNæringsliv: Samarbeidet med Rakvere gjeld fiskeoppdrett.", {}),
    ("nl", "Zutphen", "4 Internationaal\nEconomie: De samenwerking met Horsens richt zich op logistiek.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), LABELLED)
def test_a_run_in_label_names_the_relation_of_its_paragraph(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), OTHER_TOPIC)
def test_a_label_on_another_topic_types_no_relation(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
