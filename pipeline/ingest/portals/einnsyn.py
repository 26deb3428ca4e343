"""eInnsyn (NO): the documented OpenAPI of felleslosninger/einnsyn-api-spec.

A registry row without an enhet id is resolved from the register of organs (`GET /enhet`, the
organ of type KOMMUNE named after the municipality), reported as a warning with the id found.

Meetings (`Moetemappe`) of one body or municipality are found with `GET /search?entity=Moetemappe
&administrativEnhet=&moetedatoAfter=&moetedatoBefore=&limit=`, a list `{items, next, previous}` whose
`next` URL is followed to the end. Each meeting is read with `GET /moetemappe/{id}?expand=…` for its
documents and cases; a case's `vedtak.votering[]` holds one vote per member (`moetedeltaker`,
`stemme` Ja/Nei/Blankt, `representerer` the party). An API key, if given, is read from
EINNSYN_API_KEY and sent as the `X-EIN-API-KEY` header.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date

from pipeline.dataset.rows import VoteRow
from pipeline.ingest.portals.base import CASE_PROTOCOL, PortalEntry, PortalError, PortalSource, Pull
from pipeline.ingest.portals.http import PortalHttp
from pipeline.ingest.portals.records import ABSTAIN, AGAINST, FOR, Ballot, VoteRecord, record_result

NAME = "einnsyn"
KEY_ENV = "EINNSYN_API_KEY"
PAGE_SIZE = 100
MAX_ENHET_PAGES = 200  # the register of organs is walked at most this far to find a municipality
_CHOICES = {"ja": FOR, "nei": AGAINST, "blankt": ABSTAIN}
_EXPAND = ",".join([
    "moetedokument", "moetedokument.dokumentbeskrivelse", "moetedokument.dokumentbeskrivelse.dokumentobjekt",
    "moetesak", "moetesak.vedtak", "moetesak.vedtak.votering", "moetesak.vedtak.votering.moetedeltaker",
    "moetesak.vedtak.votering.representerer", "moetesak.vedtak.vedtakstekst",
])


def secrets() -> tuple[str, ...]:
    return tuple(filter(None, [os.environ.get(KEY_ENV)]))


def headers(entry: PortalEntry) -> dict[str, str]:
    key = os.environ.get(KEY_ENV)
    return {"X-EIN-API-KEY": key} if key else {}


def _list_meetings(entry: PortalEntry, date_from: date, date_to: date, http: PortalHttp) -> list[dict]:
    report, items = http.report, []
    url: str | None = f"{entry.base_url}/search"
    params: dict | None = {"entity": "Moetemappe", "administrativEnhet": entry.site, "limit": PAGE_SIZE,
                           "moetedatoAfter": f"{date_from}T00:00:00Z", "moetedatoBefore": f"{date_to}T23:59:59Z"}
    while url:
        try:
            page = http.get_json(url, params)
        except PortalError as exc:
            report.gap(f"meeting list page {report.pages_fetched + 1}: {exc}")
            break
        report.pages_fetched += 1
        items.extend(page.get("items") or [])
        url, params = page.get("next"), None  # `next` carries its own query
    report.pages_listed = report.pages_fetched + (1 if url else 0)
    return items


def _is_municipality(enhet: dict, municipality: str) -> bool:
    """The organ of type KOMMUNE whose name is the municipality's, followed by nothing or a space."""
    name = str(enhet.get("navn") or "").casefold()
    wanted = municipality.casefold()
    return enhet.get("enhetstype") == "KOMMUNE" and (name == wanted or name.startswith(wanted + " "))


def _resolve_enhet(entry: PortalEntry, http: PortalHttp) -> str | None:
    """The municipality's enhet id from eInnsyn's register of organs, when the registry has none."""
    report, url, params = http.report, f"{entry.base_url}/enhet", {"limit": PAGE_SIZE}
    for _ in range(MAX_ENHET_PAGES):
        try:
            page = http.get_json(url, params)
        except PortalError as exc:
            report.gap(f"looking up the eInnsyn enhet of {entry.municipality}: {exc}")
            return None
        match = next((e for e in page.get("items") or [] if isinstance(e, dict)
                      and _is_municipality(e, entry.municipality)), None)
        if match:
            report.warn(f"eInnsyn enhet of {entry.municipality} looked up: {match['id']} "
                        "(add it to models/portals.csv to skip the lookup)")
            return str(match["id"])
        url, params = page.get("next"), None
        if not url:
            break
    report.gap(f"no eInnsyn enhet of type KOMMUNE named {entry.municipality!r}: add its id to models/portals.csv")
    return None


def _documents(entry: PortalEntry, meeting: dict, body: str | None, day: str | None) -> list[PortalSource]:
    found = []
    for document in meeting.get("moetedokument") or []:
        if not isinstance(document, dict):
            continue
        for description in document.get("dokumentbeskrivelse") or []:
            for obj in (description.get("dokumentobjekt") or []) if isinstance(description, dict) else []:
                url = obj.get("referanseDokumentfil") if isinstance(obj, dict) else None
                if url:
                    found.append(PortalSource(
                        url, municipality=entry.municipality, country=entry.country, doc_type=CASE_PROTOCOL,
                        title=description.get("tittel") or document.get("offentligTittel"), portal=NAME,
                        body=body, meeting_date=day, meeting_id=meeting.get("id"), document_id=obj.get("id"),
                    ))
    return found


def _name(value: object, *keys: str) -> str | None:
    if isinstance(value, dict):
        return next((value[k] for k in keys if value.get(k)), None)
    return None


def _case_number(case: dict) -> str | None:
    year, number = case.get("moetesaksaar"), case.get("moetesakssekvensnummer")
    return f"{number}/{int(year) % 100:02d}" if year and number is not None else None


def _records(entry: PortalEntry, meeting: dict, body: str | None, day: str | None) -> list[VoteRecord]:
    records = []
    for case in meeting.get("moetesak") or []:
        decision = case.get("vedtak") if isinstance(case, dict) else None
        if not isinstance(decision, dict) or not decision.get("votering"):
            continue
        ballots = tuple(
            Ballot(_name(v.get("moetedeltaker"), "moetedeltakerNavn"),
                   _name(v.get("representerer"), "initialer", "identifikator", "navn"),
                   _CHOICES.get(str(v.get("stemme", "")).lower(), ABSTAIN))
            for v in decision["votering"] if isinstance(v, dict))
        records.append(VoteRecord(
            url=f"{entry.base_url}/vedtak/{decision.get('id')}", subject=case.get("offentligTittel") or "",
            ballots=ballots, body=body, meeting_date=day, case_number=_case_number(case),
        ))
    return records


def pull(entry: PortalEntry, date_from: date, date_to: date, http: PortalHttp) -> Pull:
    report = http.report
    result = Pull(report)
    if not entry.site:
        enhet = _resolve_enhet(entry, http)
        if enhet is None:
            return result
        entry = replace(entry, site=enhet)
    listed = _list_meetings(entry, date_from, date_to, http)
    report.meetings_listed = len(listed)
    for item in listed:
        meeting_id = item.get("id") if isinstance(item, dict) else item
        try:
            meeting = http.get_json(f"{entry.base_url}/moetemappe/{meeting_id}", {"expand": _EXPAND})
            day = (meeting.get("moetedato") or "")[:10] or None
        except (PortalError, AttributeError) as exc:
            report.gap(f"meeting {meeting_id}: {exc}")
            continue
        report.meetings_fetched += 1
        body = meeting.get("utvalg") or _name(meeting.get("utvalgObjekt"), "navn")
        result.sources.extend(_documents(entry, meeting, body, day))
        for record in _records(entry, meeting, body, day):
            result.records.append(record_result(record, entry))
            report.vote_records += 1
    return result


def discover(municipality: str, date_from: date, date_to: date, **options) -> list[PortalSource]:
    """This portal's documents of a municipality's meetings in the period (see pipeline.ingest.portals.run)."""
    from pipeline.ingest.portals.run import discover as discover_all

    return discover_all(municipality, date_from, date_to, portal=NAME, **options)


def votes(municipality: str, date_from: date, date_to: date, **options) -> list[VoteRow]:
    """Vote rows from this portal's structured vote records."""
    from pipeline.ingest.portals.run import votes as votes_all

    return votes_all(municipality, date_from, date_to, portal=NAME, **options)
