"""A partner table with a column naming the kind of tie ('Soort band', 'Type avtale', 'Type aftale') whose cell
holds a bare word rather than an agreement's name ('samenwerking', 'samarbeid', 'project', 'prosjekt'): the row is a
cooperation or a project partnership, not the twinning the page's heading or other rows name. A cell naming a
relation keeps it; a row without the type column takes the heading's."""

from __future__ import annotations

import pytest

TABLES = [
    (
        "nl",
        "Zutphen",
        "Internationale banden\n\nGemeente      Land        Soort band        Sinds\n"
        "Kleve         Duitsland   stedenband        1985\nHorsens       Denemarken  samenwerking      2017\n"
        "Tartu         Estland     project           2021\n",
        {"Kleve": ("twin", 1985), "Horsens": ("cooperation_agreement", 2017), "Tartu": ("project_partner", 2021)},
    ),
    (
        "nb",
        "Narvik",
        "Vennskapsbyer\n\n| By | Land | Type avtale | Siden |\n|---|---|---|---|\n"
        "| Kiruna | Sverige | vennskapsby | 1985 |\n| Oulu | Finland | samarbeid | 2017 |\n"
        "| Tampere | Finland | prosjekt | 2022 |\n",
        {"Kiruna": ("twin", 1985), "Oulu": ("cooperation_agreement", 2017), "Tampere": ("project_partner", 2022)},
    ),
    (
        "da",
        "Haderslev",
        "Venskabsbyer\n\n| By | Land | Type aftale | Fra |\n|---|---|---|---|\n"
        "| Flensborg | Tyskland | samarbejde | 2015 |\n| Kolobrzeg | Polen | venskabsby | 1998 |\n",
        {"Flensburg": ("cooperation_agreement", 2015), "Kołobrzeg": ("twin", 1998)},
    ),
    (
        "nn",
        "Sogndal",
        "Vennskapskommunar\n\nKommune     Land      Type avtale     Frå\nSolna       Sverige   vennskapsby     1965\n"
        "Akureyri    Island    samarbeid       2019\n",
        {"Solna": ("twin", 1965), "Akureyri": ("cooperation_agreement", 2019)},
    ),
    (
        "nl",
        "Tielt",
        "Partnersteden\n\n| Stad | Land | Soort band | Sinds |\n|---|---|---|---|\n| Sargé-lès-le-Mans | Frankrijk | "
        "verbroedering | 1975 |\n| Gniezno | Polen | partnerschap | 2010 |\n",
        {"Sargé-lès-le-Mans": ("twin", 1975), "Gniezno": ("cooperation_agreement", 2010)},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), TABLES)
def test_a_bare_type_cell_names_the_rows_relation(rows, language, town, text, expected):
    got = rows(text, language, town)
    assert {c: got.get(c) for c in expected} == expected


NOT_TYPE_COLUMNS = [
    (
        "nb",
        "Narvik",
        "Vennskapsbyer\n\n| By | Land | Formål | Siden |\n|---|---|---|---|\n| Kiruna | Sverige | samarbeid | 1985 |\n",
        {"Kiruna": ("twin", 1985)},
    ),
    (
        "nl",
        "Zutphen",
        "Stedenbanden\n\n| Gemeente | Land | Activiteit | Sinds |\n|---|---|---|---|\n"
        "| Kleve | Duitsland | project | 1985 |\n",
        {"Kleve": ("twin", 1985)},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), NOT_TYPE_COLUMNS)
def test_a_bare_word_in_another_column_leaves_the_heading_relation(rows, language, town, text, expected):
    assert rows(text, language, town) == expected
