"""A meeting portal's vote page about a plan ("Handlingsplan for ...", "Strategi for ...") may read as the plan
itself, a type whose decision words record no vote; its result fields ("Votering 1" / "Resultat: FALT", one per
vote) show it records votes all the same. A plan that tells of its own adoption records none."""

import pytest

from pipeline.build import document_from_text
from pipeline.extract.votes.extractor import extract

PAGE = """{town} kommune – Politiske møter
Møter  ›  {body}  ›  {date}  ›  Sak {case}

{case} {title}
Arkivsak 25/1200 · Saksbehandler: Ola Dahl · Status: Ferdigbehandlet

Sammendrag
{title} følger opp kommuneplanens mål og inneholder tiltak med ansvar,
kostnad og tidsplan for hele planperioden. Planen har vært på høring, og
det kom inn mange uttalelser fra lag, foreninger og regionale myndigheter.
Tiltakene prioriteres i økonomiplanen, og planen rulleres hvert år.

VOTERINGER
{body} – {day} – 27 av 27 representanter til stede

Votering 1
Forslag 1 – {mover}
«{proposal}»
Resultat: {first}
For       5
Mot      22

Votering 2
{label}
Resultat: VEDTATT
For      22
Mot       5
"""

CASES = [
    (
        "Elverum",
        "Kommunestyret",
        "12.03.2026",
        "14/26",
        "Handlingsplan for klima og energi 2026–2029",
        "torsdag 12. mars 2026",
        "Kari Li (MDG)",
        "Kommunen kjøper bare elbiler fra 2027.",
        "FALT",
        "Formannskapets innstilling",
    ),
    (
        "Gran",
        "Kommunestyret",
        "23.04.2026",
        "31/26",
        "Handlingsplan for trafikksikkerhet 2026–2030",
        "torsdag 23. april 2026",
        "Per Bø (Sp)",
        "Tiltak 2.4 strykes fra handlingsplanen.",
        "FALT",
        "Formannskapets innstilling",
    ),
    (
        "Stange",
        "Kommunestyret",
        "06.05.2026",
        "40/26",
        "Strategi for næringsutvikling 2026–2030",
        "onsdag 6. mai 2026",
        "Ida Holm (H)",
        "Strategien får et eget mål om reiseliv.",
        "FALT",
        "Kommunedirektørens innstilling",
    ),
    (
        "Løten",
        "Kommunestyret",
        "17.06.2026",
        "52/26",
        "Handlingsprogram for folkehelse 2026–2029",
        "onsdag 17. juni 2026",
        "Ane Moe (SV)",
        "Kommunen innfører gratis skolemat fra 2027.",
        "FALT",
        "Formannskapets innstilling",
    ),
    (
        "Åmot",
        "Kommunestyret",
        "10.09.2026",
        "61/26",
        "Handlingsplan for boligsosialt arbeid 2026–2030",
        "torsdag 10. september 2026",
        "Bjørn Lie (FrP)",
        "Planen sendes tilbake til administrasjonen.",
        "FALT",
        "Kommunedirektørens innstilling",
    ),
]


@pytest.mark.parametrize(("town", "body", "date", "case", "title", "day", "mover", "proposal", "first", "label"), CASES)
def test_a_vote_page_about_a_plan_records_its_votes(town, body, date, case, title, day, mover, proposal, first, label):
    text = PAGE.format(**locals())
    doc = document_from_text(text, language="nb", municipality=town)
    rows = extract(doc)
    assert [(r.subject, r.outcome) for r in rows] == [(proposal, "rejected"), (label, "adopted")]


PLAN = """Handlingsplan for klima og energi 2026–2029
{town} kommune

Vedtatt av kommunestyret 12.03.2026, sak 14/26.

1 Innledning
Handlingsplanen følger opp kommuneplanens mål om lavere utslipp. Planen er
vedtatt etter høring, og tiltakene innarbeides i økonomiplanen.

2 Tiltak
Tiltak 1.1 Kommunen kjøper bare elbiler. Resultat: Gjennomført.
Tiltak 1.2 Ladepunkter ved alle kommunale bygg. Ansvar: Eiendom.
Tiltak 1.3 Energisparing i skolene. Ansvar: Eiendom.
Tiltak 2.1 Gang- og sykkelvei langs Storgata. Ansvar: Kommunalteknikk.
Tiltak 2.2 Samkjøring for ansatte. Ansvar: Personal.
Tiltak 3.1 Klimabudsjett vedtas hvert år sammen med økonomiplanen.

3 Oppfølging
Planen rulleres hvert år og vedtas av kommunestyret.
"""


@pytest.mark.parametrize("town", ["Elverum", "Gran"])
def test_a_plan_telling_of_its_own_adoption_records_no_vote(town):
    assert extract(document_from_text(PLAN.format(town=town), language="nb", municipality=town)) == []
