"""Reports, annual reports and trackers list many things: projects done, results, services, tasks, the
contents of one named theme, a plan's own parts. Without a cue announcing the strategy's themes (a plural
theme word or a count), none of these lists is a theme list."""

from __future__ import annotations

import pytest

NOT_THEMES = {
    "da": [
        "Årsrapport 2023\n\nI 2023 har vi bl.a. gennemført følgende projekter:\n\n"
        "- Ny cykelsti langs Ringvejen\n- Renovering af Vestre Skole\n- Tre nye legepladser",
        "Årsrapport 2023\n\nIndsatsområdet Sundhed\n\nI år har vi opnået disse resultater:\n\n"
        "- 300 borgere på rygestopkursus\n- Flere aktive seniorer\n- En ny sundhedsapp",
        "Status 2024\n\nUnder indsatsområdet Klima er der arbejdet med:\n\n"
        "- Energirenovering af skoler\n- Solceller på rådhuset\n- Grønne indkøb",
        "Kommunen tilbyder en række ydelser:\n\n- Hjemmehjælp\n- Madservice\n- Genoptræning\n- Hjælpemidler",
        "Handleplanen har tre opgaver i 2024:\n\n1. Udarbejde en ny trafikplan\n"
        "2. Gennemføre borgermøder\n3. Etablere et ungeråd",
        "Fokusområdet Læring omfatter følgende projekter:\n\n- Læsebånd\n- Lektiecafé\n- Sommerskole",
        "Temaet for årets konference var grøn omstilling.\n\nDagens program:\n\n- Velkomst\n- Oplæg\n- Debat",
        "Kommuneplanen består af to dele:\n\n- Hovedstrukturen\n- Rammedelen",
        "Inden for pejlemærket Uddannelse er der i år sket dette:\n\n- Ny ungdomsskole\n- Flere lærlinge",
    ],
    "nb": [
        "Årsrapport 2023\n\nI 2023 ble disse prosjektene gjennomført:\n\n"
        "- Ny gang- og sykkelvei\n- Rehabilitering av Solberg skole\n- Tre nye lekeplasser",
        "Årsmelding 2023\n\nSatsingsområdet Helse\n\nResultater i år:\n\n"
        "- 200 deltakere på frisklivskurs\n- Flere aktive eldre\n- Ny helseapp",
        "Under satsingsområdet klima har vi jobbet med:\n\n"
        "- Energiøkonomisering i skolene\n- Solceller på rådhuset\n- Grønne innkjøp",
        "Tjenester vi tilbyr:\n\n- Hjemmesykepleie\n- Praktisk bistand\n- Trygghetsalarm\n- Dagsenter",
        "Handlingsplanen har fire tiltak for 2024:\n\n1. Utarbeide ny trafikkplan\n2. Holde folkemøter\n"
        "3. Etablere ungdomsråd\n4. Kartlegge turstier",
        "Innsatsområdet Oppvekst består av følgende prosjekter:\n\n- Lesesatsing\n- Leksehjelp\n- Sommerskole",
        "Kommuneplanen består av to deler:\n\n- Samfunnsdelen\n- Arealdelen",
        "I fokusområdet folkehelse er følgende gjort:\n\n- Nye turstier\n- Gratis trening for seniorer",
    ],
    "nn": [
        "Årsmelding 2023\n\nI 2023 vart desse prosjekta gjennomførte:\n\n"
        "- Ny gang- og sykkelveg\n- Rehabilitering av Nordbø skule\n- Tre nye leikeplassar",
        "Satsingsområdet Helse\n\nResultat i år:\n\n"
        "- 200 deltakarar på frisklivskurs\n- Fleire aktive eldre\n- Ny helseapp",
        "Under satsingsområdet klima har vi arbeidd med:\n\n"
        "- Energiøkonomisering i skulane\n- Solceller på rådhuset\n- Grøne innkjøp",
        "Tenester vi tilbyr:\n\n- Heimesjukepleie\n- Praktisk bistand\n- Tryggleiksalarm",
        "Handlingsplanen har fire tiltak for 2024:\n\n1. Utarbeide ny trafikkplan\n2. Halde folkemøte\n"
        "3. Etablere ungdomsråd\n4. Kartleggje turstiar",
        "Innsatsområdet Oppvekst består av desse prosjekta:\n\n- Lesesatsing\n- Leksehjelp\n- Sommarskule",
        "Kommuneplanen består av to delar:\n\n- Samfunnsdelen\n- Arealdelen",
        "I fokusområdet folkehelse er dette gjort:\n\n- Nye turstiar\n- Gratis trening for seniorar",
    ],
    "nl": [
        "Jaarverslag 2023\n\nIn 2023 hebben we onder meer deze projecten uitgevoerd:\n\n"
        "- Nieuw fietspad langs de Ringweg\n- Renovatie van basisschool De Regenboog\n- Drie nieuwe speeltuinen",
        "Speerpunt Gezondheid\n\nResultaten dit jaar:\n\n"
        "- 200 deelnemers aan het beweegprogramma\n- Meer actieve ouderen\n- Nieuwe gezondheidsapp",
        "Binnen het thema klimaat hebben we gewerkt aan:\n\n"
        "- Verduurzaming van scholen\n- Zonnepanelen op het stadhuis\n- Groen inkopen",
        "Onze dienstverlening:\n\n- Paspoort aanvragen\n- Afval en grondstoffen\n- Parkeervergunning",
        "Het uitvoeringsprogramma kent vier acties voor 2024:\n\n1. Een nieuw verkeersplan opstellen\n"
        "2. Bewonersavonden houden\n3. Een jongerenraad oprichten\n4. Wandelroutes in kaart brengen",
        "De pijler Wonen omvat de volgende projecten:\n\n- Woonvisie\n- Starterslening\n- Tiny houses",
        "Het omgevingsplan bestaat uit:\n\n- Het beleidsdeel\n- Het regeldeel",
        "Voor de ambitie Groen hebben we dit jaar bereikt:\n\n- Vijf nieuwe parken\n- Tweeduizend bomen geplant",
    ],
}


@pytest.mark.parametrize(("language", "text"), [(lang, t) for lang, texts in NOT_THEMES.items() for t in texts])
def test_a_reports_lists_without_a_theme_cue_are_not_themes(labels, language, text):
    assert labels(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Indsatsområder\n\n| Indsatsområde | Status |\n|---|---|\n| Klima | I gang |\n| Uddannelse | Slut |"),
        ("nb", "Satsingsområder\n\n| Satsingsområde | Status |\n|---|---|\n| Klima | Pågår |\n| Utdanning | Ferdig |"),
        ("nn", "Satsingsområda\n\n| Satsingsområde | Status |\n|---|---|\n| Klima | Pågår |\n| Utdanning | Ferdig |"),
        ("nl", "Speerpunten\n\n| Speerpunt | Status |\n|---|---|\n| Groene omslag | Loopt |\n| Onderwijs | Afgerond |"),
    ],
)
def test_a_trackers_theme_column_gives_the_names_without_the_tables_pipes(labels, language, text):
    assert [label.casefold() for label in labels(text, language)][-1] in {"uddannelse", "utdanning", "onderwijs"}
    assert not any("|" in label for label in labels(text, language))
