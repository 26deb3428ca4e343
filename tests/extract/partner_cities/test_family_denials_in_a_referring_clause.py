"""A tie named in one clause and denied in the next after a semicolon, the next clause opening on a pronoun for
that tie ('vriendschapsband met Lokeren; die ... was nooit een officiële verbroedering', 'venskab med Husum; det
var aldrig en venskabsbyaftale'): the denial is about that tie, so the town is no partner. A clause after a
semicolon that opens on anything else, or on a pronoun for another town's tie ('die met Geel'), denies nothing
about the town before it."""

from __future__ import annotations

import pytest

REFERRING = [
    (
        "nl",
        "Rijkevorsel",
        "Tot 2015 was er een vriendschapsband met Lokeren; die draaide om een jaarlijks kaarttornooi en was nooit"
        " een officiële verbroedering.",
    ),
    ("nl", "Lier", "Er bestaat een vriendschapsband met Wittlich; dat is geen officiële stedenband."),
    ("nl", "Venlo", "Sinds 2010 is er een vriendschap met Krefeld; deze werd nooit een echte jumelage."),
    ("nl", "Zundert", "Er was jarenlang een vriendschapsband met Turnhout;\ndie werd nooit een verbroedering."),
    ("nl", "Oss", "Oss onderhoudt een vriendschapsband met Bocholt; dit is uitdrukkelijk geen stedenband."),
    ("da", "Tønder", "Der var en venskabsforbindelse med Husum; den blev aldrig en officiel venskabsbyaftale."),
    ("da", "Vejle", "Vejle har et venskab med Kolding; det er ikke en venskabsby."),
    ("da", "Esbjerg", "Indtil 2010 var der venskab med Husum; det var aldrig en egentlig venskabsbyaftale."),
    ("da", "Sønderborg", "Sønderborg har et venskab med Flensborg;\ndette er ikke en venskabsbyaftale."),
    ("da", "Aabenraa", "Der er en venskabsforbindelse med Husum; som dog ikke er en officiel venskabsby."),
    ("nb", "Træna", "Træna har et vennskap med Tórshavn; det er ikke en vennskapsby."),
    ("nb", "Halden", "Fram til 2012 var det et vennskap med Strömstad; det var aldri en formell vennskapsbyavtale."),
    ("nb", "Alta", "Det er en vennskapsforbindelse med Kiruna; denne er ikke en vennskapsby."),
    ("nb", "Vardø", "Vardø har kontakt med Kirkenes som vennskapsby; den ble aldri en formell vennskapsbyavtale."),
    ("nb", "Bodø", "Bodø har et vennskap med Luleå; dette er ikke en offisiell vennskapsbyavtale."),
]

# The town's clause, a clause opening on another word, or a pronoun for another town's tie.
KEPT = [
    (
        "nl",
        "Lier",
        "Lier heeft geen stedenband meer met Duitse steden; de verbroedering met Wittlich loopt nog.",
        "Wittlich",
    ),
    ("nl", "Lier", "Lier heeft een stedenband met Wittlich; die met Geel is nooit officieel geworden.", "Wittlich"),
    ("da", "Odsherred", "Odsherred har ingen venskabsbyer; venskabsbyaftalen med Ljungby ophørte i 2007.", "Ljungby"),
    ("nb", "Alta", "Alta har vennskapsby Kiruna; den med Tromsø er ikke en vennskapsby.", "Kiruna"),
    ("nb", "Alta", "Alta er vennskapsby med Kiruna; Tromsø har ingen vennskapsbyavtale med Alta.", "Kiruna"),
]


@pytest.mark.parametrize(("language", "issuer", "text"), REFERRING)
def test_a_tie_denied_in_a_clause_referring_to_it_is_no_partnership(rows, language, issuer, text):
    tie = text.split(";")[0] + "."
    assert len(rows(tie, language, issuer)) == 1  # the tie alone is a partnership
    assert rows(text, language, issuer) == {}


@pytest.mark.parametrize(("language", "issuer", "text", "town"), KEPT)
def test_a_clause_not_referring_to_the_tie_leaves_it_standing(rows, language, issuer, text, town):
    assert set(rows(text, language, issuer)) == {town}
