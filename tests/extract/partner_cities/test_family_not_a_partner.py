"""A town said to be no partner. A partner table's form cell or a sentence that denies the bare noun ('regionale
samenwerking, geen partner', 'kontakt, ikke partner', 'ikkje partnar') refuses the town its row, as a denied
'venskabsby' or 'stedenband' does. A partner no longer ('ikke længere partner'), or one that is 'not only a
partner', keeps its row."""

from __future__ import annotations

import pytest

DENIED = [
    (
        "nl",
        "Sluis",
        "Partner | Land | Vorm | Sinds\n"
        "Maldegem | BE | samenwerkingsovereenkomst | 2019\n"
        "Lublin | PL | losse contacten, geen partner | -\n",
        {"Maldegem": ("cooperation_agreement", 2019)},
    ),
    (
        "nl",
        "Gouda",
        "Gouda onderhoudt een stedenband met Tartu (sinds 1995). Lublin (Polen): cultuuruitwisseling, geen partner.",
        {"Tartu": ("twin", 1995)},
    ),
    (
        "nl",
        "Breda",
        "Breda heeft een stedenband met Tartu sinds 1995. Met Lublin is er contact, maar Lublin is geen partnerstad.",
        {"Tartu": ("twin", 1995)},
    ),
    (
        "nl",
        "Venlo",
        "Partnersteden:\n- Tartu (Estland), sinds 1995\n- Lublin (Polen): geen partner, alleen contacten via scholen",
        {"Tartu": ("twin", 1995)},
    ),
    (
        "nl",
        "Asten",
        "Asten werkt samen met Lublin aan afvalbeheer; Lublin is niet een partner van de gemeente in formele zin.",
        {},
    ),
    (
        "da",
        "Vejle",
        "By | Land | Aftale | Fra\nTartu | EE | venskabsby | 1995\nGdynia | PL | kontakt, ikke partner | -\n",
        {"Tartu": ("twin", 1995)},
    ),
    (
        "da",
        "Odder",
        "Venskabsbyer:\n- Tartu (Estland), siden 1995\n- Gdynia (Polen): ingen partnerby, kun skolekontakt",
        {"Tartu": ("twin", 1995)},
    ),
    (
        "da",
        "Skive",
        "By        Land   Aftale                         Fra\n"
        "Luleå     SE     venskabsby                     1988\n"
        "Umeå      SE     erhvervskontakt, ikke en partner   -\n",
        {"Luleå": ("twin", 1988)},
    ),
    (
        "da",
        "Herning",
        "Herning har venskabsbyen Lübeck. Kiel er ikke partner, men deltager i kulturugen.",
        {"Lübeck": ("twin", None)},
    ),
    ("da", "Billund", "Billund samarbejder med Pärnu om turisme. Pärnu er dog ikke nogen partnerkommune.", {}),
    (
        "nb",
        "Lier",
        "By | Land | Avtale | Fra\nTartu | EE | vennskapsby | 1995\nKuopio | FI | kontakt, ikke partner | -\n",
        {"Tartu": ("twin", 1995)},
    ),
    (
        "nb",
        "Hamar",
        "Vennskapsbyer:\n- Tartu (Estland), siden 1995\n- Kuopio (Finland): ingen partnerby, bare skolekontakt",
        {"Tartu": ("twin", 1995)},
    ),
    (
        "nb",
        "Alta",
        "By        Land   Avtale                         Fra\n"
        "Luleå     SE     vennskapsby                    1988\n"
        "Oulu      FI     næringskontakt, ikke en partner   -\n",
        {"Luleå": ("twin", 1988)},
    ),
    (
        "nb",
        "Lier",
        "Lier har vennskapsbyen Tartu. Kuopio er ikke partner, men deltar i kulturuka.",
        {"Tartu": ("twin", None)},
    ),
    ("nb", "Vestby", "Vestby samarbeider med Gdynia om turisme. Gdynia er likevel ikke noen partnerkommune.", {}),
    (
        "nn",
        "Voss",
        "By | Land | Avtale | Frå\nTartu | EE | vennskapsby | 1995\nKuopio | FI | kontakt, ikkje partnar | -\n",
        {"Tartu": ("twin", 1995)},
    ),
    (
        "nn",
        "Luster",
        "Vennskapskommunar:\n- Leksand (Sverige), sidan 1972\n- Nurmes (Finland): ingen partnar, berre skulekontakt",
        {"Leksand": ("twin", 1972)},
    ),
    (
        "nn",
        "Stranda",
        "By        Land   Avtale                          Frå\n"
        "Luleå     SE     vennskapsby                     1988\n"
        "Oulu      FI     næringskontakt, ikkje ein partnar   -\n",
        {"Luleå": ("twin", 1988)},
    ),
    (
        "nn",
        "Aurland",
        "Aurland har vennskapskommunen Leksand. Nurmes er ikkje partnar, men er med i kulturveka.",
        {"Leksand": ("twin", None)},
    ),
    ("nn", "Bykle", "Bykle samarbeider med Tartu om turisme. Tartu er likevel ikkje nokon partnarkommune.", {}),
]

KEPT = [
    (
        "da",
        "Vejle",
        "Vejle har venskabsbyen Tartu. Gdynia er ikke længere partnerby, men forbindelsen lever.",
        {"Tartu": ("twin", None), "Gdynia": ("twin", None)},
    ),
    (
        "da",
        "Vejle",
        "Vejle har venskabsbyen Tartu, og Tartu er ikke kun partner, men også ven.",
        {"Tartu": ("twin", None)},
    ),
    (
        "nl",
        "Gouda",
        "Gouda heeft een stedenband met Lublin. Lublin is niet alleen partner maar ook vriend.",
        {"Lublin": ("twin", None)},
    ),
    (
        "nb",
        "Lier",
        "Lier har vennskapsbyen Tartu, og Tartu er ikke bare partner, men også venn.",
        {"Tartu": ("twin", None)},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), DENIED)
def test_a_town_said_to_be_no_partner_gets_no_row(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), KEPT)
def test_a_partner_no_longer_or_not_only_a_partner_keeps_its_row(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
