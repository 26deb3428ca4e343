"""A realistic run folder for report tests, written by the real `finish_run` from row dataclasses.

Modelled on the sample corpus (Aalborg, Trondheim, Ballerup, a VNG programme) and built to
exercise every section: failed and silent documents, dated and undated partnerships, a
city the gazetteer cannot place, inconsistent vote counts, coverage warnings, and
evidence text carrying markup that must be escaped.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.dataset.consolidate import finish_run
from pipeline.dataset.results import DocResult
from pipeline.dataset.rows import ActionRow, DocumentRow, FocusAreaRow, NetworkRow, PartnerCityRow, VoteRow

AALBORG, TRONDHEIM, BALLERUP, BALLERUP_EVAL, VNG, BROKEN = (
    "703ce7a477a2f434",
    "57a4fe48539ba290",
    "a1e10ab50720f0e2",
    "3fd0d7c3ff358457",
    "259c048bf72ba3f8",
    "0000000000000bad",
)
HOSTILE_EVIDENCE = 'Tammerfors <script>alert("x")</script> & venskabsby <img src="https://evil.example/x.png">'


def _doc(
    doc_id: str, source: str, municipality: str | None, country: str, doc_type: str, language: str, title: str, **extra
) -> DocumentRow:
    return DocumentRow(
        doc_id=doc_id,
        source=source,
        municipality=municipality,
        country=country,
        doc_type=doc_type,
        language=language,
        language_score=0.97,
        title=title,
        n_pages=4,
        n_chars=18000,
        **extra,
    )


def _city(
    doc_id: str,
    at: int,
    city: str,
    country: str,
    relation: str,
    since: int | None = None,
    mention: str | None = None,
    evidence: str | None = None,
) -> PartnerCityRow:
    return PartnerCityRow(
        doc_id=doc_id,
        page=1 + at // 5000,
        char_start=at,
        char_end=at + len(city),
        city=city,
        mention=mention or city,
        partner_country=country,
        relation=relation,
        since_year=since,
        evidence=evidence or f"{mention or city} er en af kommunens partnerbyer.",
    )


def _network(doc_id: str, at: int, network: str, kind: str = "city_network") -> NetworkRow:
    return NetworkRow(
        doc_id=doc_id,
        page=2,
        char_start=at,
        char_end=at + len(network),
        network=network,
        mention=network,
        kind=kind,
        evidence=f"Kommunen deltar i {network}.",
    )


def _vote(at: int, subject: str, **fields) -> VoteRow:
    return VoteRow(
        doc_id=TRONDHEIM,
        page=3,
        char_start=at,
        char_end=at + 200,
        body="Bystyret",
        meeting_date="2019-08-29",
        case_number="87/19",
        archive_case="19/8286",
        subject=subject,
        evidence=f"Votering: {subject}.",
        **fields,
    )


def _action(at: int, action_id: str, title: str, status: str, evidence: str) -> ActionRow:
    return ActionRow(
        doc_id=BALLERUP_EVAL,
        page=2,
        char_start=at,
        char_end=at + 80,
        action_id=action_id,
        title=title,
        status=status,
        status_evidence=evidence,
        evidence=f"{action_id} {title}",
    )


def sample_results() -> list[DocResult]:
    """One DocResult per source of a small, varied corpus."""
    aalborg = DocResult(
        document=_doc(
            AALBORG,
            "corpus/000_703ce7a477a2f434.pdf",
            "Aalborg",
            "DK",
            "report",
            "da",
            "Resumé af de væsentligste resultater på det internationale område",
        ),
        rows={
            "partner_cities": [
                _city(AALBORG, 100, "Fredrikstad", "NO", "twin"),
                _city(AALBORG, 200, "Gdynia", "PL", "twin", 1976),
                _city(AALBORG, 300, "Tampere", "FI", "twin", 1951, "Tammerfors", HOSTILE_EVIDENCE),
                _city(AALBORG, 400, "Hamburg", "DE", "strategic_partner", mention="Hamborg"),
                _city(AALBORG, 500, "Gothenburg", "SE", "strategic_partner", mention="Göteborg"),
                _city(AALBORG, 600, "Sermersooq", "GL", "cooperation_agreement", mention="Kommuneqarfik Semersooq"),
                _city(AALBORG, 700, "Freiburg im Breisgau", "DE", "project_partner", mention="Freiburg"),
                _city(AALBORG, 800, "Atlantis Nova", None, "project_partner"),
            ],
            "networks": [
                _network(AALBORG, 1000, "ICLEI"),
                _network(AALBORG, 1100, "EUniverCities"),
                _network(AALBORG, 1200, "URBACT", "eu_programme"),
                _network(AALBORG, 1300, "Interreg", "eu_programme"),
                _network(AALBORG, 1400, "ICLEI"),
            ],
            "focus_areas": [
                FocusAreaRow(doc_id=AALBORG, page=1, char_start=50, char_end=80, ordinal=i, label=label, evidence=label)
                for i, label in enumerate(
                    ("Det globale perspektiv", "EU-perspektivet", "Det nordiske perspektiv"), start=1
                )
            ],
        },
    )
    trondheim = DocResult(
        document=_doc(
            TRONDHEIM,
            "corpus/001_57a4fe48539ba290.pdf",
            "Trondheim",
            "NO",
            "case_protocol",
            "nb",
            "Internasjonal strategi Trondheim kommune 2019 - 2022",
        ),
        rows={
            "partner_cities": [
                _city(TRONDHEIM, 100, "Darmstadt", "DE", "twin", 1968),
                _city(TRONDHEIM, 200, "Dunfermline", "GB", "twin", 1945),
                _city(TRONDHEIM, 300, "Tampere", "FI", "twin", 1946, "Tampere / Tammerfors"),
                _city(TRONDHEIM, 400, "Kraków", "PL", "intention_agreement", mention="Krakow"),
                _city(TRONDHEIM, 500, "Keren", "ER", "mou"),
            ],
            "networks": [
                _network(TRONDHEIM, 900, "EUniverCities"),
                _network(TRONDHEIM, 950, "ICLEI"),
                _network(TRONDHEIM, 990, "Eurocities"),
                _network(TRONDHEIM, 1000, "Horizon 2020", "eu_programme"),
            ],
            "votes": [
                _vote(2000, "Innstillingen unntatt avsnitt 3", outcome="adopted", unanimous=True, votes_against=0),
                _vote(
                    2300,
                    "Innstillingen avsnitt 3",
                    outcome="adopted",
                    unanimous=False,
                    votes_against=12,
                    against_parties='{"Ap":1,"MDG":5,"SV":4,"R":2}',
                ),
                _vote(
                    2600,
                    "Salomonsens forslag",
                    proposer="Salomonsen",
                    proposer_party="V",
                    outcome="rejected",
                    unanimous=False,
                    votes_against=5,
                    against_parties='{"V":3,"KrF":2}',
                ),
                _vote(
                    2900,
                    "Renolens tilleggsforslag",
                    proposer="Renolen",
                    proposer_party="MDG",
                    outcome="adopted",
                    unanimous=False,
                    votes_against=5,
                    against_parties='{"FrP":4}',
                    counts_consistent=False,
                ),
                _vote(
                    3200,
                    "Andreassens forslag",
                    proposer="Andreassen",
                    proposer_party="R",
                    outcome="adopted",
                    unanimous=False,
                    votes_against=2,
                    against_parties='{"R":2}',
                ),
                VoteRow(
                    doc_id=TRONDHEIM,
                    page=1,
                    char_start=500,
                    char_end=600,
                    body="Finans- og næringskomiteen",
                    meeting_date="2019-05-09",
                    case_number="55/19",
                    subject="Momyrs utsettelsesforslag",
                    outcome="postponed",
                    unanimous=True,
                    votes_against=0,
                    evidence="Momyrs utsettelsesforslag ble enstemmig vedtatt.",
                ),
                VoteRow(
                    doc_id=TRONDHEIM,
                    page=4,
                    char_start=5000,
                    char_end=5100,
                    body="Ungdommens bystyre",
                    subject="Saken tas til orientering",
                    outcome="noted",
                    evidence="Ungdommens bystyre tar saken til orientering.",
                ),
            ],
        },
        coverage=[
            {"doc_id": TRONDHEIM, "page": 4, "char_start": 5200, "sentence": "Forslaget fikk 3 stemmer."},
            {"doc_id": TRONDHEIM, "page": 4, "char_start": 5400, "sentence": "Votering:"},
        ],
    )
    ballerup = DocResult(
        document=_doc(
            BALLERUP,
            "corpus/002_a1e10ab50720f0e2.pdf",
            "Ballerup",
            "DK",
            "strategy",
            "da",
            "International strategi for Ballerup Kommune",
        ),
        coverage_note={"doc_id": BALLERUP, "doc_type": "strategy", "reason": "doc_type strategy is not read for votes"},
        rows={
            "partner_cities": [_city(BALLERUP, 100, "East Kilbride", "GB", "cooperation_agreement")],
            "networks": [_network(BALLERUP, 300, "Greater Copenhagen", "other")],
            "focus_areas": [
                FocusAreaRow(
                    doc_id=BALLERUP,
                    page=2,
                    char_start=900,
                    char_end=950,
                    ordinal=1,
                    label="Grøn omstilling",
                    evidence="1. Grøn omstilling",
                )
            ],
        },
    )
    evaluation = DocResult(
        document=_doc(
            BALLERUP_EVAL,
            "corpus/004_3fd0d7c3ff358457.pdf",
            "Ballerup",
            "DK",
            "evaluation",
            "da",
            "Evaluering af Ballerup Kommunes Internationale politik 2010-2013",
            error="networks: ValueError: unreadable table",
        ),
        rows={
            "networks": [_network(BALLERUP_EVAL, 400, "Edge Cities Network")],
            "actions": [
                _action(100, "1.1", "Branding af Ballerup", "in_progress", "Videoen er igangsat."),
                _action(200, "2.1", "Internationale studerende", "in_progress", "Realiseringen er godt i gang."),
                _action(300, "3.1", "Investeringsfremme", "completed", "Projektet er gennemført."),
                _action(400, "2.2", "Youth Camp", "partly_completed", "Youth Camp 2012 blev aflyst."),
                _action(500, "4.1", "Mødested", "paused", "Indsatsen sættes i bero."),
            ],
        },
    )
    programme = DocResult(
        document=_doc(
            VNG,
            "corpus/003_259c048bf72ba3f8.pdf",
            None,
            "NL",
            "programme",
            "nl",
            "Ambtenarenbijeenkomst gemeentelijke internationale samenwerking",
        ),
    )
    broken = DocResult(
        document=DocumentRow(
            doc_id=BROKEN,
            source="corpus/broken.pdf",
            municipality="Aalborg",
            country="DK",
            status="failed",
            error="PDF has no pages",
        )
    )
    return [aalborg, trondheim, ballerup, evaluation, programme, broken]


def sample_run(out_dir: Path, results: list[DocResult] | None = None) -> Path:
    """Write the sample run (or `results`) into `out_dir` and return its run folder."""
    chosen = sample_results() if results is None else results
    return finish_run(chosen, out_dir, "run-20260101T000000Z-test", "2026-01-01T00:00:00+00:00").folder
