"""A start year in the line that opens a bulleted list of partners ('Siden 1961 har kommunen indgået i en nordisk
venskabsbykæde med:') is the year of every town listed under it that states none of its own; a renewal or a
project's period in that line starts nothing."""

from __future__ import annotations

import pytest

LEAD_IN = [
    (
        "da",
        "Gladsaxe",
        "Venskabsbyer\nSiden 1958 har Gladsaxe været med i en nordisk venskabsbykæde med:\n"
        "  • Lahti, Finland\n  • Växjö, Sverige\n  • Hamar, Norge\nKæden mødes hvert andet år.\n",
        {"Lahti": ("twin", 1958), "Växjö": ("twin", 1958), "Hamar": ("twin", 1958)},
    ),
    (
        "da",
        "Holstebro",
        "Siden 1972 har kommunen haft venskabsbyaftaler med:\n- Kristiansund (Norge)\n- Uddevalla (Sverige)\n",
        {"Kristiansund": ("twin", 1972), "Uddevalla": ("twin", 1972)},
    ),
    (
        "nb",
        "Bodø",
        "Siden 1970 har Bodø hatt disse vennskapsbyene:\n• Kuopio, Finland\n• Vologda, Russland\n",
        {"Kuopio": ("twin", 1970), "Vologda": ("twin", 1970)},
    ),
    (
        "nn",
        "Voss",
        "Sidan 1986 har Voss vore med i ei nordisk vennskapsbykjede saman med:\n– Kajaani, Finland\n"
        "– Kalmar, Sverige\n",
        {"Kajaani": ("twin", 1986), "Kalmar": ("twin", 1986)},
    ),
    (
        "nl",
        "Zwolle",
        "Sinds 1985 heeft Zwolle stedenbanden met:\n- Kuopio (Finland)\n- Tartu (Estland)\n",
        {"Kuopio": ("twin", 1985), "Tartu": ("twin", 1985)},
    ),
    (
        "nl",
        "Deventer",
        "Zustersteden\nIn 1992 sloot Deventer stedenbanden met:\n• Sibiu, Roemenië\n• Tartu, Estland (sinds 2001)\n",
        {"Sibiu": ("twin", 1992), "Tartu": ("twin", 2001)},
    ),
]

NO_START = [
    (
        "da",
        "Holstebro",
        "Venskabsbyaftalerne blev fornyet i 2011 med:\n- Kristiansund (Norge)\n- Uddevalla (Sverige)\n",
        {"Kristiansund": ("twin", None), "Uddevalla": ("twin", None)},
    ),
    (
        "nb",
        "Bodø",
        "I Interreg-prosjektet «Arktisk Havn» (2024-2027) er partnerne:\n• Luleå, Sverige\n• Oulu, Finland\n",
        {"Luleå": ("project_partner", None), "Oulu": ("project_partner", None)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), LEAD_IN)
def test_the_year_of_a_lists_opening_line_starts_each_listed_twin(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NO_START)
def test_a_renewal_or_project_period_over_a_list_starts_nothing(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
