"""Two small structure families of a town's name: an official title before it ('Hansestadt Lübeck', 'Stadt
Pinneberg', 'Gmina Kościerzyna') describes the town and makes it no person's name; a bracketed note between the
town and its cue ('Maldon (Verenigd Koninkrijk) – stedenband sinds 1985') does not part them, also in a sentence that
goes on about a renewal. A capitalised first name before a town is still a person ('Hans Lübeck')."""

from __future__ import annotations

import pytest

TITLED = [
    (
        "da",
        "Lolland",
        "Kommunen søger sammen med Hansestadt Lübeck om midler til projektet Fødevarebroen.",
        {"Lübeck": ("project_partner", None)},
    ),
    ("da", "Ærø", "Kommunen har en venskabsbyaftale med Stadt Pinneberg i Tyskland.", {"Pinneberg": ("twin", None)}),
    (
        "nb",
        "Steinkjer",
        "Kommunen har vennskapsbyavtale med Landeshauptstadt Kiel siden 1990.",
        {"Kiel": ("twin", 1990)},
    ),
    (
        "nl",
        "Hengelo",
        "Hengelo heeft sinds 1972 een stedenband met Gmina Kościerzyna.",
        {"Kościerzyna": ("twin", 1972)},
    ),
    ("nn", "Voss", "Voss har sidan 1985 vore vennskapskommune med Hansestadt Rostock.", {"Rostock": ("twin", 1985)}),
]

NOTED = [
    (
        "nl",
        "Diksmuide",
        "Verbroederingen\n- Maldon (Verenigd Koninkrijk) – stedenband sinds 1985, in 2010 hernieuwd.",
        {"Maldon": ("twin", 1985)},
    ),
    (
        "nl",
        "Diest",
        "Zustersteden\n- Tartu (Republiek Estland, Tartumaa) – zusterstad sinds 1993, in 2018 gevierd.",
        {"Tartu": ("twin", 1993)},
    ),
    (
        "da",
        "Nyborg",
        "Venskabsbyer\n- Flensburg (Forbundsrepublikken Tyskland) – venskabsby siden 1970, fornyet i 2010.",
        {"Flensburg": ("twin", 1970)},
    ),
    (
        "nb",
        "Bodø",
        "Vennskapsbyer\n• Kuopio (Republikken Finland) – vennskapsby siden 1952, fornyet i 2012.",
        {"Kuopio": ("twin", 1952)},
    ),
    (
        "nn",
        "Førde",
        "Venskapskommunar\n- Gdynia (Republikken Polen) – venskapskommune sidan 1998, fornya i 2018.",
        {"Gdynia": ("twin", 1998)},
    ),
]

LOOKALIKES = [
    ("da", "Lolland", "Borgmesteren takkede Hans Lübeck for hans arbejde i udvalget.", {}),
    (
        "nl",
        "Diksmuide",
        "Bezoeken\n- In 2010 reisde een delegatie naar Maldon (Verenigd Koninkrijk) voor de "
        "viering van de vriendschap.",
        {},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), TITLED)
def test_an_official_title_before_a_town_makes_it_no_persons_name(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOTED)
def test_a_bracketed_note_does_not_part_a_town_from_its_cue(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), LOOKALIKES)
def test_a_person_named_like_a_town_and_a_visited_town_are_no_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
