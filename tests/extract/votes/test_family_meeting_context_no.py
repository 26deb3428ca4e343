"""Norwegian meeting context (nb, nn) and what is not a decision: bodies named 'utvalg for ...', bodies
in the genitive in a protocol's title line, and background sections of a case paper."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

CASE_BODY = "\n\nPS 5/24 Sal av tomt\n\nVedtak:\nTomta vert seld til takst.\n"


@pytest.mark.parametrize(
    ("language", "head", "body", "date"),
    [
        (
            "nb",
            "Hovedutvalg for teknikk og miljø\nMøtedato: 22.04.2024",
            "Hovedutvalg for teknikk og miljø",
            "2024-04-22",
        ),
        (
            "nb",
            "Møtebok for Utvalg for oppvekst og kultur\nDato: 22.04.2024 kl. 18:00",
            "Utvalg for oppvekst og kultur",
            "2024-04-22",
        ),
        (
            "nb",
            "MØTEPROTOKOLL\nKomité for helse, omsorg og velferd\nMøtedato: 22.04.2024",
            "Komité for helse, omsorg og velferd",
            "2024-04-22",
        ),
        ("nb", "Utvalg for tekniske saker\nTid: 22.04.2024 kl. 09:00", "Utvalg for tekniske saker", "2024-04-22"),
        ("nb", "Protokoll fra formannskapets møte 22. april 2024", "formannskapet", "2024-04-22"),
        ("nb", "Møte i bystyret 22. april 2024", "bystyret", "2024-04-22"),
        ("nn", "Hovudutval for plan og næring\nMøtedato: 22.04.2024", "Hovudutval for plan og næring", "2024-04-22"),
        ("nn", "Møtebok\nUtval for helse og omsorg 22.04.2024", "Utval for helse og omsorg", "2024-04-22"),
        ("nn", "Møteprotokoll\nLevekårsutvalet\nMøtedato: 22. april 2024", "Levekårsutvalet", "2024-04-22"),
        ("nn", "Protokoll frå heradsstyrets møte 22. april 2024", "heradsstyret", "2024-04-22"),
        (
            "nn",
            "Utval: Hovudutval for oppvekst\nMøtestad: Heradshuset\nMøtedato: 22.04.2024",
            "Hovudutval for oppvekst",
            "2024-04-22",
        ),
    ],
)
def test_the_meeting_head_names_the_body_and_date(language, head, body, date):
    (row,) = votes(head + CASE_BODY, language)
    assert (row.body, row.meeting_date, row.case_number) == (body, date, "5/24")


@pytest.mark.parametrize(
    ("language", "step", "body"),
    [
        ("nb", "Behandling i Hovedutvalg for teknikk og miljø 01.11.2023:", "Hovedutvalg for teknikk og miljø"),
        ("nb", "Behandling i Komité for oppvekst og kultur - 01.11.2023", "Komité for oppvekst og kultur"),
        ("nb", "Utvalg for plan og miljø 01.11.2023:", "Utvalg for plan og miljø"),
        (
            "nb",
            "Behandling i Råd for personer med funksjonsnedsettelse 01.11.2023:",
            "Råd for personer med funksjonsnedsettelse",
        ),
        ("nb", "Hovedutvalg for helse og omsorgs behandling 01.11.2023:", "Hovedutvalg for helse og omsorg"),
        ("nn", "Handsaming i Hovudutval for plan og næring 01.11.2023:", "Hovudutval for plan og næring"),
        ("nn", "Utval for helse og omsorg 01.11.2023:", "Utval for helse og omsorg"),
        ("nn", "Handsaming i Komité for oppvekst - 01.11.2023", "Komité for oppvekst"),
        ("nn", "Levekårsutvalet si handsaming i møte 01.11.2023:", "Levekårsutvalet"),
        ("nn", "Handsaming i Råd for eldre 01.11.2023:", "Råd for eldre"),
    ],
)
def test_a_committee_step_inside_the_case_is_that_committees_row(language, step, body):
    unanimous = "Innstillinga vart samrøystes vedteken." if language == "nn" else "Innstillingen ble enstemmig vedtatt."
    rows = votes(
        "Kommunestyret\nMøtedato: 14.11.2023\n\nPS 5/23 Sal av tomt\n\n" + step + "\n" + unanimous + "\n", language
    )
    assert [(r.body, r.meeting_date, r.case_number) for r in rows] == [(body, "2023-11-01", "5/23")]


@pytest.mark.parametrize(
    ("language", "label", "sentence"),
    [
        ("nb", "Saksopplysninger:", "Kommunestyret vedtok budsjettet med 25 mot 10 stemmer."),
        ("nb", "Bakgrunn", "Formannskapet vedtok enstemmig å sende saken på høring."),
        ("nb", "Vurdering:", "Forslaget ble vedtatt med knapt flertall, men er ikke fulgt opp."),
        ("nb", "Tidligere vedtak", "Innstillingen ble enstemmig vedtatt i planutvalget."),
        ("nb", "Vedlegg:", "1. Vedtak i kommunestyret - planen ble godkjent"),
        ("nn", "Saksopplysningar:", "Kommunestyret vedtok budsjettet med 25 mot 10 røyster."),
        ("nn", "Bakgrunn", "Formannskapet vedtok samrøystes å sende saka på høyring."),
        ("nn", "Vurdering:", "Framlegget vart vedteke med knapt fleirtal, men er ikkje følgt opp."),
        ("nn", "Tidlegare vedtak", "Innstillinga vart samrøystes vedteken i planutvalet."),
        ("nn", "Saksutgreiing", "Saka vart teken til vitande i eldrerådet."),
    ],
)
def test_a_vote_recalled_in_a_background_section_is_no_row(language, label, sentence):
    paper = "Saksframlegg\n\nUtvalg: Formannskapet\nMøtedato: 05.03.2024\n\nPS 12/24 Fritak frå verv\n\n"
    proposal = "Innstilling:\nSøknaden om fritak vert innvilga.\n"
    assert votes(paper + label + "\n" + sentence + "\n\n" + proposal, language) == []


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_decision_after_a_background_section_is_still_read(language):
    rows = votes(
        "Formannskapet\nMøtedato: 05.03.2024\n\nPS 12/24 Budsjett\n\n"
        "Saksopplysninger:\nBystyret vedtok budsjettet med 30 mot 20 stemmer.\n\n"
        "Innstilling:\nBudsjettet vedtas.\n\nVotering:\nInnstillingen ble enstemmig vedtatt.\n",
        language,
    )
    assert [(r.subject, r.unanimous, r.votes_against) for r in rows] == [("Innstillingen", True, 0)]


@pytest.mark.parametrize(
    ("language", "label", "text"),
    [
        ("nb", "Kommunedirektørens forslag til vedtak:", "Kommunestyret vedtar planen. Saken tas til orientering."),
        ("nb", "Innstilling fra rådmannen:", "Planen godkjennes og ble enstemmig anbefalt av eldrerådet."),
        ("nb", "Sekretariatets innstilling", "Kontrollutvalget tar rapporten til orientering."),
        ("nb", "Rådmannens tilråding:", "Søknaden innvilges."),
        ("nb", "Ordførerens forslag til vedtak:", "Bystyret godkjenner avtalen."),
        ("nn", "Kommunedirektøren si tilråding:", "Kommunestyret vedtek planen. Saka vert teken til vitande."),
        ("nn", "Innstilling frå kommunedirektøren:", "Formannskapet tek rapporten til vitande."),
        ("nn", "Kommunedirektøren sitt framlegg til vedtak:", "Planen vert godkjend."),
        ("nn", "Rådmannen si innstilling", "Søknaden vert innvilga."),
        ("nn", "Ordføraren sitt framlegg:", "Heradsstyret godkjenner avtalen."),
    ],
)
def test_a_case_paper_with_only_a_recommendation_records_no_decision(language, label, text):
    paper = "Saksframlegg\n\nUtvalg: Kommunestyret\nMøtedato: 05.03.2024\n\nPS 12/24 Plan for idrett\n\n"
    assert votes(paper + label + "\n" + text + "\n", language) == []
