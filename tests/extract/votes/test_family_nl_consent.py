"""Family: decisions settled by consent in Dutch verbatim minutes (nl).

The chair puts a proposal or a question to the council and it agrees without a vote: "(Instemming.)",
"Dat is het geval.", "Dat is niet het geval" after a call for objections, "Aldus besloten.". The row is the
agenda point's (its title is the subject when the put names nothing of its own); the outcome follows what
was put: postponement, taking note (also of a list of incoming documents whose proposed handling is all
'voor kennisgeving'), else adopted. Consent states no count: unanimous stays null. The order of business,
closing the meeting, the signature formula of an adopted text, a speaker's own assent in debate and a
question answered the wrong way are no decisions. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen van de openbare vergadering van de gemeenteraad\n\nvergadering van dinsdag 8 oktober 2024\n\n"
ITEM = "Agendapunt 11. Verordening maatschappelijke ondersteuning 2025\n\n"
TITLE = "Verordening maatschappelijke ondersteuning 2025"


@pytest.mark.parametrize(
    "turn",
    [
        "De VOORZITTER: Ik stel voor dat de raad daarmee instemt. (Instemming.) Dan is aldus besloten.",
        "De VOORZITTER: Kan de raad instemmen met het voorstel van het college? Dat is het geval.",
        "De voorzitter: Zijn er bezwaren tegen dit voorstel? Dat is niet het geval; dan is zo besloten.",
        "De heer Smit (CDA): Wij zijn blij met de aanpassing.\n\nDe VOORZITTER: Conform besloten.",
        "Voorzitter Van Dijk: Stemt de raad hiermee in?\n(Instemming.)",
        "De VOORZITTER: Wenst een van de leden stemming over dit voorstel?\nDat is niet het geval.\n"
        "Dan is het aldus besloten.",
        "De VOORZITTER: Kunnen wij hiermee akkoord gaan? Ja. Dienovereenkomstig besloten.",
        "De VOORZITTER: Is iedereen het daarmee eens?\n\n(Algemene instemming.)",
        "De VOORZITTER: Ik stel voor om conform het voorstel te besluiten. (Instemming.)",
        "De VOORZITTER: Ik stel voor het voorstel zonder stemming aan te nemen.\n\nAldus besloten.",
        "De VOORZITTER: Is de raad akkoord? (Instemming.)",
        "De VOORZITTER: Mag ik aannemen dat u daarmee instemt? (Instemming.)",
        "De VOORZITTER: Dan stel ik voor dat wij het voorstel aannemen. (Instemming.)",
    ],
)
def test_consent_without_a_vote_is_an_adopted_decision_of_the_agenda_point(turn):
    (row,) = votes(HEAD + ITEM + turn + "\n", "nl")
    assert (row.case_number, row.subject, row.outcome) == ("11", TITLE, "adopted")
    assert (row.unanimous, row.votes_for, row.votes_against) == (None, None, None)
    assert (row.body, row.meeting_date) == ("gemeenteraad", "2024-10-08")


@pytest.mark.parametrize(
    "turn",
    [
        "De VOORZITTER: Ik stel voor dit voorstel aan te houden tot de vergadering van 12 november. (Instemming.)",
        "De voorzitter stelt voor het agendapunt aan te houden. Zo besloten.",
        "De VOORZITTER: Kan de raad ermee instemmen het voorstel aan te houden tot de decembervergadering? "
        "Dat is het geval.",
        "De VOORZITTER: Ik stel u voor om de besluitvorming uit te stellen tot na het kerstreces.\n(Geen bezwaar.)",
        "De VOORZITTER: Zijn er bezwaren tegen het aanhouden van dit punt?\nDat is niet het geval.\n"
        "De VOORZITTER: Dan is aldus besloten.",
    ],
)
def test_consent_to_postpone_is_a_postponement_of_the_agenda_point(turn):
    (row,) = votes(HEAD + ITEM + turn + "\n", "nl")
    assert (row.case_number, row.subject, row.outcome) == ("11", TITLE, "postponed")


@pytest.mark.parametrize(
    ("turn", "subject"),
    [
        ("De VOORZITTER: Ik stel voor de raadsinformatiebrief voor kennisgeving aan te nemen. (Instemming.)", TITLE),
        ("De VOORZITTER: Kan de raad het rapport voor kennisgeving aannemen? Dat is het geval.", TITLE),
        ("De voorzitter stelt voor de evaluatie ter kennisgeving aan te nemen. Conform besloten.", TITLE),
        ("De VOORZITTER: Zijn er bezwaren om de brief voor kennisgeving aan te nemen? Niemand. Aldus besloten.", TITLE),
        (
            "De VOORZITTER: Ik stel voor kennis te nemen van de voortgangsrapportage.\n(Instemming.)",
            "kennis te nemen van de voortgangsrapportage",
        ),
    ],
)
def test_consent_to_take_note_only_is_noted(turn, subject):
    (row,) = votes(HEAD + ITEM + turn + "\n", "nl")
    assert (row.case_number, row.subject, row.outcome) == ("11", subject, "noted")


INCOMING = (
    "Agendapunt 3. Lijst ingekomen stukken\n\n"
    "A. Brief van de provincie over de begrotingscirculaire 2025.\nVoorstel afdoening: voor kennisgeving aannemen.\n"
    "B. Brief van de Vereniging van Nederlandse Gemeenten over de ledenraadpleging.\n"
    "Voorstel afdoening: {second}\n"
    "C. Verzoek van de dorpsraad om een ontmoetingsplek.\nAfdoening: voor kennisgeving.\n\n"
)


@pytest.mark.parametrize(
    "turn",
    [
        "De VOORZITTER: Kan de raad instemmen met de voorgestelde afdoening? Dat is het geval.",
        "De VOORZITTER: Ik stel voor de ingekomen stukken af te doen zoals voorgesteld. (Instemming.)",
        "De voorzitter: Zijn er bezwaren tegen de voorgestelde afdoening? Dat is niet het geval.",
    ],
)
def test_a_list_of_incoming_documents_all_taken_for_information_is_noted(turn):
    text = HEAD + INCOMING.format(second="voor kennisgeving aannemen.") + turn + "\n"
    (row,) = votes(text, "nl")
    assert (row.case_number, row.subject, row.outcome) == ("3", "Lijst ingekomen stukken", "noted")
    text = HEAD + INCOMING.format(second="in handen van het college stellen ter afdoening.") + turn + "\n"
    (row,) = votes(text, "nl")  # one document is handed on: the list decides more than taking note
    assert (row.case_number, row.outcome) == ("3", "adopted")


@pytest.mark.parametrize(
    "listing",
    [
        "Agendapunt 3. Lijst ingekomen stukken\n| Nr | Onderwerp | Voorstel afdoening |\n"
        "| 1 | Brief provincie over de begroting | Voor kennisgeving aannemen |\n"
        "| 2 | Brief VNG over de ledenraadpleging | voor kennisgeving |\n"
        "De VOORZITTER: Ik stel voor de stukken af te doen zoals voorgesteld. (Instemming.)\n",
        "Agendapunt 3. Lijst ingekomen stukken\n"
        "Brief van de Veiligheidsregio over de jaarstukken. Afdoening: voor kennisgeving.\n"
        "Brief van Stichting Dorpshuis over de exploitatie. Afdoening: voor kennisgeving.\n"
        "De VOORZITTER: Conform besloten.\n",
    ],
)
def test_a_table_or_inline_list_of_incoming_documents_taken_for_information_is_noted(listing):
    (row,) = votes(HEAD + listing, "nl")
    assert (row.case_number, row.subject, row.outcome) == ("3", "Lijst ingekomen stukken", "noted")


def test_each_agenda_point_settled_by_consent_is_its_own_row():
    text = (
        HEAD + "Agendapunt 4. Vaststelling van de agenda\n"
        "De VOORZITTER: Ik stel voor de agenda ongewijzigd vast te stellen. (Instemming.)\n\n"
        "Agendapunt 5. Benoeming lid rekenkamercommissie\n"
        "De VOORZITTER: Kan de raad hiermee instemmen? Dat is het geval.\n\n"
        "Agendapunt 6. Grondexploitatie De Weide\n"
        "De VOORZITTER: Ik stel voor dit punt aan te houden. Aldus besloten.\n"
    )
    rows = votes(text, "nl")
    assert [(r.case_number, r.subject, r.outcome) for r in rows] == [
        ("4", "de agenda ongewijzigd vast te stellen", "adopted"),
        ("5", "Benoeming lid rekenkamercommissie", "adopted"),
        ("6", "Grondexploitatie De Weide", "postponed"),
    ]


@pytest.mark.parametrize(
    "turn",
    [
        "De VOORZITTER: Ik stel voor de agendapunten 6 en 7 gezamenlijk te behandelen. (Instemming.)",
        "De VOORZITTER: Aan de orde is agendapunt 11. Ik geef het woord aan de heer Bos.",
        "De VOORZITTER: Ik sluit de vergadering om 22.40 uur.",
        "Aldus vastgesteld in de openbare vergadering van 12 november 2024.\nDe griffier, De voorzitter,",
        "Aldus besloten in de openbare vergadering van de raad van 12 november 2024.",
        "Aldus besloten\nin de openbare vergadering van 12 november 2024.\nDe griffier, De voorzitter,",
        "Aldus besloten\ndoor de raad van de gemeente Heuvelrug in zijn vergadering van 12 november 2024.",
        "De heer Jansen (VVD): Voorzitter, wij stemmen in met het voorstel.",
        "Mevrouw Bakker (GroenLinks): Mijn fractie kan met dit voorstel instemmen.",
        "De VOORZITTER: Zijn er nog vragen aan de wethouder? Dat is niet het geval.",
        "De VOORZITTER: Zijn er bezwaren? Dat is het geval. De heer Bos (SP) vraagt om stemming.",
        "De VOORZITTER: Kan de raad instemmen met het voorstel? Dat is niet het geval. Wij gaan stemmen.",
        "De VOORZITTER: Ik stel voor dat wij overgaan tot stemming. (Instemming.)",
        "Mevrouw Visser (PvdA): Kan de wethouder toezeggen dat de raad wordt betrokken?\nWethouder Bos: Ja.",
        "De heer Bos (SP): Kunnen we in de commissie nog terugkomen op dit punt? Ja.",
        "De heer Bos (SP): Ik stel voor dat het college eerst de inwoners raadpleegt.\n"
        "De heer Smit (CDA): Geen bezwaar.",
    ],
)
def test_order_of_business_closing_signatures_debate_and_refusals_are_no_rows(turn):
    assert votes(HEAD + ITEM + turn + "\n", "nl") == []


@pytest.mark.parametrize(
    ("turn", "subject"),
    [
        ("De VOORZITTER: Kan ik concluderen dat de raad met algemene stemmen instemt? Dat is het geval.", TITLE),
        (
            "De VOORZITTER: Ik stel voor de verordening unaniem vast te stellen. (Instemming.)",
            "de verordening unaniem vast te stellen",
        ),
    ],
)
def test_consent_is_unanimous_only_when_said(turn, subject):
    (row,) = votes(HEAD + ITEM + turn + "\n", "nl")
    assert (row.subject, row.outcome, row.unanimous, row.votes_against) == (subject, "adopted", True, 0)


def test_a_chairs_proposal_names_what_the_council_consents_to():
    turn = "De VOORZITTER: Ik stel voor dat de raad instemt met het voorstel tot wijziging van de APV. (Instemming.)"
    (row,) = votes(HEAD + ITEM + turn + "\n", "nl")
    assert (row.subject, row.outcome) == ("het voorstel tot wijziging van de APV", "adopted")


@pytest.mark.parametrize(
    "item",
    [
        "11. Verordening maatschappelijke ondersteuning 2025",
        "Agendapunt 11 – Verordening maatschappelijke ondersteuning 2025",
        "Punt 11: Verordening maatschappelijke ondersteuning 2025",
        "AGENDAPUNT 11\nVerordening maatschappelijke ondersteuning 2025",
        "11.\nVerordening maatschappelijke ondersteuning 2025",
    ],
)
def test_the_agenda_point_is_read_in_every_heading_shape(item):
    turn = "De VOORZITTER: Zijn er bezwaren? Dat is niet het geval; dan is zo besloten.\n"
    (row,) = votes(HEAD + item + "\n\n" + turn, "nl")
    assert (row.case_number, row.subject, row.outcome) == ("11", TITLE, "adopted")


FLEMISH = (
    "Notulen gemeenteraad\n\nZitting van maandag 21 oktober 2024\n\n5. Retributiereglement parkeren – wijziging\n\n"
)


@pytest.mark.parametrize(
    ("told", "outcome"),
    [
        ("De voorzitter vraagt of er bezwaren zijn tegen het voorstel. Niemand maakt bezwaar.", "adopted"),
        ("De voorzitter vraagt of de raad kan instemmen met het voorstel. Dat is het geval.", "adopted"),
        ("De voorzitter vraagt of er bezwaar is. Er zijn geen bezwaren. Aldus besloten.", "adopted"),
        (
            "De voorzitter vraagt of de gemeenteraad akkoord gaat met het uitstel van dit punt. (Instemming.)",
            "postponed",
        ),
        (
            "De voorzitter vraagt of de raad instemt met de verdaging naar de zitting van november.\n(Instemming.)",
            "postponed",
        ),
    ],
)
def test_a_put_told_in_the_third_person_is_settled_the_same_way(told, outcome):
    (row,) = votes(FLEMISH + told + "\n", "nl")
    assert (row.case_number, row.subject, row.outcome) == ("5", "Retributiereglement parkeren – wijziging", outcome)


@pytest.mark.parametrize(
    "told",
    [
        "De voorzitter vraagt of er bezwaren zijn. Raadslid Peeters heeft bezwaar. Er wordt gestemd.",
        "De voorzitter vraagt of er nog vragen zijn. Niemand.",
    ],
)
def test_a_told_put_without_consent_is_no_row(told):
    assert votes(FLEMISH + told + "\n", "nl") == []


@pytest.mark.parametrize(
    ("formula", "outcome", "unanimous"),
    [
        ("Zonder hoofdelijke stemming wordt overeenkomstig het voorstel besloten.", "adopted", None),
        (
            "Zonder beraadslaging en zonder hoofdelijke stemming wordt besloten overeenkomstig het voorstel.",
            "adopted",
            None,
        ),
        ("Zonder hoofdelijke stemming wordt dienovereenkomstig besloten.", "adopted", None),
        ("Zonder stemming wordt conform het voorstel van burgemeester en wethouders besloten.", "adopted", None),
        ("Zonder hoofdelijke stemming wordt besloten het voorstel aan te houden.", "postponed", None),
        (
            "Na een korte discussie wordt zonder hoofdelijke stemming overeenkomstig het voorstel besloten.",
            "adopted",
            None,
        ),
        (
            "De VOORZITTER constateert dat de raad zonder hoofdelijke stemming instemt met het voorstel.",
            "adopted",
            None,
        ),
        (
            "Zonder hoofdelijke stemming wordt met algemene stemmen besloten overeenkomstig het voorstel.",
            "adopted",
            True,
        ),
        ("Zonder hoofdelijke stemming wordt besloten de brief voor kennisgeving aan te nemen.", "noted", None),
    ],
)
def test_the_minutes_formula_of_a_decision_without_a_vote_is_a_row(formula, outcome, unanimous):
    (row,) = votes(HEAD + ITEM + formula + "\n", "nl")
    assert (row.case_number, row.subject, row.outcome, row.unanimous) == ("11", TITLE, outcome, unanimous)


@pytest.mark.parametrize(
    "finding",
    [
        "De VOORZITTER constateert dat de raad niet instemt met het voorstel.",
        "Ik constateer dat de raad geen bezwaar heeft tegen een schorsing van tien minuten.",
        "Ik stel vast dat wij het over de inhoud eens zijn, maar niet over de planning.",
    ],
)
def test_a_finding_of_no_consent_or_of_something_else_is_no_row(finding):
    assert votes(HEAD + ITEM + finding + "\n", "nl") == []


def test_consent_to_a_named_motion_or_amendment_is_about_it():
    text = (
        HEAD + "Agendapunt 11. Parkeerbeleid binnenstad\n\n"
        "Motie M3 van de heer Jansen (VVD) 'Gratis parkeren op zaterdag'\n"
        "De VOORZITTER: Ik stel voor de motie aan te houden. (Instemming.)\n\n"
        "Amendement A1 van GroenLinks 'Meer fietsparkeren'\n"
        "De VOORZITTER: Zijn er bezwaren tegen het amendement? Dat is niet het geval. Dan is het aldus besloten.\n\n"
        "De VOORZITTER: Ik stel voor dat de raad instemt met het geamendeerde voorstel. (Instemming.)\n"
    )
    rows = votes(text, "nl")
    assert [(r.subject, r.proposer_party, r.outcome) for r in rows] == [
        ("Motie M3 Gratis parkeren op zaterdag", "VVD", "postponed"),
        ("Amendement A1 Meer fietsparkeren", "GroenLinks", "adopted"),
        ("het geamendeerde voorstel", None, "adopted"),
    ]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "De VOORZITTER: Het voorstel is met algemene stemmen aangenomen.\n\nDe VOORZITTER: Dan is aldus besloten.",
            "adopted",
        ),
        ("Het voorstel wordt zonder stemming aangenomen. Aldus besloten.", "adopted"),
        ("De motie is verworpen met 10 stemmen voor en 20 tegen. Dan is zo besloten.", "rejected"),
        ("Kan het voorstel worden aangenomen? Dat is het geval. Het voorstel is aangenomen.", "adopted"),
    ],
)
def test_a_closer_after_the_recorded_outcome_adds_no_row(text, outcome):
    (row,) = votes(HEAD + ITEM + text + "\n", "nl")
    assert (row.case_number, row.outcome) == ("11", outcome)
