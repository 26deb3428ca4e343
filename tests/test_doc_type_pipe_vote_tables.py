"""doc_type family (all languages): a page whose body is a pipe (or tab) table of numbered items with an outcome
cell ("| 2.1 | Ændringsforslag ... | Forkastet | 4 | 15 |", "| 3 | Motie vreemd ... | Verworpen | 9-18 |") is the
record of a meeting, a case_protocol, even when its title's compound ends in a report word ("Afstemningsresultater",
"Voteringsresultater", "Stemmingsuitslagen"). Look-alikes keep their type: a status report whose table lists numbered
actions with their progress, a strategy whose timeline row tells of its adoption. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import doc_type, title

VOTE_TABLE_PAGES = [
    (
        "da",
        "Forside > Politik > Byrådet > Møder > Afstemningsresultater\n\n"
        "Afstemningsresultater – Byrådet\nMøde onsdag den 11. marts 2026 kl. 17.00\nTil stede: 27 af 29\n\n"
        "Tabellen viser udfaldet af hvert punkt med stemmetal.\n\n"
        "| Pkt. | Titel | Resultat | For | Imod | Undlod |\n|---|---|---|---|---|---|\n"
        "| 1 | Godkendelse af dagsorden | Godkendt | | | |\n"
        "| 2 | Takster for svømmehallen 2027 | Vedtaget | 20 (A 12, V 8) | 7 (Ø 4, F 3) | |\n"
        "| 3 | Medlemsforslag om gratis busser | Forkastet | 7 | 20 | |\n"
        "| 4 | Kvartalsopfølgning på økonomien | Taget til efterretning | | | |\n"
        "| 5 | Salg af grund på Havnevej | Udsat | | | |\n\n"
        "Bemærkninger\nAd 5: Punktet behandles igen i april.\n",
    ),
    (
        "da",
        "Resultater af afstemninger, Kommunalbestyrelsen 2. juni 2026\n\n"
        "| Nr | Sag | Afgørelse |\n|----|-----|-----------|\n"
        "| 10 | Lokalplan 45, Skovparken | Enstemmigt vedtaget |\n"
        "| 11 | Anlægsbevilling til cykelsti | Godkendt 19-4 |\n"
        "| 12 | Ændringsforslag fra V om P-pladser | Nedstemt |\n"
        "| 13 | Årsregnskab 2025 | Anbefalet |\n"
        "| 14 | Udbud af rengøring | Bortfaldet |\n",
    ),
    (
        "nb",
        "Voteringsresultater – bystyrets møte 17. september 2026\n\n"
        "Oversikten viser utfallet av hver sak.\n\n"
        "| Sak | Tittel | Resultat | For | Mot |\n|---|---|---|---|---|\n"
        "| 101/26 | Godkjenning av innkalling og saksliste | Enstemmig vedtatt | 45 | 0 |\n"
        "| 102/26 | Reguleringsplan for Sjøsiden | Vedtatt | 31 | 14 |\n"
        "| 103/26 | Forslag fra Rødt om gratis SFO | Falt | 9 | 36 |\n"
        "| 104/26 | Tertialrapport 2 | Tatt til orientering | | |\n"
        "| 105/26 | Salg av tomt i Industriveien | Utsatt | | |\n",
    ),
    (
        "nb",
        "Formannskapet 3. februar 2026 - resultater\n\n"
        "| PS | Sak | Vedtak |\n|---|---|---|\n| 4/26 | Budsjettjustering | Vedtatt 7-2 |\n"
        "| 5/26 | Søknad om skjenkebevilling | Godkjent |\n| 6/26 | Interpellasjon om veilys | Tatt til orientering |\n"
        "| 7/26 | Forslag om ny idrettshall | Avvist |\n| 8/26 | Kommunal planstrategi | Vedtatt |\n",
    ),
    (
        "nn",
        "Røysteresultat – kommunestyret 24. april 2026\n\n"
        "| Sak | Tittel | Utfall |\n|---|---|---|\n| 20/26 | Godkjenning av innkalling | Samrøystes vedteke |\n"
        "| 21/26 | Reguleringsplan for Kaien | Vedteke 19-4 |\n| 22/26 | Framlegg frå Sp om skulestruktur | Fall |\n"
        "| 23/26 | Årsmelding 2025 | Teke til vitande |\n| 24/26 | Sal av kommunal bustad | Utsett |\n",
    ),
    (
        "nl",
        "Stemmingsuitslagen raadsvergadering 9 juli 2026\n\n"
        "| Nr. | Onderwerp | Uitslag | Stemverhouding |\n|---|---|---|---|\n"
        "| 1 | Vaststelling agenda | Vastgesteld | |\n| 2 | Jaarrekening 2025 | Aangenomen | 25-4 |\n"
        "| 3 | Motie M1 Groen schoolplein | Verworpen | 12-17 |\n| 4 | Amendement A1 Woningbouw | Ingetrokken | |\n"
        "| 5 | Benoeming lid rekenkamer | Unaniem aangenomen | 29-0 |\n",
    ),
    (
        "nl",
        "Resultaten gemeenteraad 30 januari 2026\n\n"
        "| Punt | Onderwerp | Besluit |\n|---|---|---|\n| 4 | Belastingreglement 2026 | Goedgekeurd |\n"
        "| 5 | Subsidie jeugdhuis | Aangenomen |\n| 6 | Voorstel N-VA over verlichting | Verworpen |\n"
        "| 7 | Samenwerking met OCMW | Goedgekeurd |\n| 8 | Rooilijnplan Kerkstraat | Aangehouden |\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), VOTE_TABLE_PAGES)
def test_a_pipe_table_of_numbered_items_with_outcome_cells_is_a_case_protocol(language: str, text: str) -> None:
    assert doc_type(text, title(text), language) == "case_protocol"


LOOK_ALIKES = [
    (
        "da",
        "report",
        "Statusrapport for klimahandleplanen 2026\n\nStatus pr. 1. september 2026 for planens indsatser.\n\n"
        "| Nr. | Indsats | Status | Ansvarlig |\n|---|---|---|---|\n"
        "| 1 | Solceller på skoler | Gennemført | Ejendomme |\n"
        "| 2 | Elbusser | I gang | Trafik |\n| 3 | Skovrejsning | Ikke startet | Natur |\n"
        "| 4 | Energirenovering | Forsinket | Ejendomme |\n| 5 | Cykelstier | Gennemført | Veje |\n",
    ),
    (
        "nb",
        "strategy",
        "Strategi for internasjonalt samarbeid 2026-2030\n\nStrategien bygger på kommuneplanens samfunnsdel.\n\n"
        "| År | Milepæl |\n|---|---|\n| 2025 | Strategien ble vedtatt av kommunestyret |\n"
        "| 2026 | Første handlingsplan |\n| 2028 | Midtveisevaluering |\n\n"
        "Innsatsområde 1: Vennskapsbyer\nInnsatsområde 2: Nettverk\nInnsatsområde 3: EU-prosjekter\n",
    ),
    (
        "nl",
        "report",
        "Voortgangsrapportage uitvoeringsprogramma duurzaamheid\n\nStand van zaken per 1 juli 2026.\n\n"
        "| Nr. | Actie | Stand van zaken |\n|---|---|---|\n| 1 | Zonnepanelen op sporthal | Afgerond |\n"
        "| 2 | Laadpalen | Loopt |\n| 3 | Groene daken | Vertraagd |\n| 4 | Warmtevisie | Afgerond |\n"
        "| 5 | Isolatieregeling | Loopt |\n",
    ),
]


@pytest.mark.parametrize(("language", "expected", "text"), LOOK_ALIKES)
def test_a_numbered_table_of_progress_or_milestones_keeps_its_type(language: str, expected: str, text: str) -> None:
    assert doc_type(text, title(text), language) == expected
