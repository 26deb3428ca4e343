"""Family (precision): meeting minutes are no action trackers. An agenda item postponed, a motion
withdrawn or held over ("verdaagd", "aangehouden", "ingetrokken", "utsatt", "udsat") is the meeting's
decision, recorded as a vote; agenda entries that name a report ("PS 42/24 Årsregnskap og
årsberetning") open no status section; "Arkivsak: 24/1402" is a field, not a project. Snippets
written for these tests in the style of minutes and decision lists."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions

MINUTES = [
    (
        "da",
        "Referat af byrådets møde den 12. marts 2024\n\nPunkt 41 Årsberetning 2023 for Musikskolen\n"
        "Beslutning: Godkendt.\n\nPunkt 42 Ny lokalplan for Havnen\nSagsnr.: 23/1187\n"
        "Beslutning: Sagen blev udsat til næste møde.\n\nPunkt 43 Salg af grund i Vestby\nBeslutning: Godkendt.",
    ),
    (
        "da",
        "Økonomiudvalget – referat\nMødedato: 4. april 2024\n\nSag nr. 12 Status på budgetopfølgning\n"
        "Beslutning: Sagen udsættes.\n\nSag nr. 13 Forslag fra Enhedslisten om gratis busser\n"
        "Beslutning: Forslaget blev trukket tilbage.",
    ),
    (
        "da",
        "Beslutningsprotokol\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Evaluering af ungdomsklubberne\n"
        "Beslutning: Udsat til mødet i juni.\n\n3. Meddelelser\nIngen.",
    ),
    (
        "nb",
        "MØTEPROTOKOLL\nUtvalg: Kommunestyret\nDato: 19.06.2024\n\nPS 41/24 Årsregnskap og årsberetning 2023\n"
        "Arkivsak: 24/1187\nVotering: Innstillingen ble enstemmig vedtatt.\n\nPS 42/24 Endring av reglement\n"
        "Arkivsak: 24/1402\nVedtak:\nSaken ble enstemmig utsatt til møtet 12.09.2024.",
    ),
    (
        "nb",
        "Formannskapet – protokoll\nDato: 03.04.2024\n\nSak 12/24 Orientering om status i barnevernet\n"
        "Vedtak: Saken tas til orientering.\n\nSak 13/24 Forslag om ny hall\nVedtak: Forslaget ble trukket tilbake.",
    ),
    (
        "nb",
        "Møtebok\n\n1. Godkjenning av innkalling\nEnstemmig godkjent.\n\n2. Tertialrapport 1/2024\n"
        "Vedtak: Saken ble sendt tilbake til kommunedirektøren.\n\n3. Eventuelt\nIngen saker.",
    ),
    (
        "nn",
        "MØTEPROTOKOLL\nUtval: Kommunestyret\nDato: 30.11.2023\n\nPS 95/23 Årsmelding 2022 for kulturskulen\n"
        "Arkivsak: 23/4410\nVedtak: Samrøystes vedteke.\n\nPS 96/23 Revisjon av reglement\nArkivsak: 23/2201\n"
        "Vedtak:\nSaka vert utsett til første møte i 2024.",
    ),
    (
        "nn",
        "Formannskapet – møtebok\nDato: 14.03.2024\n\nSak 5/24 Orientering om status for bygginga av skulen\n"
        "Vedtak: Saka vart teken til vitande.\n\nSak 6/24 Framlegg om ny kai\nVedtak: Framlegget vart trekt tilbake.",
    ),
    (
        "nn",
        "Møtebok\n\n1. Godkjenning av innkalling\nSamrøystes godkjent.\n\n2. Evaluering av skulestrukturen\n"
        "Vedtak: Saka vert utsett.\n\n3. Referatsaker\nTekne til vitande.",
    ),
    (
        "nl",
        "Notulen gemeenteraad\nZitting van maandag 23 september 2024\n\n2. Jaarverslag 2023 van de cultuurraad\n"
        "De gemeenteraad neemt kennis van het jaarverslag.\n\n3. Aanpassing meerjarenplan nr. 6\n"
        "Amendement: het krediet voor de heraanleg wordt verschoven naar 2026.\n\n"
        "4. Samenwerkingsovereenkomst sporthal\n"
        "Dit punt wordt verdaagd naar de zitting van oktober.",
    ),
    (
        "nl",
        "Besluitenlijst raadsvergadering 11 november 2024\n\n4. Woonvisie\n"
        "Motie M3 (D66) 'Woningdelen stimuleren': ingetrokken.\nMotie M4 (SP) 'Onderzoek erfpacht': aangehouden.",
    ),
    (
        "nl",
        "Besluitenlijst van de vergadering van de raad\n\nAgendapunt 6: Jaarrekening 2023\n"
        "Besluit: aangenomen met 30 stemmen voor en 5 tegen.\n\nAgendapunt 7: Verordening parkeren\n"
        "Besluit: het voorstel wordt aangehouden tot de volgende vergadering.",
    ),
]


@pytest.mark.parametrize(("language", "text"), MINUTES)
def test_minutes_with_postponed_items_and_withdrawn_motions_give_no_actions(language, text):
    doc = document_from_text(text, language=language, municipality="Testkommune", doc_type="case_protocol")
    assert actions.extract(doc) == []


def test_a_status_orientation_in_minutes_still_reports_its_projects():
    text = (
        "Børne- og Uddannelsesudvalget – referat\n\nPunkt 12 Status på byggeprojekter\n"
        "Udvalget orienteres i denne sag om igangværende byggeprojekter på skoleområdet.\n\n"
        "Nordskolen, tagrenovering\nRenoveringen af tagene er afsluttet, og skolen er taget i fuld brug.\n\n"
        "Vestby Børnehus\nArbejdet med byggeprogrammet er påbegyndt og forventes afsluttet i 2025."
    )
    doc = document_from_text(text, language="da", municipality="Testkommune", doc_type="case_protocol")
    assert [(r.title, r.status) for r in actions.extract(doc)] == [
        ("Nordskolen, tagrenovering", "completed"),
        ("Vestby Børnehus", "in_progress"),
    ]


CASES_WITH_A_FATE = [
    (
        "da",
        "Pkt. 92  Ansøgning om dispensation – sommerhus ved Klitten\nSagen er trukket af forvaltningen.\n\n"
        "Pkt. 93  Affaldsplan 2026\nBeslutning: Anbefales.",
    ),
    ("da", "Ad 80 – Lokalplan 1.76\nSagen blev udsat på mødet.\n\nAd 81 – Salg af jord\nGodkendt."),
    (
        "da",
        "Sag 14/2026 Ny skolestruktur\nForslaget er bortfaldet efter afstemning.\n\n"
        "Sag 15/2026 Budgetopfølgning\nTaget til efterretning.",
    ),
    (
        "da",
        "Punkt 7 Renovering af svømmehallen\nSagen er afsluttet med denne beslutning.\n\nPunkt 8 Meddelelser\nIngen.",
    ),
    ("da", "Pkt. 3 Trafiksikkerhedsplan\nSagen afventer en ny høring og er sat i bero.\n\nPkt. 4 Eventuelt"),
    (
        "nb",
        "PS 63/26 Reguleringsplan for Vindal næringsområde\nSaken ble trukket av ordføreren ved møtets start.\n\n"
        "PS 64/26 Årsmelding\nTatt til orientering.",
    ),
    (
        "nb",
        "Sak 12/26 Ny barnehage på Sørbyen\nSaken er ferdigbehandlet.\n\nSak 13/26 Referatsaker\nTatt til orientering.",
    ),
    ("nb", "PS 21/26 Salg av tomt\nSaken ble trukket av rådmannen.\n\nPS 22/26 Budsjettjustering\nVedtatt."),
    ("nb", "Sak 30/26 Kommunal planstrategi\nArbeidet er stilt i bero i påvente av ny lov.\n\nSak 31/26 Eventuelt"),
    ("nb", "PS 5/26 Skolebruksplan\nSaken er sendt på høring og avsluttet i utvalget.\n\nPS 6/26 Meldinger"),
    (
        "nn",
        "PS 41/26 Plan for Nes\nSaka vart trekt av direktøren.\n\nPS 42/26 Årsmelding\nTeke til vitande.",
    ),
    ("nn", "Sak 8/26 Ny brannstasjon\nSaka er ferdig handsama.\n\nSak 9/26 Referatsaker"),
    ("nn", "PS 12/26 Skulestruktur\nArbeidet er sett på vent.\n\nPS 13/26 Eventuelt"),
    ("nn", "Sak 20/26 Kjøp av tomt\nSaka er avslutta.\n\nSak 21/26 Meldingar"),
    ("nn", "PS 3/26 Kommuneplan\nSaka er ikkje starta opp att.\n\nPS 4/26 Val"),
    (
        "nl",
        "2026_GR_00077 - Verkoop perceel Larum\nBesluit: Dit punt wordt uitgesteld tot de volgende zitting.\n\n"
        "2026_GR_00078 - Samenwerking woonbeleid\nBesluit: goedgekeurd.",
    ),
    (
        "nl",
        "Agendapunt 6 Verkoop gemeentegrond\nHet voorstel is ingetrokken door het college.\n\nAgendapunt 7 Rondvraag",
    ),
    ("nl", "Punt 4 Herinrichting marktplein\nDe behandeling is afgerond.\n\nPunt 5 Sluiting"),
    (
        "nl",
        "Agendapunt 9 Jaarrekening\nHet punt is stilgelegd in afwachting van de accountant.\n\nAgendapunt 10 Sluiting",
    ),
    (
        "nl",
        "2026_GR_00102 - Aankoop pand Stationsstraat\nBesluit: Dit punt wordt van de agenda gehaald.\n\n"
        "2026_GR_00103 - Mondelinge vragen",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES_WITH_A_FATE)
def test_what_happens_to_a_case_of_the_meeting_is_no_action(language, text):
    doc = document_from_text(text, language=language, municipality="Testkommune", doc_type="case_protocol")
    assert actions.extract(doc) == []
