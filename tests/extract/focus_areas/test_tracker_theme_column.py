"""A plan's status report as a tracker table with a theme column beside the items' fields ("Tema |
Handling | Status"): the column names the plan's themes, each once, in order of first appearance. A
table whose theme column stands beside no item field (a meeting's programme: "Tema | Tid | Oplæg") gives
no rows in a report where the column word is also an everyday word (Danish "tema", Dutch "thema")."""

from __future__ import annotations

import pytest

TRACKERS = {
    "da": {
        "title": "Klimaplan 2030 – status 2024",
        "cue": "Tema",
        "item": "Handling",
        "fields": ["Status", "Ansvarlig"],
        "rows": [
            ("Transport", "Elbusser", "Gennemført"),
            ("Transport", "Cykelstier", "I gang"),
            ("Energi", "Solceller", "I gang"),
            ("Affald", "Genbrugsplads", "Forsinket"),
        ],
        "programme": "Tema | Tid | Oplæg",
    },
    "nb": {
        "title": "Klimaplan 2030 – rapportering 2024",
        "cue": "Tema",
        "item": "Tiltak",
        "fields": ["Status", "Ansvarlig"],
        "rows": [
            ("Transport", "Elbusser", "Gjennomført"),
            ("Transport", "Sykkelveier", "Pågår"),
            ("Energi", "Solceller", "Pågår"),
            ("Avfall", "Ombruk", "Forsinket"),
        ],
        "programme": "Tema | Tid | Innleder",
    },
    "nn": {
        "title": "Klimaplan – rapportering for 2024",
        "cue": "Tema",
        "item": "Tiltak",
        "fields": ["Status", "Ansvarleg"],
        "rows": [
            ("Transport", "Ladestasjonar", "Gjennomført"),
            ("Transport", "Sykkelvegar", "I gang"),
            ("Energi", "Solceller", "I gang"),
            ("Landbruk", "Rådgjeving", "Ikkje starta"),
        ],
        "programme": "Tema | Tid | Innleiar",
    },
    "nl": {
        "title": "Voortgangsrapportage Klimaatplan 2024",
        "cue": "Thema",
        "item": "Actie",
        "fields": ["Status", "Trekker"],
        "rows": [
            ("Mobiliteit", "Laadpalen", "Gereed"),
            ("Mobiliteit", "Fietsroute", "Loopt"),
            ("Energie", "Zonnepanelen", "Loopt"),
            ("Afval", "Kringloop", "Vertraagd"),
        ],
        "programme": "Thema | Tijd | Spreker",
    },
}

THEMES = {lang: list(dict.fromkeys(row[0] for row in doc["rows"])) for lang, doc in TRACKERS.items()}


def tracker(language: str, field: str, layout: str) -> str:
    doc = TRACKERS[language]
    header = [doc["cue"], doc["item"], field]
    rows = [list(row) for row in doc["rows"]]
    if layout == "item_first":
        header, rows = [header[1], header[0], header[2]], [[r[1], r[0], r[2]] for r in rows]
    if layout == "pipes":
        table = [f"| {' | '.join(header)} |", "|---|---|---|", *(f"| {' | '.join(r)} |" for r in rows)]
    elif layout == "tabs":
        table = ["\t".join(header), *("\t".join(r) for r in rows)]
    else:
        table = [" | ".join(header), *(" | ".join(r) for r in rows)]
    return "\n\n".join([doc["title"], "\n".join(table)])


LAYOUTS = ["plain", "item_first", "pipes", "tabs"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("field", [0, 1])
@pytest.mark.parametrize("language", list(TRACKERS))
def test_a_trackers_theme_column_names_the_plans_themes_once_each(labels, language, field, layout):
    text = tracker(language, TRACKERS[language]["fields"][field], layout)
    assert labels(text, language) == THEMES[language]


@pytest.mark.parametrize("language", ["da", "nl"])
def test_a_theme_column_beside_no_item_field_gives_no_rows_in_a_report(labels, language):
    doc = TRACKERS[language]
    rows = "\n".join(" | ".join(row) for row in doc["rows"])
    assert labels(f"{doc['title']}\n\n{doc['programme']}\n{rows}", language) == []
