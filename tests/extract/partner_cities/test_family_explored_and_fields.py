"""Three families of decision texts. An adopted motion or proposal to explore a link ('Motie M2 Onderzoek stedenband
met X | aangenomen') starts a study, no relation, while an adopted proposal for the link itself settles it. A link
said not to exist after its noun ('de stedenband met X bestaat niet') is denied, one that no longer exists ('findes
ikke længere') is ended and kept. A case field's label ('Sag: 26/1102') is no town, even when a town has that name."""

from __future__ import annotations

import pytest

EXPLORED = [
    ("nl", "Breda", "| 7 | Motie M2 Onderzoek stedenband met Lublin | aangenomen | unaniem |", {}),
    ("nl", "Gouda", "Agendapunt 8 Motie M3 'Stedenband met Tartu verkennen' - aangenomen met 20 stemmen voor.", {}),
    ("da", "Vejle", "Byrådet godkendte at undersøge en venskabsbyaftale med Gdynia.", {}),
    ("nb", "Lier", "Kommunestyret vedtok å utrede et vennskapsbysamarbeid med Tartu.", {}),
    ("nn", "Stranda", "Kommunestyret vedtok å greie ut ei vennskapsavtale med Kuopio.", {}),
]

SETTLED = [
    ("nl", "Gouda", "Het voorstel voor een stedenband met Lublin werd aangenomen.", {"Lublin": ("twin", None)}),
    ("da", "Vejle", "Forslaget om en venskabsbyaftale med Gdynia blev godkendt.", {"Gdynia": ("twin", None)}),
]

DENIED_AFTER = [
    (
        "nl",
        "Alphen aan den Rijn",
        "Toelichting: de stedenband met Tartu bestaat niet; de motie vroeg om een verkenning.",
        {},
    ),
    ("da", "Vejle", "Venskabsbyaftalen med Tartu findes ikke, men byrådet drøfter den.", {}),
    ("nb", "Lier", "En vennskapsbyavtale med Kuopio finnes ikke ennå.", {}),
    ("nn", "Stranda", "Ei venskapsavtale med Kuopio finst ikkje.", {}),
    ("da", "Vejle", "Venskabsbyaftalen med Lübeck findes ikke længere.", {"Lübeck": ("twin", None)}),
    (
        "nl",
        "Gouda",
        "De stedenband met Lublin bestaat niet meer sinds de raad hem opzegde.",
        {"Lublin": ("twin", None)},
    ),
]

FIELDS = [
    (
        "da",
        "Billund",
        "19. Fornyelse af venskabsbyaftale med Jelgava\nSag: 26/1102\nSagsfremstilling: Billund og "
        "Jelgava i Letland underskrev en venskabsbyaftale i 2006.",
        {"Jelgava": ("twin", 2006)},
    ),
    ("da", "Odder", "Venskabsbyer\nSag: 24.10.00-A00-3-26\nLuleå i Sverige er venskabsby.", {"Luleå": ("twin", None)}),
    ("da", "Odder", "Venskabsbyer:\nLuleå: 1988\nTartu: 1993", {"Luleå": ("twin", None), "Tartu": ("twin", None)}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), EXPLORED + SETTLED)
def test_an_adopted_exploration_is_no_relation_an_adopted_proposal_is(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), DENIED_AFTER)
def test_a_link_said_not_to_exist_is_denied_one_no_longer_existing_is_kept(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), FIELDS)
def test_a_case_fields_label_is_no_town(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
