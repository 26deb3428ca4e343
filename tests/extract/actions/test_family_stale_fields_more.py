"""More stale status fields, varied in labels, word order and line breaks (snippets written for these
tests): the explanation names the item (a generic word for it, a word of its title, a compound such
as "Anlægsarbejdet") and reports a later stage than the field."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

STALE = [
    (
        "da",
        "Projekt P-14 Ny multibane ved hallen\nAktuel status: Ikke påbegyndt\n\n"
        "Seneste nyt: Multibanen blev taget i brug i september, og projektet er afsluttet.",
        ("P-14", "Ny multibane ved hallen", "completed"),
    ),
    (
        "da",
        "Beslutning 2024-08 Nye p-pladser ved stationen\nStatus: Ikke startet\n"
        "Kommentar: Byggearbejdet er gået i gang, og pladserne forventes klar til jul.",
        ("2024-08", "Nye p-pladser ved stationen", "in_progress"),
    ),
    (
        "nb",
        "Prosjekt P-22 Ny ballbinge på Vestsiden\nAktuell status: Ikke igangsatt\n\n"
        "Siste nytt: Ballbingen ble tatt i bruk i september, og prosjektet er avsluttet.",
        ("P-22", "Ny ballbinge på Vestsiden", "completed"),
    ),
    (
        "nb",
        "Verbalforslag 12 Gratis sommerskole\nStatus: Ikke startet\n"
        "Merknad: Tilbudet ble satt i gang i juni, og over 200 elever deltar.",
        ("12", "Gratis sommerskole", "in_progress"),
    ),
    (
        "nn",
        "Prosjekt P-31 Ny ballbinge på Nesset\nAktuell status: Ikkje starta\n\n"
        "Siste nytt: Ballbingen vart teken i bruk i september, og prosjektet er avslutta.",
        ("P-31", "Ny ballbinge på Nesset", "completed"),
    ),
    (
        "nn",
        "Verbalframlegg 8 Gratis sommarskule\nStatus: Ikkje starta\n"
        "Merknad: Tilbodet vart sett i gang i juni, og over 100 elevar er med.",
        ("8", "Gratis sommarskule", "in_progress"),
    ),
    (
        "nl",
        "Project P-40 Nieuw trapveld bij de sporthal\nHuidige status: Nog niet gestart\n\n"
        "Laatste nieuws: Het trapveld is in september in gebruik genomen en het project is afgerond.",
        ("P-40", "Nieuw trapveld bij de sporthal", "completed"),
    ),
    (
        "nl",
        "Motie M2024-15 Gratis zomerschool\nStatus: Nog niet gestart\n"
        "Toelichting: De zomerschool is in juli van start gegaan met ruim 80 leerlingen.",
        ("M2024-15", "Gratis zomerschool", "in_progress"),
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), STALE)
def test_a_later_stage_in_the_explanation_overrules_the_status_field(language, text, expected):
    assert rows(text, language) == [expected]
