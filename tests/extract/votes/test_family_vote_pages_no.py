"""A case's vote page in Bokmål and Nynorsk: the proposals put forward listed first (numbered, lettered or not
at all), then the votes in numbered blocks ("VOTERING 2 av 3", "Røysting 1 – ...", "Nr 3  ...", "Avstemning nr. 2:"),
each holding the proposal voted on (its quote, a label, or a pointer to a listed proposal: "(C)", "forslag 3"), the
counts (fields "For: 6   Mot: 11", "Ja: 30  Nei: 9", or one count line per option in an alternative vote) and a
result field. One row per block: about the proposal's quoted words, else its label; in an alternative vote about the
option with more votes. A block without a vote ("Oversendt formannskapet uten votering") gives no row, the final
decision under the blocks restates them, and an earlier step noted for information is history. Look-alikes: a
numbered list of papers, one lone vote label, numbers that do not run 1, 2, ... All texts are written for these
tests."""

from __future__ import annotations

import pytest

from pipeline.extract.votes.vote_pages import page_blocks
from tests.extract.votes.helpers import votes

PAGES = [
    (
        "nb",
        "Bystyret i Elvdal · Møte 03.03.2026 · Sak 12/26\n\nSak 12/26  Parkeringsnorm for sentrum\n"
        "Møtedato: 03.03.2026\n\nForslag nr. 1 – Kommunedirektørens innstilling\n"
        "Forslag nr. 2 – Fremmet av Sigrid Holm (V): «Normen for sykkelparkering dobles.»\n\n"
        "==========================================\nAVSTEMNING 1 av 2\n"
        "Tilleggsforslag (forslag 2)\n   Ja: 30     Nei: 9\n   Resultat: Vedtatt\n"
        "==========================================\nAVSTEMNING 2 av 2\nInnstillingen med vedtatt tillegg\n"
        "   Ja: 39     Nei: 0\n   Resultat: Enstemmig vedtatt\n==========================================\n"
        "Vedtak\nParkeringsnormen vedtas med endringen over.\n",
        [
            ("Normen for sykkelparkering dobles.", "adopted", 30, 9, "Sigrid Holm"),
            ("Innstillingen med vedtatt tillegg", "adopted", 39, 0, None),
        ],
    ),
    (
        "nn",
        "Heradsstyret i Fjellbygd\nMøtedato: 11.02.2026\n\nSak 7/26  Gebyrregulativ for byggesaker\n\n"
        "RØYSTINGAR\n\nRøysting 1 – Endringsframlegg frå Ola Dale (Sp)\n"
        "  Framlegg:  «Gebyret for tilbygg vert halvert.»\n  Resultat:  Ikkje vedteke\n  For: 8   Imot: 13\n\n"
        "Røysting 2 – Tilrådinga frå formannskapet\n  Resultat:  Vedteke\n  For: 19   Imot: 2\n\n"
        "Endeleg vedtak\nGebyrregulativet vert vedteke slik det ligg føre.\n",
        [
            ("Gebyret for tilbygg vert halvert.", "rejected", 8, 13, "Ola Dale"),
            ("Tilrådinga frå formannskapet", "adopted", 19, 2, None),
        ],
    ),
    (
        "nb",
        "Formannskapet\nMøtedato: 19.05.2026\n\nPS 33/26  Lokalisering av ny brannstasjon\n\n"
        "Votering nr. 1:  Utsettelsesforslag fra Per Øien (Sp)\n«Saken utsettes til neste møte.»\n"
        "FOR: 2    MOT: 7    Resultat: Falt\n"
        "Votering nr. 2:  Alternativ votering mellom innstillingen og forslaget fra Høyre\n"
        "Innstillingen ............ 6 stemmer\nForslaget fra Høyre ...... 3 stemmer\n"
        "Resultat: Innstillingen vedtatt\n",
        [
            ("Saken utsettes til neste møte.", "rejected", 2, 7, "Per Øien"),
            ("Innstillingen", "adopted", 6, 3, None),
        ],
    ),
    (
        "nn",
        "Kommunestyret · Sak 45/26 · Røystingar\nMøtedag: tysdag 22. september 2026\n\n"
        "Sak:  45/26 Skulebruksplan\n\nFramlegg sette fram i møtet\n A  Tilrådinga frå formannskapet\n"
        " B  Framlegg frå Liv Berg (H):\n    «Skulen i Dalen vert halden oppe.»\n"
        " C  Tilleggsframlegg frå Nils Aa (SV):\n    «Skyssordninga vert evaluert i 2028.»\n\n"
        "........................................\nNr 1  Framlegg B (B) - sett opp mot tilrådinga\n"
        "      For tilrådinga: 14\n      For framlegg B:   7\n      Resultat: Tilrådinga vedteken.\n"
        "........................................\nNr 2  Tilleggsframlegget (C)\n      For: 21   Mot: 0\n"
        "      Resultat: Samrøystes vedteke.\n........................................\n",
        [
            ("tilrådinga", "adopted", 14, 7, None),
            ("Skyssordninga vert evaluert i 2028.", "adopted", 21, 0, "Nils Aa"),
        ],
    ),
    (
        "nb",
        "Kommunestyret\nMøte 10.12.2026, sak 88/26 Budsjett 2027 – voteringer\nMøtedato: 10.12.2026\n\n"
        "VOTERING 1 av 3   kl. 20:15\nOversendelsesforslag fra Kari Lund (R):\n«Kommunen utreder gratis SFO.»\n"
        "Resultat: Oversendt formannskapet uten votering\n\nVOTERING 2 av 3   kl. 20:20\n"
        "Budsjettforslag fra Høyre\nResultat: Falt med 11 mot 24 stemmer\nFOR: 11   MOT: 24\n\n"
        "VOTERING 3 av 3   kl. 20:31\nInnstillingen\nResultat: Vedtatt\nFOR: 24   MOT: 11\n\n"
        "Merknad: Saken ble også behandlet i formannskapet 26.11.2026, der innstillingen ble enstemmig vedtatt.\n",
        [
            ("Budsjettforslag fra Høyre", "rejected", 11, 24, None),
            ("Innstillingen", "adopted", 24, 11, None),
        ],
    ),
    (
        "nn",
        "Kommunestyret\nMøtedato: 05.03.2026\n\nSak 14/26  Kulturplan 2026-2030\n\n"
        "Tidlegare handsaming (berre til orientering):\n"
        "Hovudutval for oppvekst 12.02.2026: Tilrådinga samrøystes vedteken.\n"
        "\nRøysting 1: Tilleggsframlegg frå Marit Sande (Ap)\n«Ein kulturskuledag vert skipa kvart år.»\n"
        "Resultat: Samrøystes vedteke\n\nRøysting 2: Kommunedirektøren si innstilling med tillegg\n"
        "Resultat: Vedteke\nFor: 15  Imot: 4\n\nVedtak\nKulturplanen vert vedteken med tillegg.\n",
        [
            ("Ein kulturskuledag vert skipa kvart år.", "adopted", None, 0, "Marit Sande"),
            ("Kommunedirektøren si innstilling med tillegg", "adopted", 15, 4, None),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PAGES)
def test_each_vote_block_is_a_row_about_its_proposal(language: str, text: str, expected: list[tuple]) -> None:
    rows = votes(text, language)
    assert [(r.subject, r.outcome, r.votes_for, r.votes_against, r.proposer) for r in rows] == expected


def test_unanimous_block_without_counts() -> None:
    rows = votes(PAGES[5][1], "nn")
    assert rows[0].unanimous is True and rows[1].unanimous is False


LOOKALIKES = [
    (
        "nb",
        "Kommunestyret\nMøtedato: 10.12.2026\n\nPS 90/26  Referatsaker\nNr 1  Brev fra Statsforvalteren om tilsyn\n"
        "Nr 2  Årsmelding fra kontrollutvalget\nNr 3  Protokoll fra eldrerådet\n",
    ),
    (
        "nn",
        "Kommunestyret\nMøtedato: 10.12.2026\n\nSak 91/26  Vegnamn\nRøysting:\nTilrådinga vart samrøystes vedteken.\n",
    ),
    (
        "nb",
        "Bystyret\nMøtedato: 10.12.2026\n\nPS 92/26  Havneplan\nVotering 1\nInnstillingen ble vedtatt med 30 mot 5 "
        "stemmer.\nVotering 3\nTilleggsforslaget falt.\n",
    ),
    (
        "nn",
        "Kommunestyret\nMøtedato: 10.12.2026\n\nSak 93/26  Planstrategi\nNr 1  Samfunnsdelen\nNr 2  Arealdelen\n"
        "Nr 3  Handlingsdelen\nKommunestyret vedtok planstrategien samrøystes.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), LOOKALIKES)
def test_no_vote_page(language: str, text: str) -> None:
    assert page_blocks(text, language) == []
