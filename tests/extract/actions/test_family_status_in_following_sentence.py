"""Progress reports whose items state their status only in a following sentence (snippets written for
these tests): a heading, a numbered item, a bullet or a "Title:" line names the item, a first sentence
describes it, and only the next one reports where it stands ("Arbeidet ble fullført i oktober.",
"Byggeriet er stoppet midlertidigt", "De bouw ligt tijdelijk stil", "Den gik i luften i november.").
A postponement to a year ("udskudt til 2026", "vedtatt å utsette oppstart til 2026") is a start not
yet made.

Look-alikes: the same shapes in a plan or on a news page, where the second sentence is a goal ("Vi vil
...", "Målet er ...") or news about people and opening hours, give no rows.
"""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

FOLLOWING = [
    (
        "nb",
        "Rapportering på handlingsdelen 2024\n"
        "\n"
        "2.1 Ny omsorgsbolig på Vik\n"
        "Boligen skal ha 12 leiligheter. Det er inngått kontrakt med entreprenør. Byggingen startet i august.\n"
        "2.2 Velferdsteknologi i hjemmetjenesten\n"
        "Tiltaket omfatter digitalt tilsyn. Innføringen er fullført i alle soner.\n",
        [("2.1", "Ny omsorgsbolig på Vik", "in_progress"), ("2.2", "Velferdsteknologi i hjemmetjenesten", "completed")],
    ),
    (
        "nn",
        "Rapportering på handlingsdelen 2024\n"
        "\n"
        "2.1 Ny omsorgsbustad på Vik\n"
        "Bustaden skal ha 12 husvære. Det er inngått kontrakt med entreprenør. Bygginga starta i august.\n"
        "2.2 Velferdsteknologi i heimetenesta\n"
        "Tiltaket omfattar digitalt tilsyn. Innføringa er fullført i alle soner.\n",
        [("2.1", "Ny omsorgsbustad på Vik", "in_progress"), ("2.2", "Velferdsteknologi i heimetenesta", "completed")],
    ),
    (
        "nb",
        "Årsrapport 2024\n"
        "\n"
        "Status for investeringsprosjektene\n"
        "\n"
        "Ny brannstasjon\n"
        "Det ble holdt anbudskonkurranse i vår. Kontrakten ble signert i juni, og byggingen er i gang.\n"
        "\n"
        "Rehabilitering av rådhuset\n"
        "Prosjektet har fått økt ramme. Det er vedtatt å utsette oppstart til 2026.\n",
        [(None, "Ny brannstasjon", "in_progress"), (None, "Rehabilitering av rådhuset", "not_started")],
    ),
    (
        "nn",
        "Årsmelding 2024\n"
        "\n"
        "Status for investeringsprosjekta\n"
        "\n"
        "Ny brannstasjon\n"
        "Det vart halde anbodskonkurranse i vår. Kontrakten vart signert i juni, og bygginga er i gang.\n"
        "\n"
        "Rehabilitering av rådhuset\n"
        "Prosjektet har fått auka ramme. Det er vedteke å utsetje oppstart til 2026.\n",
        [(None, "Ny brannstasjon", "in_progress"), (None, "Rehabilitering av rådhuset", "not_started")],
    ),
    (
        "da",
        "Status på indsatserne 2024\n"
        "\n"
        "Grønne tage på rådhuset\n"
        "Taget dækker 1.200 kvadratmeter og skal samle regnvand. Arbejdet blev afsluttet i maj.\n"
        "\n"
        "Flere ladestandere\n"
        "Der skal i alt opsættes 40 standere ved de kommunale bygninger. Udbuddet er endnu ikke sat i gang.\n",
        [(None, "Grønne tage på rådhuset", "completed"), (None, "Flere ladestandere", "not_started")],
    ),
    (
        "da",
        "Opfølgning på handleplanen\n"
        "\n"
        "1. Nyt aktivitetshus i Vestby\n"
        "Huset skal rumme foreninger og dagtilbud. Byggeriet er i gang og ventes færdigt i 2025.\n"
        "2. Bedre skolevej ved Møllevej\n"
        "Strækningen har mange krydsende biler. Projektet er sat på pause indtil videre.\n",
        [("1", "Nyt aktivitetshus i Vestby", "in_progress"), ("2", "Bedre skolevej ved Møllevej", "paused")],
    ),
    (
        "da",
        "Status for klimaindsatser\n"
        "\n"
        "• Elbusser i bytrafikken. Ordningen omfatter seks linjer. Den blev indført ved køreplansskiftet i august.\n"
        "• Energirenovering af skoler. Fire skoler indgår i første runde. Renoveringen er udskudt til 2026.\n",
        [(None, "Elbusser i bytrafikken", "completed"), (None, "Energirenovering af skoler", "paused")],
    ),
    (
        "da",
        "Status på handleplanen for trafiksikkerhed\n"
        "\n"
        "Hastighedsdæmpning på Skolevej: Vejen har mange bløde trafikanter om morgenen. "
        "Bump og chikaner er etableret i april.\n"
        "Belysning af stien til hallen: Stien er 800 meter lang. Arbejdet er endnu ikke påbegyndt.\n",
        [(None, "Hastighedsdæmpning på Skolevej", "completed"), (None, "Belysning af stien til hallen", "not_started")],
    ),
    (
        "da",
        "Årsrapport 2024 – status på projekterne\n"
        "\n"
        "Nyt bibliotek i Nordby\n"
        "Biblioteket skal samle to filialer under ét tag. "
        "Byggeriet er stoppet midlertidigt på grund af fund af forurenet jord.\n"
        "\n"
        "Ny hjemmeside for borgerservice\n"
        "Siden skal gøre selvbetjening lettere. Den gik i luften i november.\n",
        [(None, "Nyt bibliotek i Nordby", "paused"), (None, "Ny hjemmeside for borgerservice", "completed")],
    ),
    (
        "nb",
        "Status for tiltakene 2024\n"
        "\n"
        "Ny gang- og sykkelveg til Moa\n"
        "Vegen skal knytte skolen til boligfeltet. Arbeidet ble fullført i oktober.\n"
        "\n"
        "Digital byggesak\n"
        "Løsningen skal gi raskere svar til innbyggerne. Prosjektet er ikke startet ennå.\n",
        [(None, "Ny gang- og sykkelveg til Moa", "completed"), (None, "Digital byggesak", "not_started")],
    ),
    (
        "nb",
        "Oppfølging av handlingsplanen\n"
        "\n"
        "1. Flere lærlingplasser i kommunen\n"
        "Målet er 20 plasser innen 2026. Arbeidet pågår i alle sektorer.\n"
        "2. Ny brannstasjon på Heia\n"
        "Stasjonen skal erstatte to gamle stasjoner. Prosjektet er stilt i bero.\n",
        [("1", "Flere lærlingplasser i kommunen", "in_progress"), ("2", "Ny brannstasjon på Heia", "paused")],
    ),
    (
        "nb",
        "Status for tiltakene i trafikksikkerhetsplanen\n"
        "\n"
        "Fartsdempere i Skolevegen: Vegen har mye myk trafikk om morgenen. Fartsdemperne ble anlagt i april.\n"
        "Belysning av turstien til hallen: Stien er 800 meter lang. Arbeidet er ennå ikke påbegynt.\n",
        [(None, "Fartsdempere i Skolevegen", "completed"), (None, "Belysning av turstien til hallen", "not_started")],
    ),
    (
        "nb",
        "Årsrapport 2024 – status for prosjektene\n"
        "\n"
        "Nytt bibliotek på Nordby\n"
        "Biblioteket skal samle to filialer under ett tak. "
        "Byggingen er midlertidig stanset etter funn av forurenset grunn.\n"
        "\n"
        "Ny nettside for servicetorget\n"
        "Siden skal gjøre selvbetjening enklere. Den ble lansert i november.\n",
        [(None, "Nytt bibliotek på Nordby", "paused"), (None, "Ny nettside for servicetorget", "completed")],
    ),
    (
        "nb",
        "Rapportering på handlingsplanen\n"
        "\n"
        "• Ladepunkter ved rådhuset. Det skal settes opp 12 punkter. Arbeidet er i gang.\n"
        "• Solceller på Moa skole. Anlegget skal dekke en tredel av strømbehovet. Prosjektet er avsluttet.\n",
        [(None, "Ladepunkter ved rådhuset", "in_progress"), (None, "Solceller på Moa skole", "completed")],
    ),
    (
        "nn",
        "Status for tiltaka 2024\n"
        "\n"
        "Ny leikeplass på Moen\n"
        "Plassen skal ha utstyr for alle aldrar. Arbeidet vart fullført i juni.\n"
        "\n"
        "Betre kollektivtilbod til Nes\n"
        "Tilbodet skal gje fleire avgangar om kvelden. Tiltaket er ikkje starta enno.\n",
        [(None, "Ny leikeplass på Moen", "completed"), (None, "Betre kollektivtilbod til Nes", "not_started")],
    ),
    (
        "nn",
        "Oppfølging av handlingsdelen\n"
        "\n"
        "1. Ny symjehall i sentrum\n"
        "Hallen skal ha eit 25-metersbasseng. Bygginga er i gang.\n"
        "2. Gatelys med LED\n"
        "Om lag 900 lyspunkt skal skiftast. Prosjektet er utsett til 2026.\n",
        [("1", "Ny symjehall i sentrum", "in_progress"), ("2", "Gatelys med LED", "paused")],
    ),
    (
        "nn",
        "Status for tiltaka i trafikktryggingsplanen\n"
        "\n"
        "Fartsdumpar i Skulevegen: Vegen har mykje mjuk trafikk om morgonen. Fartsdumpane vart anlagde i april.\n"
        "Lys langs turstien til hallen: Stien er 800 meter lang. Arbeidet er enno ikkje påbyrja.\n",
        [(None, "Fartsdumpar i Skulevegen", "completed"), (None, "Lys langs turstien til hallen", "not_started")],
    ),
    (
        "nn",
        "Årsmelding 2024 – status for prosjekta\n"
        "\n"
        "Nytt bibliotek på Nordby\n"
        "Biblioteket skal samle to filialar under eitt tak. "
        "Bygginga er mellombels stansa etter funn av forureina grunn.\n"
        "\n"
        "Ny nettstad for servicetorget\n"
        "Sida skal gjere sjølvbetening enklare. Ho vart lansert i november.\n",
        [(None, "Nytt bibliotek på Nordby", "paused"), (None, "Ny nettstad for servicetorget", "completed")],
    ),
    (
        "nn",
        "Rapportering på handlingsplanen\n"
        "\n"
        "• Ladepunkt ved rådhuset. Det skal setjast opp 12 punkt. Arbeidet er i gang.\n"
        "• Solceller på Moen skule. Anlegget skal dekkje ein tredel av straumbehovet. Prosjektet er avslutta.\n",
        [(None, "Ladepunkt ved rådhuset", "in_progress"), (None, "Solceller på Moen skule", "completed")],
    ),
    (
        "nl",
        "Voortgang van de acties 2024\n"
        "\n"
        "Groene schoolpleinen\n"
        "Vijf scholen doen mee aan de eerste ronde. De aanleg is in juni afgerond.\n"
        "\n"
        "Deelauto's in de wijken\n"
        "Het college wil in elke wijk twee deelauto's. Het project is nog niet gestart.\n",
        [(None, "Groene schoolpleinen", "completed"), (None, "Deelauto's in de wijken", "not_started")],
    ),
    (
        "nl",
        "Stand van zaken uitvoeringsprogramma\n"
        "\n"
        "1. Nieuwe sporthal in Noord\n"
        "De hal krijgt drie zaaldelen. De bouw loopt volgens planning.\n"
        "2. Snelfietspad naar de stad\n"
        "Het tracé loopt langs het kanaal. Het project is uitgesteld tot 2026.\n",
        [("1", "Nieuwe sporthal in Noord", "in_progress"), ("2", "Snelfietspad naar de stad", "paused")],
    ),
    (
        "nl",
        "Voortgang verkeersveiligheidsplan\n"
        "\n"
        "Drempels in de Schoolstraat: De straat heeft 's ochtends veel fietsers. De drempels zijn in april aangelegd.\n"
        "\n"
        "Verlichting van het fietspad naar de sporthal: Het pad is 800 meter lang. "
        "De werkzaamheden zijn nog niet begonnen.\n",
        [
            (None, "Drempels in de Schoolstraat", "completed"),
            (None, "Verlichting van het fietspad naar de sporthal", "not_started"),
        ],
    ),
    (
        "nl",
        "Jaarverslag 2024 – stand van de projecten\n"
        "\n"
        "Nieuwe bibliotheek in Noord\n"
        "De bibliotheek brengt twee vestigingen onder één dak. De bouw ligt tijdelijk stil door vervuilde grond.\n"
        "\n"
        "Nieuwe website voor het klantcontactcentrum\n"
        "De site moet zelfservice makkelijker maken. Hij is in november live gegaan.\n",
        [
            (None, "Nieuwe bibliotheek in Noord", "paused"),
            (None, "Nieuwe website voor het klantcontactcentrum", "completed"),
        ],
    ),
    (
        "nl",
        "Voortgangsrapportage actieplan\n"
        "\n"
        "• Laadpalen bij het gemeentehuis. Er komen 12 laadpunten. De uitvoering is gestart.\n"
        "• Zonnepanelen op De Regenboog. De installatie levert een derde van de stroom. Het project is afgerond.\n",
        [(None, "Laadpalen bij het gemeentehuis", "in_progress"), (None, "Zonnepanelen op De Regenboog", "completed")],
    ),
]

NOT_REPORTS = [
    (
        "da",
        "Vores klimaplan\n"
        "\n"
        "Grønne tage på rådhuset\n"
        "Taget dækker 1.200 kvadratmeter. Vi vil bruge regnvandet til toiletterne.\n"
        "\n"
        "Flere ladestandere\n"
        "Der er stor efterspørgsel efter ladning. Målet er 40 nye standere i 2030.\n",
        [],
    ),
    (
        "da",
        "Nyheder fra kommunen\n"
        "\n"
        "Ny direktør i Teknik og Miljø\n"
        "Anne Hansen kommer fra Region Syd. Hun tiltræder 1. marts.\n"
        "\n"
        "Åbningstider i julen\n"
        "Borgerservice har lukket 24.-26. december. Der er åbent igen 27. december.\n",
        [],
    ),
    (
        "nb",
        "Vår klimaplan\n"
        "\n"
        "Grønne tak på rådhuset\n"
        "Taket er på 1200 kvadratmeter. Vi vil bruke regnvannet til toalettene.\n"
        "\n"
        "Flere ladepunkter\n"
        "Etterspørselen etter lading er stor. Målet er 40 nye ladepunkter innen 2030.\n",
        [],
    ),
    (
        "nb",
        "Nyheter fra kommunen\n"
        "\n"
        "Ny kommunedirektør\n"
        "Kari Berg kommer fra Viken. Hun tiltrer 1. mars.\n"
        "\n"
        "Åpningstider i julen\n"
        "Servicetorget holder stengt 24.–26. desember. Vi åpner igjen 27. desember.\n",
        [],
    ),
    (
        "nn",
        "Klimaplanen vår\n"
        "\n"
        "Grøne tak på rådhuset\n"
        "Taket er på 1200 kvadratmeter. Vi vil bruke regnvatnet til toaletta.\n"
        "\n"
        "Fleire ladepunkt\n"
        "Etterspurnaden etter lading er stor. Målet er 40 nye ladepunkt innan 2030.\n",
        [],
    ),
    (
        "nn",
        "Nytt frå kommunen\n"
        "\n"
        "Ny kommunedirektør\n"
        "Kari Berg kjem frå Vestland. Ho tek til 1. mars.\n"
        "\n"
        "Opningstider i jula\n"
        "Servicetorget held stengt 24.–26. desember. Vi opnar att 27. desember.\n",
        [],
    ),
    (
        "nl",
        "Ons klimaatplan\n"
        "\n"
        "Groene daken op het stadhuis\n"
        "Het dak is 1200 vierkante meter. Wij willen het regenwater gebruiken voor de toiletten.\n"
        "\n"
        "Meer laadpalen\n"
        "De vraag naar laadpunten groeit. Het doel is 40 nieuwe laadpalen in 2030.\n",
        [],
    ),
    (
        "nl",
        "Nieuws van de gemeente\n"
        "\n"
        "Nieuwe gemeentesecretaris\n"
        "Anne de Vries komt van de provincie. Zij begint op 1 maart.\n"
        "\n"
        "Openingstijden rond kerst\n"
        "Het klantcontactcentrum is gesloten van 24 tot en met 26 december. Vanaf 27 december zijn we weer open.\n",
        [],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), FOLLOWING)
def test_an_item_takes_the_status_of_a_later_sentence_in_its_report(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), NOT_REPORTS)
def test_descriptions_goals_and_news_after_a_heading_give_no_rows(language, text, expected):
    assert rows(text, language) == expected
