"""Follow-up pages quote decisions as tracker entries: a "Vedtak:" / "Beslutning:" line with the
tracker's fields under it (responsible unit, status, comment, deadline). The entry reports on an
earlier decision, so it is no row, and a sentence inside its comment field ("Reguleringsplanen er
godkjent") is no decision either. A decision block with one remark line under it stays a decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

ENTRIES = {
    "nb": [
        "Sak 112/2023\nVedtak: Kartlegge behovet for nye sykehjemsplasser\nAnsvarlig: Helse og omsorg\n"
        "Status: Fullført\nKommentar: Kartleggingen ble lagt fram i juni.",
        "Sak 7/2024\nVedtak: Gratis leksehjelp på alle barneskoler\nStatus: Under arbeid\nFrist: 31.12.2024",
        "PS 23/24\nVedtak:\nTrafikksikkerhetsplanen revideres.\nAnsvar: Samfunnsutvikling\nStatus: Ikke påbegynt",
        "Sak: 45/23 Gang- og sykkelvei ved skolen\nUtvalg: Kommunestyret\nAnsvarlig: Kommunalsjef\n"
        "Frist: 30.06.2025\n\nStatus: Under arbeid\n\nKommentar:\nReguleringsplanen er godkjent, og anleggsarbeidet "
        "startet i mai.",
        "Sak 58/2024\nVedtak: Nytt kulturhus i sentrum\nAnsvarlig: Kultur\nStatus: Stilt i bero\n"
        "Kommentar: Saken ble utsatt i påvente av tomtevalg.",
    ],
    "nn": [
        "Sak 14/2023\nVedtak: Greie ut nytt symjeanlegg\nAnsvarleg: Kultur\nStatus: Ikkje starta",
        "Sak 30/2024\nVedtak: Gratis kjernetid i SFO\nAnsvarleg eining: Oppvekst\nStatus: Fullført\n"
        "Kommentar: Innført frå august.",
        "PS 8/24\nVedtak:\nPlanen for kommunale vegar vert revidert.\nStatus: Under arbeid\nFrist: 01.06.2025",
        "Sak 41/2024\nVedtak: Ladepunkt ved alle kommunale bygg\nAnsvar: Eigedom\nStatus: Delvis gjennomført",
        "Sak 52/2023\nVedtak: Ny gangbru over elva\nStatus: Under arbeid\nKommentar: Reguleringsplanen vart "
        "vedteken i mars, og arbeidet er sett i gang.",
    ],
    "da": [
        "Sag 112/2023\nBeslutning: Kortlægning af behovet for plejeboliger\nAnsvarlig: Sundhed og Omsorg\n"
        "Status: Afsluttet",
        "Sag 7/2024\nBeslutning: Gratis lektiehjælp på alle skoler\nStatus: I gang\nDeadline: 31.12.2024",
        "Sag 23/2024\nBeslutning:\nTrafiksikkerhedsplanen revideres.\nAnsvar: Teknik og Miljø\nStatus: Ikke startet",
        "Sag 31/2024\nBeslutning: Ny svømmehal i Nordby\nAnsvarlig: Kultur\nStatus: Sat i bero\n"
        "Kommentar: Sagen blev udsat i byrådet i juni.",
        "Sag 61/2024\nBeslutning: Ladestandere ved kommunale bygninger\nStatus: Delvist gennemført\n"
        "Tidsplan: Færdig i 2025",
    ],
}

HEADS = {
    "nb": "Oppfølging av politiske vedtak\nRapport per 2. tertial 2024\n\n",
    "nn": "Oppfølging av politiske vedtak\nRapport per 2. tertial 2024\n\n",
    "da": "Opfølgning på politiske beslutninger\nStatus pr. 1. september 2024\n\n",
}


@pytest.mark.parametrize(("language", "entry"), [(lang, e) for lang, entries in ENTRIES.items() for e in entries])
def test_a_decision_quoted_as_a_tracker_entry_is_no_row(language, entry):
    assert votes(HEADS[language] + entry + "\n", language) == []


@pytest.mark.parametrize(
    ("language", "text", "outcome"),
    [
        (
            "nb",
            "Utvalg: Bystyret\nMøtedato: 18.06.2024\n\nPS 5/24 Ny gatebelysning\nVedtak:\n"
            "Bystyret vedtar ny plan for gatebelysning.\nMerknad: Ordføreren var inhabil.",
            "adopted",
        ),
        (
            "nb",
            "Utvalg: Bystyret\nMøtedato: 18.06.2024\n\nPS 6/24 Status for byggeprosjektet\nVedtak:\n"
            "Statusrapporten tas til orientering.",
            "noted",
        ),
        (
            "nn",
            "Utval: Kommunestyret\nMøtedato: 30.11.2023\n\nPS 7/23 Ny kyrkjegard\nVedtak:\n"
            "Kommunestyret vedtek ny plan for kyrkjegarden.\nStatus: Vedteke.",
            "adopted",
        ),
        (
            "da",
            "Byrådet\nMødedato: 27. januar 2020\n\n12. Ny skolestruktur\n\nBeslutning:\n"
            "Byrådet godkendte den nye skolestruktur.\nBemærkning: Borgmesteren var inhabil.",
            "adopted",
        ),
    ],
)
def test_a_decision_block_with_one_remark_under_it_is_still_a_decision(language, text, outcome):
    assert [r.outcome for r in votes(text + "\n", language)] == [outcome]
