"""A status table's row names a coded item in full (its cell wrapped over two lines), and the comment section below
names it again by its code with the title cut short ('B2 Fietsverbinding Noord' under the row 'B2 | Fietsverbinding
Noord langs de | ... / | dijk'): one action, as when the titles are equal. Two codes with the same words stay two."""

from __future__ import annotations

import pytest

from .helpers import rows, text_of

DOCS = [
    (
        "nl",
        text_of(
            "| Code | Actie                                      | Status           |",
            "|------|--------------------------------------------|------------------|",
            "| B1   | Wandelroute Heidezoom                      | Loopt            |",
            "| B2   | Fietsverbinding Noord langs de             | Nog niet gestart |",
            "|      | oude Rijndijk                              |                  |",
            "",
            "Toelichting",
            "",
            "B2 Fietsverbinding Noord",
            "De grondverwerving loopt nog, daarom is de uitvoering niet begonnen.",
        ),
        ["B1", "B2"],
    ),
    (
        "da",
        text_of(
            "| Nr. | Handling                               | Status     |",
            "|-----|----------------------------------------|------------|",
            "| 3.1 | Ny stiforbindelse mellem Hald og       | Ikke igangsat |",
            "|     | Skovby                                 |            |",
            "| 3.2 | Shelterplads ved søen                  | Gennemført |",
            "",
            "Bemærkninger",
            "3.1 Ny stiforbindelse",
            "Projektet afventer jordkøb.",
        ),
        ["3.1", "3.2"],
    ),
    (
        "nb",
        text_of(
            "| Nr | Tiltak                                 | Status   |",
            "|----|----------------------------------------|----------|",
            "| T4 | Ny gang- og sykkelveg langs            | Ikke startet |",
            "|    | fylkesvegen til Moen                   |          |",
            "| T5 | Turkart for hele kommunen              | Fullført |",
            "",
            "Kommentarer",
            "T4 Ny gang- og sykkelveg",
            "Reguleringsplanen er ikke vedtatt ennå.",
        ),
        ["T4", "T5"],
    ),
]


@pytest.mark.parametrize(("language", "text", "codes"), DOCS)
def test_a_coded_item_named_again_with_a_shorter_title_is_one_action(language, text, codes):
    assert sorted(code for code, _, _ in rows(text, language)) == codes


def test_two_codes_with_the_same_words_stay_two():
    text = text_of(
        "| Code | Actie                    | Status  |",
        "|------|--------------------------|---------|",
        "| A1   | Fietsverbinding Noord    | Loopt   |",
        "| A2   | Fietsverbinding Noord II | Gereed  |",
    )
    assert sorted(code for code, _, _ in rows(text, "nl")) == ["A1", "A2"]
