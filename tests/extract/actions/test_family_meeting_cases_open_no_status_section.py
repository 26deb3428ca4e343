"""Family: in minutes, decision lists and vote-result pages a case line ("Agendapunt 8 Jaarverslag 2025 ...") or a
row of the decision table ("| 2 | Jaarrekening 2025 | vastgesteld |") may hold a status word; it names a case of the
meeting and opens no status section, so the notes below it ("Toelichting bij de punten", "Agendapunt 8a.
Mededelingen ...") are no actions. A status report's own status heading still opens one."""

from __future__ import annotations

import pytest

from pipeline.build import document_from_text
from pipeline.extract import actions

_TABLE_LIST_NL = (
    "GEMEENTE ZANDHOVEN-WEST\nBesluitenlijst gemeenteraad - zitting van maandag 9 maart 2026\n\n"
    "Aanwezig: de voorzitter, de burgemeester, de schepenen en 15 raadsleden.\n\nOPENBARE ZITTING\n\n"
    "| Nr | Onderwerp                          | Beslissing  | Stemming          |\n"
    "|----|------------------------------------|-------------|-------------------|\n"
    "| 1  | Goedkeuring notulen 9 februari     | goedgekeurd | eenparig          |\n"
    "| 2  | Jaarverslag 2025 bibliotheek       | kennisname  | -                 |\n"
    "| 3  | Voortgangsrapport mobiliteitsplan  | goedgekeurd | 11 ja, 4 neen     |\n\n"
    "Toelichting bij de punten\n\n"
    "Punt 2 - De bibliotheek telde 4.100 leners. Er wordt niet gestemd.\n\n"
    "Punt 3 - De schoolstraat wordt verder uitgewerkt.\n\n"
    "Namens de gemeenteraad,\nde algemeen directeur                   de voorzitter\n"
)
_AGENDA_NL = (
    "Gemeente Veldhoven-Noord\nBesluitenlijst van de openbare raadsvergadering van 17 februari 2026\n\n"
    "Agendapunt 4. Vaststelling verordening parkeren 2026\nBesluit: conform voorstel vastgesteld.\n\n"
    "Agendapunt 5 Jaarverslag 2025 Rekenkamer\nBesluit: voor kennisgeving aangenomen.\n\n"
    "Agendapunt 6a. Mededelingen uit het presidium\n"
    "De voorzitter meldt dat de raadsenquête in april start. Er wordt niet over gestemd.\n\n"
    "Toelichting bij agendapunt 4\n"
    "De verordening vervangt die uit 2019; het college werkt de tarieven nog verder uit.\n\n"
    "Agendapunt 7. Sluiting\nDe voorzitter sluit de vergadering om 22.40 uur.\n"
)
_VOTE_PAGE_NL = (
    "Stemmingsuitslagen gemeenteraad Westerkwartier-Zuid\nRaadsvergadering van 2 juli 2026\n\n"
    "Agendapunt 3  Voortgangsrapportage sociaal domein\nUitslag: AANGENOMEN (19 voor, 2 tegen)\n\n"
    "Agendapunt 4  Motie M1 (CDA) Speeltuinen\nUitslag: VERWORPEN (8 voor, 13 tegen)\n\n"
    "Toelichting bij agendapunt 3\n"
    "De rapportage laat zien dat de wachtlijst wordt afgebouwd; het college zet de aanpak voort.\n\n"
    "Toelichting bij agendapunt 4\nDe motie vroeg om extra budget; het college ontried de motie.\n"
)
_VEDTAKSLISTE_NB = (
    "Fjellbygd kommune\nVedtaksliste – kommunestyret 11. juni 2026\n\n"
    "Møtesak 31 Årsrapport 2025 for kommunen\nVedtak: Årsrapporten tas til orientering.\n\n"
    "Møtesak 32 Statusrapport for byggeprosjekter\nVedtak: Rapporten tas til orientering.\n\n"
    "Kommentarer til sakene\n"
    "Sak 32: Arbeidet med ny brannstasjon pågår, og innflytting skjer i 2027.\n\n"
    "Møtesak 33 Eventuelt\nIngen saker.\n"
)
_BESLUTNINGER_DA = (
    "Søholm Kommune\nBeslutningsprotokol – Byrådet 24. marts 2026\n\n"
    "| Nr | Sag                                   | Beslutning  |\n"
    "|----|---------------------------------------|-------------|\n"
    "| 5  | Status på klimaplanen 2026            | Taget til efterretning |\n"
    "| 6  | Salg af grund i Vestby                | Godkendt    |\n\n"
    "Bemærkninger til sagerne\n\n"
    "Sag 5: Arbejdet med solcelleanlægget er i gang og forventes afsluttet i efteråret.\n"
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", _TABLE_LIST_NL),
        ("nl", _AGENDA_NL),
        ("nl", _VOTE_PAGE_NL),
        ("nb", _VEDTAKSLISTE_NB),
        ("da", _BESLUTNINGER_DA),
    ],
)
def test_notes_under_a_meeting_case_are_no_actions(language: str, text: str) -> None:
    doc = document_from_text(text, language=language, municipality="Testkommune")
    assert doc.doc_type == "case_protocol"
    assert actions.extract(doc) == []


_STATUS_REPORT_NL = (
    "Voortgangsrapportage bouwprojecten 2026\nGemeente Testwijk\n\nStand van zaken per project\n\n"
    "Nieuwbouw sporthal De Kamp\nDe ruwbouw is gereed; de oplevering is gepland in september.\n\n"
    "Renovatie basisschool De Linde\nDe renovatie is afgerond en de school is in gebruik.\n"
)


def test_a_status_reports_own_heading_still_opens_its_projects() -> None:
    doc = document_from_text(_STATUS_REPORT_NL, language="nl", municipality="Testkommune")
    titles = [row.title for row in actions.extract(doc)]
    assert "Nieuwbouw sporthal De Kamp" in titles and "Renovatie basisschool De Linde" in titles
