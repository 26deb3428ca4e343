"""Family: a plan, strategy or programme (da, nb, nn), or a Danish status or annual report, records no votes.

A strategy tells that the council adopted it ("Vedtaget af byrådet den 24. juni 2026", "Vedteke av kommunestyret
12.03.2026"), a status report that the council took it note of, and both list their own content in decision words
("Indsatsen er godkendt", "Tiltaket ble vedtatt i 2024"): none of it is a vote the document records. The
document's type (pipeline metadata) says so (models/votes/<lang>.json `voteless_doc_types`); a vote-result page
titled "Afstemningsresultater" is minutes by its vote table and keeps its votes. All text is written for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from tests.extract.votes.helpers import votes

DA_BODY = (  # a plan's further chapters: its type is read from the whole document, not from a few lines
    "\nOrganisering\nForvaltningen følger op på indsatserne hvert år.\nDer er afsat 2 mio. kr. om året.\n"
    "Byrådet orienteres årligt om fremdriften.\n\nSamarbejde\nKommunen samarbejder med regionen og erhvervslivet.\n"
    "Også foreninger og skoler deltager.\nNye partnere inddrages, hvor det giver mening.\n"
)
NO_BODY = (
    "\nOrganisering\nKommunedirektøren følger opp tiltakene hvert år.\nDet er satt av 2 millioner kroner årlig.\n"
    "Kommunestyret orienteres årlig om framdriften.\n\nSamarbeid\nKommunen samarbeider med fylket og næringslivet.\n"
    "Også lag og skoler deltar.\nNye partnere tas inn der det passer.\n"
)
NN_BODY = (
    "\nOrganisering\nKommunedirektøren følgjer opp tiltaka kvart år.\nDet er sett av 2 millionar kroner årleg.\n"
    "Kommunestyret vert orientert årleg om framdrifta.\n\nSamarbeid\nKommunen samarbeider med fylket og næringslivet.\n"
    "Også lag og skular er med.\nNye partnarar vert tekne inn der det passar.\n"
)
PLANS = [
    (
        "da",
        "Klimastrategi 2026-2030\nVedtaget af byrådet den 24. juni 2026\n\nIndsatsområder\n"
        "Byrådet har vedtaget fire indsatsområder:\n1. Energi\n2. Transport\n3. Natur\n4. Borgerinddragelse\n"
        "Strategien blev vedtaget med 25 stemmer mod 6.\n",
    ),
    (
        "da",
        "Status for klimahandleplan 2026\nStatusrapport per 1. september 2026\n\n"
        "Indsats 1: Solceller på skoler\nStatus: Gennemført. Byrådet godkendte anlægsbevillingen i marts.\n"
        "Indsats 2: Elbusser\nStatus: Udskudt til 2027.\nØkonomiudvalget tog statusrapporten til efterretning.\n",
    ),
    (
        "da",
        "Handleplan for erhverv og turisme 2026-2028\nKolding Kommune\n\nBaggrund\n"
        "Handleplanen blev godkendt af byrådet den 3. februar 2026 med 27 stemmer for.\n"
        "Indsats 1: Flere overnatninger\nIndsats 2: Bedre skiltning\n",
    ),
    (
        "da",
        "International strategi 2026-2029\nVarde Kommune\n\nVores mål\nStrategien er vedtaget af byrådet.\n"
        "Venskabsbysamarbejdet med Pärnu er godkendt og videreføres.\nEt forslag om nye venskabsbyer blev forkastet.\n",
    ),
    (
        "da",
        "Landdistriktsstrategi 2026-2030\nVedtaget af kommunalbestyrelsen 28. april 2026\n\nFokusområder\n"
        "1. Levende landsbyer\n2. Natur og friluftsliv\n3. Mobilitet\nStrategien blev enstemmigt vedtaget.\n",
    ),
    (
        "nb",
        "Klima- og miljøstrategi 2026-2030\nVedtatt av kommunestyret 12. mars 2026\n\nSatsingsområder\n"
        "Kommunestyret vedtok fire satsingsområder:\n1. Energi\n2. Transport\n3. Natur\n4. Forbruk\n"
        "Planen ble vedtatt med 31 mot 4 stemmer.\n",
    ),
    (
        "nb",
        "Kommuneplanens samfunnsdel 2026-2038\nStrategi for Lyngdal kommune\n\nVisjon\n"
        "Samfunnsdelen ble enstemmig vedtatt i kommunestyret 18. juni 2026.\nMål 1: Flere arbeidsplasser\n",
    ),
    (
        "nb",
        "Handlingsprogram for folkehelse 2026-2029\nVedtatt i kommunestyret sak 45/26\n\nTiltak\n"
        "Tiltak 1: Gratis svømming for barn - vedtatt\nTiltak 2: Flere turstier - vedtatt\n",
    ),
    (
        "nb",
        "Strategi for næringsutvikling 2026-2030\nRingerike kommune\n\nBakgrunn\n"
        "Strategien ble vedtatt av kommunestyret med 28 mot 9 stemmer.\nMål: 500 nye arbeidsplasser.\n",
    ),
    (
        "nb",
        "Internasjonal strategi 2026-2030\nBodø kommune\n\nInnledning\nStrategien er vedtatt av bystyret.\n"
        "Et forslag om nye vennskapsbyer falt.\nSamarbeidet med Kemi videreføres.\n",
    ),
    (
        "nn",
        "Kommuneplanen sin samfunnsdel 2026-2036\nVedteke av kommunestyret 12.03.2026\n\nSatsingsområde\n"
        "Kommunestyret vedtok tre satsingsområde:\n1. Busetting\n2. Næring\n3. Klima\n"
        "Planen vart vedteken med 17 mot 4 røyster.\n",
    ),
    (
        "nn",
        "Strategi for reiseliv 2026-2030\nVinje kommune\n\nBakgrunn\n"
        "Strategien vart samrøystes vedteken i kommunestyret 20. mai 2026.\nMål: fleire overnattingar.\n",
    ),
    (
        "nn",
        "Handlingsprogram for trafikktryggleik 2026-2029\nVedteke i kommunestyret sak 33/26\n\nTiltak\n"
        "Tiltak 1: Fortau langs skulevegen - vedteke\nTiltak 2: Gangfelt ved butikken - vedteke\n",
    ),
    (
        "nn",
        "Handlingsplan for klima 2026-2030\nVolda kommune\n\nInnleiing\nPlanen er vedteken av kommunestyret.\n"
        "Framlegget om ein eigen klimasjef fall.\nArbeidet med ladestasjonar held fram.\n",
    ),
    (
        "nn",
        "Strategi for kultur 2026-2030\nVedteke av kommunestyret 11.06.2026\n\nSatsingar\n"
        "Kommunestyret vedtok å satse på kulturskulen.\nStrategien vart vedteken med 15 mot 2 røyster.\n",
    ),
]
BODY = {"da": DA_BODY, "nb": NO_BODY, "nn": NN_BODY}


@pytest.mark.parametrize(("language", "text"), PLANS)
def test_a_plan_strategy_or_status_report_records_no_votes(language: str, text: str) -> None:
    text += BODY[language]
    assert document_from_text(text, language=language).doc_type in {"strategy", "programme", "report", "evaluation"}
    assert votes(text, language) == []


def test_a_danish_vote_result_page_keeps_its_votes() -> None:
    text = (
        "Afstemningsresultater – byrådets møde onsdag den 14. oktober 2026\nTil stede: 31 af 31 medlemmer\n\n"
        "Pkt.  Sag                                  For  Imod  Undl.  Resultat\n"
        "12    Godkendelse af dagsorden              31     0      0  Godkendt\n"
        "13    Lokalplan 88, Kystvejen               25     6      0  Vedtaget\n"
        "      Imod: Ø (3), F (3)\n"
        "14    Forslag fra SF om gratis frugt         6    25      0  Forkastet\n"
        "      For: F (3), Ø (3)\n"
        "15    Salg af grund, Møllevej 3             31     0      0  Godkendt\n\n"
        "Bemærkninger\nAd pkt. 13: Enhedslisten ønskede flere almene boliger.\n"
        "Ad pkt. 14: Forslaget blev forkastet.\n" + DA_BODY
    )
    assert document_from_text(text, language="da").doc_type == "case_protocol"
    assert votes(text, "da") != []


def test_minutes_adopting_a_strategy_record_the_vote() -> None:
    text = (
        "Referat af byrådets møde den 24. juni 2026\n\nPunkt 7 Klimastrategi 2026-2030\n"
        "Indstilling\nDirektionen indstiller, at strategien vedtages.\n"
        "Beslutning\nVedtaget med 25 stemmer for og 6 imod.\n"
    )
    assert [(r.outcome, r.votes_for) for r in votes(text, "da")] == [("adopted", 25)]
