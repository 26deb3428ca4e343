"""A joining whose decision is still to be taken is no membership: the decision dated in the future in the mention's
sentence ('Over de ondertekening van X neemt de raad in het najaar een besluit', 'Kommunestyret skal i mars behandle
innmelding i X'), in the sentence after a question or request ('Tydal med i X? Saken kommer opp i januar'), or in a
list item's remark under a membership heading ('- X: Kommunestyret skal i 2026 ta stilling til om ...'). A membership
the sentence states, a joining done, or a pending renewal of a membership held stays a row."""

from __future__ import annotations

import pytest

PENDING = [
    (
        "nl",
        "Gennep",
        "Over de ondertekening van het Burgemeestersconvenant (Covenant of Mayors) neemt de raad in het "
        "najaar een besluit.",
        "Covenant of Mayors",
    ),
    (
        "nl",
        "Venlo",
        "Over toetreding tot Energy Cities neemt de gemeenteraad op 12 maart 2027 een besluit.",
        "Energy Cities",
    ),
    (
        "nl",
        "Aalst",
        "Het voorstel om aan te sluiten bij Eurocities wordt in de gemeenteraad van juni voorgelegd.",
        "Eurocities",
    ),
    (
        "nl",
        "Lochem",
        "De aansluiting bij Klimaatverbond Nederland komt in het voorjaar op de agenda van de raad.",
        "Klimaatverbond Nederland",
    ),
    ("nl", "Mol", "Of Mol lid wordt van Cittaslow, zal de gemeenteraad na de zomer beslissen.", "Cittaslow"),
    (
        "nl",
        "Zwolle",
        "Een lidmaatschap van ICLEI wordt\nna de begrotingsbehandeling ter besluitvorming voorgelegd.",
        "ICLEI",
    ),
    ("nb", "Tydal", "Innmelding i Sunne kommuner kommer opp i kommunestyret i januar.", "Sunne kommuner"),
    ("nb", "Bodø", "Kommunestyret skal i mars behandle innmelding i Eurocities.", "Eurocities"),
    ("nb", "Moss", "Spørsmålet om medlemskap i Energy Cities skal behandles av bystyret i juni 2027.", "Energy Cities"),
    (
        "nb",
        "Hamar",
        "Formannskapet skal ta endelig stilling til tilslutning til Covenant of Mayors høsten 2026.",
        "Covenant of Mayors",
    ),
    ("nb", "Lillestrøm", "Medlemskap i ICLEI legges fram for kommunestyret\ni februar.", "ICLEI"),
    (
        "nn",
        "Askvoll",
        "Kommunestyret skal i løpet av 2026 handsame innmelding i Covenant of Mayors.",
        "Covenant of Mayors",
    ),
    ("nn", "Volda", "Søknad om medlemskap i Sunne kommunar kjem opp i kommunestyret i april.", "Sunne kommuner"),
    ("nn", "Stord", "Tilslutning til Energy Cities vert lagt fram for formannskapet i haust.", "Energy Cities"),
    ("nn", "Voss", "Spørsmålet om Voss skal slutte seg til Cittaslow skal heradsstyret handsame i mai.", "Cittaslow"),
    ("nn", "Førde", "Medlemskap i Eurocities skal kommunestyret ta stilling til\netter sommaren.", "Eurocities"),
    ("da", "Ærø", "Indmeldelse i Energy Cities kommer op i kommunalbestyrelsen i marts.", "Energy Cities"),
    ("da", "Sorø", "Byrådet skal i juni behandle tilslutning til Covenant of Mayors.", "Covenant of Mayors"),
    ("da", "Vejle", "Spørgsmålet om medlemskab af Eurocities forelægges byrådet efter sommerferien.", "Eurocities"),
    ("da", "Odder", "Byrådet træffer endelig beslutning om deltagelse i Cittaslow\ni efteråret 2026.", "Cittaslow"),
    ("da", "Furesø", "Tilslutning til ICLEI skal afgøres af kommunalbestyrelsen i 2027.", "ICLEI"),
]

NEXT_SENTENCE = [
    ("nb", "Tydal", "Les også:\n> Tydal med i Sunne kommuner? Saken kommer opp i januar", "Sunne kommuner"),
    ("nn", "Gloppen", "Gloppen med i Cittaslow? Saka kjem opp i kommunestyret i mars.", "Cittaslow"),
    ("nl", "Peer", "Toetreding tot Energy Cities? De raad neemt in oktober een besluit.", "Energy Cities"),
    ("nl", "Oss", "Voorstel tot aansluiting bij ICLEI. Dit wordt in november aan de raad voorgelegd.", "ICLEI"),
    ("da", "Læsø", "Læsø med i Cittaslow? Sagen kommer op på byrådsmødet i maj.", "Cittaslow"),
    ("da", "Skive", "Forslag om tilslutning til Eurocities. Byrådet skal behandle sagen i april.", "Eurocities"),
]

LISTED = [
    (
        "nn",
        "Askvoll",
        "Medlemskap i nettverk og organisasjonar\n- Sunne kommunar: Askvoll vart teken opp som medlem i "
        "nettverket hausten 2024.\n- Borgarmeisterpakta (Covenant of Mayors): Kommunestyret skal i løpet av 2026 ta "
        "stilling til om Askvoll skal slutte seg til pakta.",
        "Covenant of Mayors",
    ),
    (
        "nb",
        "Hamar",
        "Nettverk kommunen er med i\n- Sunne kommuner: Hamar har vært medlem siden 2015.\n- Eurocities: "
        "Bystyret skal i juni ta stilling til om Hamar skal melde seg inn i nettverket.",
        "Eurocities",
    ),
    (
        "da",
        "Sorø",
        "Netværk vi er medlem af\n- Cittaslow: Sorø har været medlem siden 2016.\n- Energy Cities: Byrådet "
        "skal i efteråret tage stilling til, om kommunen skal melde sig ind i netværket.",
        "Energy Cities",
    ),
    (
        "nl",
        "Gennep",
        "Netwerken waar Gennep lid van is\n- Cittaslow: Gennep is sinds 2025 lid van het netwerk.\n- "
        "Eurocities: de raad neemt in het najaar een besluit over de vraag of Gennep lid wordt.",
        "Eurocities",
    ),
    (
        "nl",
        "Tielt",
        "Netwerken waar Tielt lid van is\n- Cittaslow: Tielt is sinds 2019 lid van het netwerk.\n- "
        "Energy Cities: over de toetreding zal de gemeenteraad in maart beslissen.",
        "Energy Cities",
    ),
]

HELD = [
    (
        "nb",
        "Bodø",
        "Kommunestyret skal i mars behandle en ny strategi for arbeidet i Eurocities, "
        "der Bodø har vært medlem siden 2019.",
        "Eurocities",
    ),
    (
        "nl",
        "Venlo",
        "De raad neemt in maart een besluit over het werkplan voor Energy Cities, waarvan Venlo sinds 2015 lid is.",
        "Energy Cities",
    ),
    (
        "nl",
        "Gennep",
        "Gennep is sinds 2015 lid van Cittaslow. De raad neemt in het najaar een besluit over de begroting.",
        "Cittaslow",
    ),
    (
        "nl",
        "Venlo",
        "Over de verlenging van het lidmaatschap van Energy Cities neemt de raad in maart een besluit.",
        "Energy Cities",
    ),
    (
        "nl",
        "Aalst",
        "Aalst trad in 2019 toe tot Eurocities; de evaluatie wordt in juni aan de raad voorgelegd.",
        "Eurocities",
    ),
    (
        "nb",
        "Bodø",
        "Bodø ble medlem av Eurocities i 2019. Kommunestyret skal i mars behandle budsjettet.",
        "Eurocities",
    ),
    ("nb", "Moss", "Bystyret skal i juni behandle fornyelse av medlemskapet i Energy Cities.", "Energy Cities"),
    (
        "nn",
        "Volda",
        "Volda er med i Sunne kommunar, og kommunestyret skal i april handsame ein ny folkehelseplan.",
        "Sunne kommuner",
    ),
    ("nn", "Voss", "Voss har vore medlem av Cittaslow sidan 2018. Saka om ny kontingent kjem opp i mai.", "Cittaslow"),
    (
        "da",
        "Ærø",
        "Ærø blev medlem af Energy Cities i 2019. Klimaplanen kommer op i kommunalbestyrelsen i marts.",
        "Energy Cities",
    ),
    (
        "da",
        "Sorø",
        "Byrådet skal i juni behandle forlængelse af medlemskabet af Covenant of Mayors.",
        "Covenant of Mayors",
    ),
    (
        "da",
        "Sorø",
        "Netværk vi er medlem af\n- Cittaslow: Sorø har været medlem siden 2016.\n- Energy Cities: Efter "
        "at have overvejet det i et år meldte kommunen sig ind i netværket i 2020.",
        "Energy Cities",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), PENDING)
def test_a_joining_whose_decision_is_still_to_be_taken_is_no_membership(rows, language, town, text, name):
    assert name not in rows(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "name"), NEXT_SENTENCE)
def test_a_question_or_request_dated_by_the_next_sentence_is_no_membership(rows, language, town, text, name):
    assert name not in rows(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "name"), LISTED)
def test_a_listed_item_whose_remark_only_awaits_a_decision_is_no_membership(rows, language, town, text, name):
    assert name not in rows(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "name"), HELD)
def test_a_membership_held_or_renewed_beside_a_pending_decision_stays(rows, language, town, text, name):
    assert name in rows(text, language, town)
