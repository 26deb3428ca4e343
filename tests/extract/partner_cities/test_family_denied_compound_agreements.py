"""A negated agreement written as a compound noun ('Er is geen samenwerkingsovereenkomst met Bergen', 'Der er ingen
intentionsaftale med Kiel', 'Det finst inga samarbeidsavtale med Umeå') or a partner denied ('Pskov is geen partner van
Wijchen'): the sentence's towns are no partners. An ended agreement ('ikke længere') keeps the relation it had, and a
town in another sentence keeps its own."""

from __future__ import annotations

import pytest

DENIED = [
    ("nl", "Middelkerke", "Er is geen samenwerkingsovereenkomst met Bergen.", "Bergen"),
    ("nl", "Wijchen", "Ook de zusterstad van Nijmegen, Pskov, is geen partner van Wijchen, al denkt men dat.", "Pskov"),
    ("nl", "Venlo", "Met Krefeld is er geen vriendschapsovereenkomst, alleen een jaarlijks overleg.", "Krefeld"),
    ("nl", "Gent", "Na het bezoek aan Lyon werd geen samenwerkingsovereenkomst getekend.", "Lyon"),
    ("nl", "Hasselt", "Het college sloot geen intentieovereenkomst met Maribor af.", "Maribor"),
    ("da", "Aabenraa", "Der er ingen samarbejdsaftale med Flensborg, men kontakten er tæt.", "Flensburg"),
    ("da", "Vejle", "Kommunen har ikke indgået en intentionsaftale med Kiel.", "Kiel"),
    ("da", "Holbæk", "Efter besøget i Tartu blev der ikke underskrevet nogen venskabsbyaftale.", "Tartu"),
    ("da", "Kolding", "Der findes ingen partnerskabsaftale med Lübeck.", "Lübeck"),
    ("da", "Esbjerg", "Med Stavanger har kommunen ingen formel samarbejdsaftale.", "Stavanger"),
    ("nb", "Bodø", "Kommunen har ingen intensjonsavtale med Luleå.", "Luleå"),
    ("nb", "Alta", "Det er ikke inngått noen samarbeidsavtale med Kiruna.", "Kiruna"),
    ("nb", "Hamar", "Etter besøket i Falun ble det ikke signert en vennskapsavtale.", "Falun"),
    ("nb", "Molde", "Med Borås finnes det ingen skriftlig samarbeidsavtale.", "Borås"),
    ("nb", "Harstad", "Harstad har ingen formell vennskapsbyavtale med Tornio.", "Tornio"),
    ("nn", "Voss", "Det finst inga samarbeidsavtale med Umeå.", "Umeå"),
    ("nn", "Stryn", "Kommunen har ikkje inngått nokon intensjonsavtale med Kalmar.", "Kalmar"),
    ("nn", "Sogndal", "Med Lund har kommunen inga formell vennskapsavtale.", "Lund"),
    ("nn", "Førde", "Etter vitjinga i Växjö vart det ikkje skrive under ei samarbeidsavtale.", "Växjö"),
    ("nn", "Ørsta", "Ørsta har ingen skriftleg vennskapsbyavtale med Trollhättan.", "Trollhättan"),
]

KEPT = [
    ("da", "Ringsted", "Samarbejdsaftalen med Kalmar gælder ikke længere, men den blev indgået i 2010.", "Kalmar"),
    (
        "nl",
        "Wijchen",
        "Wijchen heeft sinds 1981 een stedenband met Kaarst. Er is geen samenwerkingsovereenkomst met Bergen.",
        "Kaarst",
    ),
    ("nb", "Bodø", "Bodø har en samarbeidsavtale med Kiruna. Det finnes ingen intensjonsavtale med Luleå.", "Kiruna"),
]


@pytest.mark.parametrize(("language", "town", "text", "city"), DENIED)
def test_a_denied_agreement_or_partner_makes_no_partner(rows, language, town, text, city):
    assert city not in rows(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "city"), KEPT)
def test_an_ended_agreement_or_a_town_of_another_sentence_stays(rows, language, town, text, city):
    assert city in rows(text, language, town)
