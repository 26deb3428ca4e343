"""A relation only asked about states none: a yes/no question ('Vil borgmesteren tage initiativ til en
venskabsbyaftale med X?'), a news headline put as a question and answered ('Vennskap med X og Y? Ikkje no'), or an
indirect question ('Mange har spurt om kommunen skal inngå en vennskapsavtale med X', 'vroeg of het college een
stedenband met X overweegt'). A question opening on a question word takes the relation as given ('Hvorfor er X
vår vennskapsby?'), and a partner stated beside the question stays one."""

from __future__ import annotations

import pytest

ASKED = [
    ("da", "Favrskov", "2) Vil borgmesteren arbejde for en venskabsbyaftale med Tczew i Polen?", {}),
    (
        "da",
        "Odsherred",
        "Ny venskabsby i Italien?\nBorgere har spurgt, om kommunen vil indgå en venskabsbyaftale med Lucca.",
        {},
    ),
    ("da", "Faxe", "Bør Faxe få en venskabsby i Estland, for eksempel Rakvere? Det skal byrådet drøfte.", {}),
    (
        "nb",
        "Tromsøysund",
        "Flere innbyggere har spurt om kommunen skal inngå en vennskapsavtale med Quimper i Bretagne.",
        {},
    ),
    ("nb", "Lebesby", "Bør kommunen inngå en vennskapsavtale med Kirovsk? Formannskapet har ikke tatt stilling.", {}),
    (
        "nn",
        "Vinje",
        "Vennskap med Kalix og Gällivare? Ikkje i år\nEit framlegg om eit vennskapssamarbeid vart utsett.",
        {},
    ),
    ("nn", "Sauda", "Ein innbyggjar spør om Sauda kan få ein vennskapskommune i Skottland, til dømes Dunoon.", {}),
    ("nl", "Oostzaan", "Stedenband met Gniezno? Nog niet\nDe burgemeester antwoordde dat er geen plannen zijn.", {}),
    ("nl", "Beek", "De fractie vroeg of het college een stedenband met Mechelen in België wil aangaan.", {}),
    ("nl", "Ronse", "Komt er een jumelage met Calais? De gemeenteraad beslist daar in het najaar over.", {}),
]

STATED = [
    (
        "nb",
        "Rakkestad",
        "Hvorfor har Rakkestad vennskapsby i Hankasalmi?\nFordi skolene startet utveksling i 1971.",
        {"Hankasalmi": ("twin", None)},
    ),
    (
        "da",
        "Favrskov",
        "Hvilke venskabsbyer har kommunen?\nFavrskov Kommune har venskabsby med Lohja i Finland siden 1982.",
        {"Lohja": ("twin", 1982)},
    ),
    ("nl", "Oostzaan", "Sinds wanneer is Gniezno onze zusterstad? Sinds 1994.", {"Gniezno": ("twin", None)}),
    (
        "nn",
        "Vinje",
        "Kva gjer vi saman med vennskapskommunen Kalix? Skulane har utveksling kvart år.",
        {"Kalix": ("twin", None)},
    ),
    (
        "da",
        "Sorø",
        "Spørgsmål og svar\nSorø har haft venskabsby med Tranås i Sverige siden 1968.",
        {"Tranås": ("twin", 1968)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), ASKED)
def test_a_relation_only_asked_about_is_no_partnership(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), STATED)
def test_a_question_word_or_a_stated_partner_beside_a_question_keeps_the_relation(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected
