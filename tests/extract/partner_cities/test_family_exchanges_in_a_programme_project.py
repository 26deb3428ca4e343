"""A town named as the other side of an exchange in a programme's project ('- «X» (Erasmus+, 2025-2026):
ungdomsutveksling med Kuopio i Finland') is a project partner: the exchange word is often a compound
('ungdomsutveksling', 'jongerenuitwisseling'), in any of the four languages, in a list item or a sentence. An exchange
of a school or a club, an exchange of experience with neighbours about services, or one that no longer exists names
no partner."""

from __future__ import annotations

import pytest

EXCHANGES = [
    ("nb", "Tynset", "- «Unge stemmer» (Erasmus+, 2025-2026): ungdomsutveksling med Kuopio i Finland.", "Kuopio"),
    (
        "nn",
        "Tinn",
        "EU-PROSJEKT\n- «Unge røyster» (Erasmus+, 2025-2026): ungdomsutveksling med\n  Jyväskylä i Finland.",
        "Jyväskylä",
    ),
    ("nb", "Tynset", "Erasmus+-prosjektet «Unge stemmer» er en ungdomsutveksling med Kuopio i Finland.", "Kuopio"),
    ("nb", "Tynset", "Gjennom Erasmus+ har kommunen en ungdomsutveksling med Kuopio i Finland.", "Kuopio"),
    (
        "nl",
        "Berkelland",
        "Het Erasmus+-project 'Jong in Europa' is een jongerenuitwisseling met Borken in Duitsland.",
        "Borken",
    ),
    (
        "nl",
        "Berkelland",
        "- 'Jong in Europa' (Erasmus+, 2025-2026): jongerenuitwisseling met Borken in Duitsland.",
        "Borken",
    ),
    ("da", "Vejen", 'Erasmus+-projektet "Ung i Europa" er en udveksling af unge med Oulu i Finland.', "Oulu"),
    ("da", "Vejen", '- "Ung i Europa" (Erasmus+, 2024-2026): ungdomsudveksling med Oulu i Finland.', "Oulu"),
]

WRAPPED = [
    ("nb", "Tynset", "- «Unge stemmer» (Erasmus+, 2025-2026): ungdomsutveksling med\nKuopio i Finland.", "Kuopio"),
    ("da", "Vejen", '- "Ung i Europa" (Erasmus+, 2024-2026): samarbejde med\n  Oulu i Finland.', "Oulu"),
    (
        "nl",
        "Berkelland",
        "- 'Jong in Europa' (Erasmus+, 2025-2026): jongerenuitwisseling met\n  Borken in Duitsland.",
        "Borken",
    ),
]

NOT_PARTNERS = [
    (
        "nb",
        "Sigdal",
        "Den videregående skolen i Sigdal har i mange år hatt elevutveksling\nmed Kuhmo i Finland, uten "
        "noen avtale mellom kommunene.",
    ),
    ("nl", "Berkelland", "- 'Jong in Europa' (Erasmus+): leerlingenuitwisseling met Borken."),
    ("nb", "Tynset", "- Kulturskolen (2025): utveksling med\n  Kuopio hvert år."),
    ("da", "Vejen", "- Ældreområdet: erfaringsudveksling med\n  Kolding om hjemmepleje."),
    (
        "nb",
        "Tynset",
        "Tynset ungdomsskole har elevutveksling med en skole i Kuopio, men dette er ikke en avtale mellom kommunene.",
    ),
    ("nb", "Tynset", "Kommunen har erfaringsutveksling med Os og Tolga om barnevern."),
    ("da", "Vejen", "Vejen Kommune har en løbende erfaringsudveksling med Kolding og Billund om affald."),
    ("nl", "Berkelland", "Er is een jaarlijkse uitwisseling van ambtenaren met de buurgemeente Winterswijk."),
    (
        "nn",
        "Tinn",
        "Tinn skule har brevutveksling med ein skule i Tallinn. Det er ikkje ein avtale mellom kommunane.",
    ),
    ("da", "Vejen", "Der er ingen udveksling med Oulu længere."),
    ("nb", "Tynset", "Kulturskolen har utveksling med Kuopio hvert år."),
]


@pytest.mark.parametrize(("language", "issuer", "text", "city"), EXCHANGES + WRAPPED)
def test_the_other_side_of_a_programme_exchange_is_a_project_partner(rows, language, issuer, text, city):
    assert rows(text, language, issuer) == {city: ("project_partner", None)}


def test_a_town_on_the_line_after_a_phrase_that_named_its_own_town_is_no_partner(rows):
    text = "- «Unge stemmer» (Erasmus+, 2025-2026): ungdomsutveksling med Kuopio\nTartu vurderer å bli med."
    assert rows(text, "nb", "Tynset") == {"Kuopio": ("project_partner", None)}


@pytest.mark.parametrize(("language", "issuer", "text"), NOT_PARTNERS)
def test_school_club_and_experience_exchanges_name_no_partner(rows, language, issuer, text):
    assert rows(text, language, issuer) == {}
