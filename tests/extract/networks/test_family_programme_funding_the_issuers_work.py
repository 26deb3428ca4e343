"""A programme named as the money for what the municipality itself does ('met de steun van het Europees Fonds ...
vernieuwen we de vismijnsite', 'Med støtte fra Interreg ... renoverer kommunen havnen', 'dankzij Erasmus+ sturen we
leerkrachten naar Spanje') is a programme it takes part in, though no participation word is written. When the money
goes to another actor (a club, a museum, a school) or no doer is named, the programme stays a funding source."""

from __future__ import annotations

import pytest

FUNDING_THE_ISSUER = [
    (
        "nl",
        "Nieuwpoort",
        "- Vissersdorp 2030: dankzij het Europees Fonds voor Maritieme Zaken, Visserij en Aquacultuur vernieuwen we "
        "de vismijnsite.",
        "European Maritime Fisheries and Aquaculture Fund",
    ),
    ("nl", "Zemst", "Dankzij Erasmus+ sturen we elk jaar twintig leerkrachten naar Spanje.", "Erasmus+"),
    ("da", "Vejle", "Med støtte fra Interreg Deutschland-Danmark renoverer kommunen havnen.", "Interreg"),
    ("nb", "Bodø", "Med støtte fra Erasmus+ sender kommunen hvert år lærlinger til Luleå.", "Erasmus+"),
    ("nl", "Gent", "Met middelen uit LIFE legt de stad een nieuw overstromingsgebied aan.", "LIFE"),
]

FUNDING_ANOTHER_ACTOR = [
    ("nl", "Zemst", "De voetbalclub bouwt met steun van Erasmus+ een nieuw jeugdprogramma uit.", "Erasmus+"),
    ("nl", "Zemst", "Met steun van Erasmus+ trekt de lokale muziekschool naar Spanje.", "Erasmus+"),
    ("da", "Vejle", "Projektet gennemføres med støtte fra LIFE.", "LIFE"),
]


@pytest.mark.parametrize(("language", "town", "text", "name"), FUNDING_THE_ISSUER)
def test_a_programme_funding_the_issuers_own_work_is_a_row(rows, language, town, text, name):
    assert name in rows(text, language, town)


@pytest.mark.parametrize(("language", "town", "text", "name"), FUNDING_ANOTHER_ACTOR)
def test_a_programme_funding_another_actor_or_no_doer_is_no_row(rows, language, town, text, name):
    assert name not in rows(text, language, town)
