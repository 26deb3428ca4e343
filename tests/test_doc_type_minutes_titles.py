"""doc_type family: Norwegian minutes whose title names the genre with a short word ("Protokoll",
"Vedtaksprotokoll", "Vedtaksliste") are case protocols, in Bokmål and Nynorsk. Titles that only mention a
protocol inside another genre (a plan, a strategy) keep that genre. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import doc_type

MINUTES = [
    ("nn", "Fjelldal kommune | Utval for oppvekst | Protokoll\n\nMøte: Utval for oppvekst\nDato: 3. mars 2026\n\n"
           "Sak OP-12/26 Skulerute 2027\nSamrøystes vedteke."),
    ("nn", "VESTDAL KOMMUNE          VEDTAKSPROTOKOLL\nFormannskapet - 4. juni 2026\n\nSak\tTittel\tRøysting\n"
           "21/26\tBudsjettjustering\tSamrøystes"),
    ("nn", "Vedtaksliste - Utval for plan og næring\nMøte 14.04.2026\n\n| Saknr | Sakstittel | Vedtak |\n"
           "| 12/26 | Dispensasjon | Gjeve |"),
    ("nb", "Nordby kommune - Protokoll\nHovedutvalg for helse 2. mai 2026\n\nSak 14/26 Ny legevakt\n"
           "Innstillingen ble vedtatt."),
    ("nb", "Vedtaksprotokoll\nFormannskapet 12. mars 2026\n\nPS 22/26 Salg av tomt\nEnstemmig vedtatt."),
    ("nb", "Vedtaksliste for kommunestyret 20. juni 2026\n\n33/26 Årsmelding 2025\tVedtatt"),
]


@pytest.mark.parametrize(("language", "text"), MINUTES)
def test_a_short_protocol_title_makes_minutes(language, text):
    assert doc_type(text, text.splitlines()[0], language) == "case_protocol"


LOOK_ALIKES = [
    ("nb", "Strategi for internasjonalt samarbeid 2026-2029\n\nStrategien har tre innsatsområder. Den ble vedtatt "
           "av kommunestyret, se protokoll fra møtet 12. mars.\n\nInnsatsområde 1: Skole\nInnsatsområde 2: Klima"),
    ("nn", "Kommuneplanen sin samfunnsdel 2026-2038\n\nSamfunnsdelen vart vedteken i kommunestyret (sjå protokoll "
           "frå møtet).\n\nSatsingsområde 1: Folkehelse\nSatsingsområde 2: Næring"),
]


@pytest.mark.parametrize(("language", "text"), LOOK_ALIKES)
def test_a_protocol_mentioned_in_a_strategy_keeps_the_strategy(language, text):
    assert doc_type(text, text.splitlines()[0], language) == "strategy"


def test_a_news_page_pointing_to_the_protocol_is_no_protocol():
    text = (
        "Nordby kommune > Aktuelt\n\nDette vedtok kommunestyret 4. mai\n\nKommunestyret behandlet ni saker. Den "
        "fullstendige protokollen publiseres når den er godkjent.\n\nNY SKOLE\nKommunestyret vedtok å bygge ny skole."
    )
    assert doc_type(text, "Dette vedtok kommunestyret 4. mai", "nb") != "case_protocol"
