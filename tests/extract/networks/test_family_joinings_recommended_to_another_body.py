"""A joining a committee only recommends to the council ('Innstilling til kommunestyret: Hamar melder seg inn i X',
'Saken avgjøres endelig av bystyret', 'Økonomiudvalget indstiller til byrådet, at ...') is no membership yet: the
council decides later. Where the same text records the council's own decision ('Kommunestyrets vedtak:',
'Byrådets beslutning:') the joining is decided and stays a row, as does a membership stated outright."""

from __future__ import annotations

import pytest

REFERRED = [
    (
        "nb",
        "Gjøvik",
        "FS 21/26 Medlemskap i Eurocities\nArkivsak 26/1180\nInnstilling til kommunestyret:\n"
        "Gjøvik kommune melder seg inn i Eurocities fra 1. januar 2027.\nVotering: Enstemmig.\n",
        "Eurocities",
    ),
    (
        "nb",
        "Moss",
        "| 7/26 | Medlemskap i Energy Cities | Innstilling til bystyret vedtatt 7-0: Moss kommune søker medlemskap i "
        "Energy Cities. Saken avgjøres endelig av bystyret 4. mai. |\n",
        "Energy Cities",
    ),
    (
        "nn",
        "Stord",
        "Sak 14/26 Innmelding i Sunne kommuner\nTilråding til kommunestyret:\n"
        "Stord kommune melder seg inn i nettverket Sunne kommuner.\nSamrøystes vedteke.\n",
        "Sunne kommuner",
    ),
    (
        "da",
        "Ringsted",
        "Punkt 9. Medlemskab af ICLEI\nØkonomiudvalget indstiller til byrådet, at Ringsted Kommune melder sig ind i "
        "ICLEI fra 2027.\nBeslutning i Økonomiudvalget: Anbefales.\n",
        "ICLEI",
    ),
    (
        "nl",
        "Oss",
        "Besluitenlijst college van B&W\n3. Lidmaatschap Energy Cities\nBesluit: Het college stelt voor dat Oss lid "
        "wordt van Energy Cities. Het voorstel wordt ter besluitvorming aan de raad voorgelegd.\n",
        "Energy Cities",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), REFERRED)
def test_a_joining_recommended_to_another_body_is_no_membership(rows, language, town, text, network):
    assert network not in rows(text, language, town)


DECIDED = [
    (
        "nb",
        "Gjøvik",
        "Sak 33/26 Medlemskap i Eurocities\nFormannskapets innstilling til kommunestyret:\n"
        "Gjøvik kommune melder seg inn i Eurocities.\nKommunestyrets vedtak:\nInnstillingen enstemmig vedtatt.\n",
        "Eurocities",
    ),
    (
        "da",
        "Ringsted",
        "Punkt 12. Medlemskab af ICLEI\nØkonomiudvalget indstiller til byrådet, at Ringsted Kommune melder sig ind i "
        "ICLEI.\nByrådets beslutning: Godkendt.\n",
        "ICLEI",
    ),
    (
        "nb",
        "Moss",
        "Moss kommune er medlem av Energy Cities. Kommunestyret skal i juni behandle en ny klimaplan.\n",
        "Energy Cities",
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "network"), DECIDED)
def test_a_joining_the_council_decided_stays_a_row(rows, language, town, text, network):
    assert network in rows(text, language, town)
