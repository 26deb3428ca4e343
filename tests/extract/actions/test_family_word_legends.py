"""Family: a follow-up report explains its status words in a legend ("Forklaring til statusfeltet:
Utført = vedtaket er fulgt opp; Avsluttet = saken lukkes uten videre oppfølging.", "Status: Afsluttet
betyder, at indsatsen er opgivet.", "Legenda: Afgerond = uitgevoerd; Afgesloten = gesloten zonder
uitvoering"). A word that alone may mean done or dropped (Avsluttet, Afsluttet, Afgesloten) is read
as the document's own legend defines it. A legend that repeats the ordinary reading ("Utført =
fullført") changes nothing, a word the legend leaves out keeps its reading, and one status word
with a colon or dash after it in a report ("Avsluttet: prosjektet er stoppet.") is no legend.
Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

# language: (intro, the ambiguous word, a word for done, a word for work going on)
TABLE = {
    "da": ("Opfølgning på byrådets beslutninger - 2. kvartal", "Afsluttet", "Gennemført", "I gang"),
    "nb": ("Vedtaksoppfølging 2. tertial", "Avsluttet", "Utført", "Under arbeid"),
    "nn": ("Oppfølging av politiske vedtak - 1. tertial", "Avslutta", "Fullført", "Under arbeid"),
    "nl": ("Voortgang moties en toezeggingen - voorjaar", "Afgesloten", "Afgerond", "In uitvoering"),
}
# (language, legend, the status the legend gives the ambiguous word)
LEGENDS = [
    (
        "da",
        "Statusforklaring: Gennemført = indsatsen er udført; I gang = arbejdet pågår; "
        "Afsluttet = sagen lukkes uden yderligere opfølgning.",
        "cancelled",
    ),
    ("da", "Status: Afsluttet betyder, at indsatsen er opgivet.", "cancelled"),
    ("da", "Afsluttet: arbejdet er stoppet. Gennemført: arbejdet er udført.", "cancelled"),
    ("da", "Bemærk: Afsluttet betyder at sagen er henlagt.", "cancelled"),
    ("da", "Forklaring: Afsluttet = opgivet, Gennemført = udført, I gang = arbejdet er i gang", "cancelled"),
    (
        "nb",
        "Forklaring til statusfeltet: Utført = vedtaket er fulgt opp; Under arbeid = oppfølging pågår; "
        "Ikke påbegynt = arbeidet er ikke startet; Stilt i bero = oppfølgingen er midlertidig stanset; "
        "Avsluttet = saken lukkes uten videre oppfølging.",
        "cancelled",
    ),
    ("nb", "Status: Avsluttet betyr at tiltaket er lagt bort.", "cancelled"),
    ("nb", "Statusforklaring: Avsluttet – saken er lukket uten at vedtaket er gjennomført", "cancelled"),
    ("nb", "Avsluttet: arbeidet er stoppet. Utført: arbeidet er gjennomført.", "cancelled"),
    ("nb", "Merk: Avsluttet = vedtaket er avslått eller gitt opp", "cancelled"),
    (
        "nn",
        "Forklaring: Fullført = vedtaket er gjennomført; Avslutta = saka er lukka utan vidare oppfølging.",
        "cancelled",
    ),
    ("nn", "Status: Avslutta betyr at tiltaket er lagt bort.", "cancelled"),
    ("nn", "Avslutta: arbeidet er stoppa. Fullført: arbeidet er gjennomført.", "cancelled"),
    ("nn", "Statusforklaring: Avslutta – tiltaket er skrinlagt", "cancelled"),
    ("nn", "Merk: Avslutta = oppfølginga er mellombels stansa", "paused"),
    (
        "nl",
        "Legenda: Afgerond = uitgevoerd; Vervallen = niet meer uitvoeren; Afgesloten = gesloten zonder uitvoering.",
        "cancelled",
    ),
    ("nl", "Status: Afgesloten betekent: de motie wordt niet meer uitgevoerd.", "cancelled"),
    ("nl", "Afgesloten: de uitvoering is gestopt. Afgerond: de motie is uitgevoerd.", "cancelled"),
    ("nl", "Verklaring: Afgesloten – afgesloten zonder verdere actie", "cancelled"),
    ("nl", "Let op: Afgesloten staat voor ingetrokken door de indiener.", "cancelled"),
]
# (language, a line that looks like a legend but leaves the ambiguous word as the language reads it)
LOOKALIKES = [
    ("da", "Statusforklaring: Afsluttet – I gang – Delvist gennemført – Ikke påbegyndt – Aflyst"),
    ("da", "Statusforklaring: Gennemført = fuldført; Afsluttet = færdig; I gang = arbejdet pågår."),
    ("da", "Afsluttet: arbejdet blev stoppet i marts."),
    ("da", "Statusforklaring: Opgivet = arbejdet er stoppet; I gang = arbejdet pågår."),
    ("nb", "Statusforklaring: Avsluttet – Under arbeid – Delvis gjennomført – Ikke påbegynt – Avlyst"),
    ("nb", "Forklaring til statusfeltet: Utført = fullført; Avsluttet = ferdigstilt."),
    ("nb", "Avsluttet: prosjektet er stoppet."),
    ("nb", "Statusforklaring: Lagt bort = saken lukkes uten videre oppfølging; Under arbeid = pågår."),
    ("nn", "Statusforklaring: Avslutta – Under arbeid – Delvis gjennomført – Ikkje starta – Avlyst"),
    ("nn", "Forklaring: Fullført = ferdig; Avslutta = gjennomført."),
    ("nn", "Avslutta: prosjektet er stoppa."),
    ("nl", "Legenda: Afgesloten – In uitvoering – Deels afgerond – Niet gestart – Vervallen"),
    ("nl", "Legenda: Afgerond = uitgevoerd; Afgesloten = voltooid."),
    ("nl", "Afgesloten: het project is gestopt."),
    ("nl", "Legenda: Vervallen = niet meer uitvoeren; In uitvoering = loopt."),
]


def _report(language: str, legend: str) -> str:
    intro, ambiguous, done, going = TABLE[language]
    return (
        f"{intro}\n\n{legend}\n\nNr. | Vedtak | Status\n"
        f"A1 | Ny skolevej i Nordby | {ambiguous}\nA2 | Nyt medborgerhus | {done}\nA3 | Ny cykelsti | {going}\n"
    )


def _statuses(language: str, legend: str) -> dict[str | None, str]:
    return {ident: status for ident, _, status in rows(_report(language, legend), language)}


@pytest.mark.parametrize(("language", "legend", "expected"), LEGENDS)
def test_the_documents_legend_decides_an_ambiguous_status_word(language, legend, expected):
    found = _statuses(language, legend)
    assert (found["A1"], found["A2"], found["A3"]) == (expected, "completed", "in_progress")


@pytest.mark.parametrize(("language", "legend"), LOOKALIKES)
def test_a_legend_that_repeats_or_leaves_out_the_word_keeps_its_reading(language, legend):
    found = _statuses(language, legend)
    assert (found["A1"], found["A2"], found["A3"]) == ("completed", "completed", "in_progress")


def test_a_legend_defines_the_word_in_a_status_field_too():
    text = (
        "Vedtaksoppfølging 2. tertial\n\nStatus: Avsluttet betyr at tiltaket er lagt bort.\n\n"
        "Sak 45/25 Ny idrettshall på Bakken\nStatus: Avsluttet\n\nSak 61/25 Gratis leksehjelp\nStatus: Utført\n"
    )
    assert [status for _, _, status in rows(text, "nb")] == ["cancelled", "completed"]
