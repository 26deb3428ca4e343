"""A case header ("Sak 14/26 Title", "PS 22/26 Title", "Sag nr. 41 Title", "Agendapunt 7. Title") in a hard-wrapped
protocol keeps its own line when the line under it opens the case: a capitalised clause, a sentence or a label
("Ole Dahl (H) fremmet følgende forslag:", "Godkendt uden bemærkninger."). Joined, the case would lose its title or
its first decision. A title broken mid-phrase (after a preposition, an article, a comma or a dash), onto a lower-case
word, or onto a name ("Nord, Storstraumen Aust, Langevatnet Vest og Brekke Sør") still runs on."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise

# a hard-wrapped protocol: lines broken near one width, so a full line normally runs on
WRAPPED = (
    "Kommunestyret behandlet saken i møtet og gikk gjennom alle de innkomne\n"
    "merknadene fra grunneiere, lag og foreninger i hele kommunen samlet.\n"
    "Ordføreren orienterte om arbeidet med planen og om hva som gjenstår før\n"
    "kommunestyret kan gjøre endelig vedtak i saken senere i år, trolig i høst.\n"
    "\n"
)


def text_of(page: str) -> str:
    return normalise([page])[0]


@pytest.mark.parametrize(
    ("header", "first"),
    [
        (
            "Sak 14/26 Reguleringsplan for Sandvika sentrum (arkivsak 25/1123)",
            "Ole Dahl (H) fremmet følgende forslag:",
        ),
        (
            "PS 22/26 Budsjettregulering for skulesektoren 2026 – andre runde",
            "Kommunedirektøren sitt framlegg vart samrøystes vedteke i møtet.",
        ),
        ("Sag nr. 41 Lokalplan 1203 for et boligområde ved Skovvej i Hasle", "Godkendt uden bemærkninger."),
        (
            "Agendapunt 7. Raadsvoorstel herinrichting van het marktplein Oostdorp",
            "De raad besluit met algemene stemmen conform het voorstel.",
        ),
        (
            "Punt 12: Goedkeuring jaarrekening 2025 van het AGB Sportinfrastructuur",
            "Raadslid Jan Peeters vraagt waarom de reserve van het bedrijf zo hoog is",
        ),
        (
            "FS 31/26 Søknad om skjenkebevilling – Fjordkroa AS, Nordvik havn",
            "Innstillingen ble vedtatt med fem mot to stemmer i møtet",
        ),
        ("KST-sak 8/2026 Kommunal planstrategi 2027–2030 (arkivsak 26/88)", "Vedtak: Planstrategien blir vedteken."),
    ],
)
def test_a_case_header_keeps_its_line_above_the_case_s_first_line(header, first):
    text = text_of(WRAPPED + header + "\n" + first + "\nDet ble ikke fremmet andre forslag i saken.\n")
    assert f"\n{header}\n{first}" in text


@pytest.mark.parametrize(
    ("header", "rest"),
    [
        ("Sak 15/26 Søknad om kommunal garanti for lån til", "Vikøy Idrettslag og Vikøy skyttarlag"),
        ("Sak 16/26 Reguleringsplan for gnr. 12 bnr. 4 med tilhørende", "parkeringsareal ved rådhuset"),
        (
            "PS 17/26 Detaljregulering for bustadfelt ved Storstraumen og Langevatnet",
            "Nord, Storstraumen Aust, Langevatnet Vest og Brekke Sør",
        ),
        (
            "Sag nr. 44 Forslag om ny vejbelysning langs Strandvejen, Skolevejen,",
            "Kystvejen, Havnevej, Møllevej, Kirkestræde og Torvegade",
        ),
        ("Agendapunt 9. Raadsvoorstel over de verkoop van grond aan de", "Woningstichting Oostdorp"),
    ],
)
def test_a_title_broken_mid_phrase_still_runs_on(header, rest):
    text = text_of(WRAPPED + header + "\n" + rest + "\nVedtak: Innstillingen ble vedtatt.\n")
    assert f"{header} {rest}" in text


def test_a_lower_case_case_reference_in_a_sentence_is_no_header():
    page = WRAPPED + "sak 12/26 Kommunestyret i januar behandlet saken om skolen i Nordbygda\nMidtbygda og Sørbygda.\n"
    assert "Nordbygda Midtbygda" in text_of(page)
