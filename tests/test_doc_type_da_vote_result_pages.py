"""doc_type family (Danish): a page whose body is vote tables, case lines and decision lines is a case_protocol
whatever its title names. "Afstemningsresultater", "Opfølgning på ..." or "Status ..." over a table of items with
For/Imod/Undlod counts and outcomes ("Vedtaget", "Forkastet", "Bortfaldet") or over a case's "Indstilling" and
"Beslutning" blocks is the record of a meeting, not a report (models/metadata/da.json `decisive_structure`).
Look-alikes keep their type: a strategy that tells that the council adopted it, an annual report with a table of
figures, a status report on a plan. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import doc_type, title

VOTE_PAGES = [
    "Aabenraa Kommune > Politik > Byrådet > Afstemningsresultater\n\n"
    "Afstemningsresultater – byrådets møde onsdag den 14. oktober 2026\n"
    "Til stede: 31 af 31 medlemmer\n\n"
    "Pkt.  Sag                                  For  Imod  Undl.  Resultat\n"
    "12    Godkendelse af dagsorden              31     0      0  Godkendt\n"
    "13    Lokalplan 88, Kystvejen               25     6      0  Vedtaget\n"
    "      Imod: Ø (3), F (3)\n"
    "14    Forslag fra SF om gratis frugt         6    25      0  Forkastet\n"
    "      For: F (3), Ø (3)\n"
    "15    Salg af grund, Møllevej 3             31     0      0  Godkendt\n"
    "16    Budgetopfølgning 2. kvartal            -     -      -  Taget til efterretning\n\n"
    "Bemærkninger\nAd pkt. 13: Enhedslisten ønskede flere almene boliger.\n"
    "Ad pkt. 14: Forslaget blev forkastet.\n",
    "Afstemninger i kommunalbestyrelsen\nMøde den 3. marts 2026\n\n"
    "Afstemning 1\nPunkt 4 · Takster for hjemmepleje 2026\nResultat: VEDTAGET   For: 15   Imod: 4   Undlod: 0\n"
    "Imod: Lise Berg (Ø), Ole Dam (Ø), Anne Kok (F), Per Holm (F)\n\n"
    "Afstemning 2\nPunkt 5 · Medlemsforslag om hundeskov\nResultat: FORKASTET   For: 9   Imod: 10   Undlod: 0\n"
    "For: Ø, F og V\n\n"
    "Afstemning 3\nPunkt 7 · Anlægsbevilling til ny daginstitution\nResultat: VEDTAGET   For: 19   Imod: 0\n\n"
    "Punkter uden afstemning\nPunkt 3  Godkendelse af dagsorden ...... Godkendt\n"
    "Punkt 6  Orientering om regnskab ...... Taget til efterretning\n",
    "Byrådet - resultater af afstemninger 26. november 2026\n\n"
    "Pkt  Emne                                   Resultat     For  Imod  Undlod\n"
    "1    Godkendelse af dagsorden               Godkendt      27     0       0\n"
    "2    Budget 2027, 2. behandling             Vedtaget      20     7       0\n"
    "3    Ændringsforslag fra Venstre            Forkastet     10    17       0\n"
    "4    Skolestruktur i Nordbyen               Bortfaldet    13    13       1\n"
    "5    Salg af ejendom (lukket)               Se lukket protokol\n\n"
    "Stemmefordeling\nPkt. 2  For: A 12, F 4, Ø 4   Imod: V 5, C 2\n"
    "Pkt. 3  For: V 5, C 2, O 3   Imod: A 12, F 4, Ø 1\nPkt. 4  For: A 12, Ø 1   Imod: V 5, C 2, O 3, F 3\n",
    "Opfølgning på byrådets beslutninger\nByrådets møde den 2. september 2026\n\n"
    "Punkt 101 Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
    "Punkt 102 Tillægsbevilling til vintertjeneste\nIndstilling\nØkonomiudvalget indstiller, at bevillingen gives.\n"
    "Beslutning\nVedtaget med 21 stemmer for og 4 imod. Ø og F stemte imod.\n\n"
    "Punkt 103 Status for klimaplanen\nBeslutning\nTaget til efterretning.\n\n"
    "Punkt 104 Forslag om nedlæggelse af skole\nBeslutning\nForkastet.\n",
    "Teknik- og Miljøudvalget\nMødedato: 9. februar 2026\n\n"
    "8. Orientering om opfølgning på trafikplanen\nSagsfremstilling\n"
    "Forvaltningen fremlægger status for trafikplanens projekter.\n"
    "Indstilling\nDirektøren indstiller, at orienteringen tages til efterretning.\n"
    "Beslutning\nTaget til efterretning.\n\n"
    "9. Opfølgning på vejvedligehold\nSagsfremstilling\nVejvedligeholdet følger planen.\n"
    "Indstilling\nDirektøren indstiller, at status godkendes.\nBeslutning\nGodkendt.\n",
    "14. Klimastrategi 2027\n\nIndstilling\n\nForvaltningen indstiller, at\n\n1. Klimastrategien godkendes.\n\n"
    "2. strategien sendes i høring.\n\nKlima og Miljø, 3. marts 2027, pkt. 14:\n\nAd. 1\n\n"
    "7 medlemmer anbefaler forslaget.\n\nAd. 2\n\nAnbefales.\n\nØkonomiudvalget, 10. marts 2027, pkt. 31:\n\n"
    "Ad 1\n\nGodkendt.\n\nAd 2\n\nAnbefales.\n",
]


@pytest.mark.parametrize("text", VOTE_PAGES)
def test_a_page_of_vote_tables_and_decisions_is_a_case_protocol_whatever_its_title(text: str) -> None:
    assert doc_type(text, title(text), "da") == "case_protocol"


LOOK_ALIKES = [
    (
        "strategy",
        "Klimastrategi 2026-2030\nVedtaget af byrådet den 24. juni 2026\n\n"
        "Indledning\nKommunen vil halvere udledningen af CO2 inden 2030.\nStrategien har fire indsatsområder.\n\n"
        "Indsatsområde 1: Energi\nVi udbygger fjernvarmen og solceller på kommunale bygninger.\n\n"
        "Indsatsområde 2: Transport\nVi udbygger cykelstierne og elbusserne.\n\n"
        "Indsatsområde 3: Natur\nVi planter 100 hektar skov.\n\n"
        "Indsatsområde 4: Borgere\nVi inddrager borgerne i den grønne omstilling.\n"
        "Strategien blev vedtaget med 25 stemmer for og 6 imod.\n",
    ),
    (
        "report",
        "Årsrapport 2025\nNøgletal\n\n"
        "Område               Budget   Regnskab   Afvigelse\n"
        "Skoler                 412        405          7\n"
        "Ældre                  388        395         -7\n"
        "Veje                    96         91          5\n"
        "Kultur                  44         44          0\n\n"
        "Årets resultater\nRegnskabet viser et overskud på 12 mio. kr.\n"
        "Anlægsprojekterne er gennemført som planlagt.\nÅrsrapporten blev godkendt af byrådet.\n",
    ),
    (
        "report",
        "Status for handleplan for cykling 2026\nStatusrapport per 1. september 2026\n\n"
        "Indsats 1: Cykelsti langs Ringvejen\nStatus: Projektet er gennemført.\n\n"
        "Indsats 2: Cykelparkering ved stationen\nStatus: Udskudt til 2027.\n\n"
        "Indsats 3: Kampagne for skolebørn\nStatus: I fuld gang.\n\n"
        "Handleplanen blev vedtaget af byrådet i 2024.\nByrådet tog statusrapporten til efterretning.\n",
    ),
]


@pytest.mark.parametrize(("expected", "text"), LOOK_ALIKES)
def test_a_plan_or_report_that_mentions_a_decision_keeps_its_type(expected: str, text: str) -> None:
    assert doc_type(text, title(text), "da") == expected
