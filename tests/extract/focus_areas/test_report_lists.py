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


# Reports and minutes record what was done or decided: a weak theme word ("prioriterer", "målsætninger",
# "prioriteringer") needs a count there, and numbered goal headings ("Mål 1:", "Doel 1:") are that
# year's goals.
RECORDS = {
    "da": [
        "Økonomiudvalget\n\nPunkt 4. Budget 2025\n\nSagsfremstilling\nBudgetforslaget prioriterer:\n"
        "- Flere pædagoger\n- Renovering af skoler\n- Bedre veje\n\nBeslutning\nGodkendt.",
        "Årsrapport 2023\n\nMålsætninger for 2024\n\n- Sygefraværet skal ned\n- Flere i job\n- Kortere ventetid",
        "Årsrapport 2023\n\nPrioriteringer i 2023\n\nI år har vi prioriteret:\n\n"
        "- Nye daginstitutioner\n- Flere lærere\n- Bedre cykelstier",
        "Årsrapport 2022\n\nMål 1: Sygefraværet skal ned\n\nTekst.\n\nMål 2: Flere i job\n\nTekst.\n\n"
        "Mål 3: Kortere ventetid\n\nTekst.",
        "Årsrapport 2024\n\nHandleplanen havde tre hovedgreb i 2024:\n\n- Nye stier\n- Ny hal\n- Ny skole",
        "Byrådet\n\nSag 7 Anlægsbudget\n\nForvaltningen har prioriteret følgende anlæg:\n\n"
        "- Ny svømmehal\n- Nye cykelstier\n\nBeslutning\nTiltrådt.",
    ],
    "nb": [
        "Formannskapet\n\nSak 12/24 Budsjett 2025\n\nSaksutredning\nBudsjettet prioriterer:\n"
        "- Flere lærere\n- Nytt sykehjem\n- Bedre veier\n\nVedtak\nEnstemmig vedtatt.",
        "Årsrapport 2023\n\nPrioriteringer i 2023\n\nI år har vi prioritert:\n\n"
        "- Nye barnehager\n- Flere lærere\n- Bedre sykkelveier",
        "Årsmelding 2023\n\nMål for 2024\n\nMål 1: Sykefraværet skal ned\n\nTekst.\n\n"
        "Mål 2: Flere i arbeid\n\nTekst.\n\nMål 3: Kortere ventetid\n\nTekst.",
        "Årsmelding 2022\n\nI 2022 ble følgende prioritert:\n\n- Skolebygg\n- Veivedlikehold\n- Rekruttering",
        "Kommunestyret\n\nSak 30/23\n\nRådmannen har prioritert disse tiltakene:\n\n"
        "- Ny brannstasjon\n- Nytt gatelys\n\nVedtak\nVedtatt.",
        "Årsrapport 2024\n\nHandlingsplanen hadde tre hovedgrep i 2024:\n\n- Nye turstier\n- Ny hall\n- Ny skole",
    ],
    "nn": [
        "Formannskapet\n\nSak 12/24 Budsjett 2025\n\nSaksutgreiing\nBudsjettet prioriterer:\n"
        "- Fleire lærarar\n- Ny sjukeheim\n- Betre vegar\n\nVedtak\nSamrøystes vedteke.",
        "Årsmelding 2023\n\nI 2023 prioriterte vi:\n\n- Nye barnehagar\n- Fleire lærarar\n- Betre sykkelvegar",
        "Årsmelding 2023\n\nSatsingsområde i 2023\n\nI år har vi arbeidd med desse prosjekta:\n\n"
        "- Ny skule\n- Nytt bibliotek\n- Ny idrettshall",
        "Årsmelding 2023\n\nMål 1: Sjukefråværet skal ned\n\nTekst.\n\nMål 2: Fleire i arbeid\n\nTekst.\n\n"
        "Mål 3: Kortare ventetid\n\nTekst.",
        "Årsmelding 2022\n\nPrioriteringar i 2022\n\nDette vart prioritert:\n\n- Skulebygg\n- Vegvedlikehald",
        "Årsmelding 2024\n\nHandlingsplanen hadde tre hovudgrep i 2024:\n\n- Nye turstiar\n- Ny hall\n- Ny skule",
    ],
    "nl": [
        "Raadsvergadering\n\nAgendapunt 5: Begroting 2025\n\nDe begroting geeft prioriteit aan:\n"
        "- Meer handhavers\n- Renovatie van scholen\n- Betere wegen\n\nBesluit\nDe raad besluit:\n"
        "1. de begroting vast te stellen\n2. het krediet beschikbaar te stellen",
        "Jaarverslag 2023\n\nPrioriteiten in 2023\n\nDit jaar hebben we voorrang gegeven aan:\n\n"
        "- Nieuwe kinderopvang\n- Meer leraren\n- Betere fietspaden",
        "Jaarverslag 2023\n\nDoel 1: Het ziekteverzuim daalt\n\nTekst.\n\nDoel 2: Meer mensen aan het werk\n\n"
        "Tekst.\n\nDoel 3: Kortere wachttijden\n\nTekst.",
        "Voortgangsrapportage\n\nWat hebben we bereikt?\n\n- 500 woningen gebouwd\n- 2 nieuwe scholen",
        "Jaarverslag 2022\n\nOnze ambities voor volgend jaar:\n\n- Meer groen\n- Minder afval\n- Veiliger verkeer",
        "Jaarverslag 2024\n\nHet actieplan kende in 2024 drie stappen:\n\n- Nieuwe paden\n- Een sporthal\n- Een school",
    ],
}


@pytest.mark.parametrize(("language", "text"), [(lang, t) for lang, texts in RECORDS.items() for t in texts])
def test_reports_and_minutes_need_a_firm_theme_word(labels, language, text):
    assert labels(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "da",
            "Årsrapport 2023\n\nKommunen har fire fokusområder:\n\n- Klima\n- Sundhed\n- Læring\n- Erhverv",
            ["Klima", "Sundhed", "Læring", "Erhverv"],
        ),
        (
            "nb",
            "Årsmelding 2023\n\nKommunens satsingsområder er:\n\n- Klima\n- Helse\n- Oppvekst",
            ["Klima", "Helse", "Oppvekst"],
        ),
        (
            "nn",
            "Årsmelding 2023\n\nKommunen har tre satsingsområde:\n\n- Klima\n- Helse\n- Oppvekst",
            ["Klima", "Helse", "Oppvekst"],
        ),
        (
            "nl",
            "Jaarverslag 2023\n\nDe drie speerpunten van het college zijn:\n\n- Klimaat\n- Zorg\n- Wonen",
            ["Klimaat", "Zorg", "Wonen"],
        ),
        (
            "nn",
            "Årsmelding 2023\n\nKommunen skal prioritere tre område: folkehelse, busetjing og klima.",
            ["folkehelse", "busetjing", "klima"],
        ),
    ],
)
def test_a_report_that_names_its_themes_with_a_firm_word_or_a_count(labels, language, text, expected):
    assert labels(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "nl",
            "Omgevingsvisie 2040\n\nWe staan voor opgaven, zoals energie, klimaat en woningbouw.",
        ),
        (
            "nl",
            "Strategisch plan\n\nInwoners noemden ambities, zoals meer groen, minder verkeer en fietspaden.",
        ),
        ("da", "Strategi 2030\n\nMange temaer blev drøftet, fx trafik, skoler og boliger, og mere end 300 deltog."),
        ("nb", "Kommuneplan 2030\n\nMange tema ble tatt opp, blant annet trafikk, skoler og boliger, og 300 deltok."),
        (
            "nn",
            "Kommuneplan 2030\n\nMange tema vart tekne opp, mellom anna trafikk, skular og bustader, og 300 deltok.",
        ),
    ],
)
def test_an_everyday_theme_word_in_a_plans_running_text_announces_nothing(labels, language, text):
    assert labels(text, language) == []
