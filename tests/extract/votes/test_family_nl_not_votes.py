"""Family: Dutch texts that look like decisions but record none (nl).

Explanations of vote, the proposal in a raadsvoorstel ("De raad wordt voorgesteld te besluiten",
"Beslispunten"), lists of toezeggingen, ingekomen stukken with a proposed handling, an agenda without
results and a "Voorstel:" without a result give no row. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = "Gemeenteraad\n\nRaadsvergadering van 12 maart 2024\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Stemverklaring: de fractie van de VVD zal tegen het voorstel stemmen omdat de ambitie ontbreekt.\n",
        "Stemverklaringen\n\nDe SP legt een stemverklaring af: wij stemmen tegen vanwege de huren.\n",
        "Mevrouw Jansen (CDA) geeft een stemverklaring: het CDA stemt voor, met pijn in het hart.\n",
        "Stemverklaring GroenLinks: wij zullen instemmen met het voorstel.\n",
        "De heer Bos (PvdD) legt een stemverklaring af. Zijn fractie stemt tegen de motie.\n",
    ],
)
def test_an_explanation_of_vote_is_no_vote(text):
    assert votes(MEETING + "5. Woonvisie\n\n" + text, "nl") == []


@pytest.mark.parametrize(
    "text",
    [
        "De raad wordt voorgesteld te besluiten:\n1. het bestemmingsplan Kern Oost vast te stellen;\n"
        "2. geen exploitatieplan vast te stellen.\n",
        "Beslispunten\n1. De raad stelt het bestemmingsplan vast.\n2. De raad stemt in met de nota van zienswijzen.\n",
        "Voorstel: de Sportnota 2024-2028 vast te stellen.\nToelichting: de nota is in de commissie besproken.\n",
        "Voorgestelde beslissing\nDe gemeenteraad keurt het reglement met algemene stemmen goed.\n",
        "Wij stellen u voor te besluiten:\nde verordening vast te stellen.\n",
    ],
)
def test_the_proposal_of_a_raadsvoorstel_is_no_decision(text):
    assert votes("Raadsvoorstel\n\nOnderwerp: Bestemmingsplan Kern Oost\n\n" + text, "nl") == []


@pytest.mark.parametrize(
    "text",
    [
        "Lijst van toezeggingen\n\nNr. 12 Wethouder De Boer zegt toe de raad te informeren. Status: afgedaan\n",
        "Toezegging: de burgemeester zegt toe het evaluatierapport aan de raad te sturen.\n",
        "Ingekomen stukken\n\na. Brief van Stichting Groen Dorp. Voorstel: voor kennisgeving aannemen.\n",
        "Ingekomen stukken\n\nb. Brief van de provincie. Voorgestelde afhandeling: in handen van het college.\n",
        "Agenda\n\n1. Opening\n2. Vaststellen agenda\n3. Raadsvoorstel Woonvisie 2024-2030\n"
        "4. Motie vreemd aan de orde: Sluiting zwembad (SP)\n5. Sluiting\n",
    ],
)
def test_toezeggingen_ingekomen_stukken_and_agendas_give_no_row(text):
    assert votes(MEETING + text, "nl") == []


@pytest.mark.parametrize(
    "text",
    [
        "Het college stelt de raad voor het bestemmingsplan vast te stellen.\n",
        "In 2019 heeft de raad het bestemmingsplan Centrum vastgesteld.\n",
        "De raad zal in juni over de nota besluiten.\n",
        "Het voorstel wordt in de volgende vergadering ter besluitvorming voorgelegd.\n",
        "De commissie adviseert het voorstel als hamerstuk te behandelen.\n",
    ],
)
def test_background_plans_and_advice_give_no_row(text):
    assert votes(MEETING + "6. Bestemmingsplan Dorpsstraat\n\n" + text, "nl") == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("De raad heeft dinsdagavond ingestemd met het voorstel om de stedenband op te zeggen.\n", 1),
        ("De gemeenteraad heeft met algemene stemmen ingestemd met de regionale energiestrategie.\n", 1),
        ("In 2019 heeft de raad ingestemd met de woonvisie.\n", 0),
        ("De raad heeft eerder ingestemd met de kaders voor de nieuwbouw.\n", 0),
        ("De gemeenteraad heeft op 4 maart 2021 ingestemd met het bestemmingsplan.\n", 0),
    ],
)
def test_a_reported_consent_is_a_decision_unless_it_recalls_an_earlier_one(text, rows):
    assert len(votes(MEETING + text, "nl")) == rows
