"""Small recorded-style responses per portal, in the shapes their public clients and specs document."""

from __future__ import annotations

import json

from werkzeug import Response


def json_response(data: object, status: int = 200, headers: dict | None = None) -> Response:
    return Response(json.dumps(data), status=status, headers=headers, content_type="application/json")


def notubiz_events_page(ids: list[int], page: int, total_pages: int) -> dict:
    return {
        "events": [{"id": i, "permission_group": "public", "plannings": [{"start_date": "2024-03-11 19:30:00"}]}
                   for i in ids],
        "pagination": {"page": page, "total_pages": total_pages, "has_more_pages": page < total_pages},
    }


def notubiz_document(document_id: int, title: str, base: str) -> dict:
    return {"self": f"api.notubiz.nl/document/{document_id}", "url": f"{base}/document/{document_id}/1",
            "title": title, "id": document_id, "version": 1, "types": [{"id": 2, "value": "Besluitenlijst"}],
            "versions": [{"type": "file", "mime_type": "application/pdf", "file_name": f"{document_id}.pdf", "id": 1}]}


def notubiz_meeting(meeting_id: int, base: str, day: str = "2024-03-11") -> dict:
    return {"meeting": {
        "id": meeting_id, "self": f"api.notubiz.nl/events/meetings/{meeting_id}", "type": "meeting",
        "permission_group": "public", "organisation": {"id": 330}, "gremium": {"id": 12},
        "attributes": [{"id": 1, "value": "Gemeenteraad"}, {"id": 3, "value": "<p>Openbare vergadering</p>"}],
        "plannings": [{"start_date": f"{day} 19:30:00", "end_date": None}],
        "documents": [notubiz_document(meeting_id * 10, "Besluitenlijst raadsvergadering", base)],
        "agenda_items": [{"id": 1, "type": "agenda_point", "documents": [
            notubiz_document(meeting_id * 10 + 1, "Raadsvoorstel stedenband Kaunas", base)],
            "agenda_items": [{"id": 2, "documents": [
                notubiz_document(meeting_id * 10 + 2, "Motie vreemd aan de orde: Mayors for Peace", base)]}]}],
    }}


SOAP = ('<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
        '<{op}Response xmlns="http://tempuri.org/"><{op}Result '
        'xmlns:a="http://schemas.datacontract.org/2004/07/iBabsWCFObjects">'
        '<a:Message/><a:Status>OK</a:Status>{body}</{op}Result></{op}Response></s:Body></s:Envelope>')


def soap(op: str, body: str) -> Response:
    return Response(SOAP.format(op=op, body=body), content_type="text/xml; charset=utf-8")


def soap_error(op: str, message: str) -> Response:
    body = SOAP.format(op=op, body="").replace("<a:Message/><a:Status>OK</a:Status>",
                                               f"<a:Message>{message}</a:Message><a:Status>ERR</a:Status>")
    return Response(body, content_type="text/xml; charset=utf-8")


def ibabs_meeting_types() -> str:
    return ("<a:Meetingtypes><a:iBabsMeetingtype><a:Id>mt-raad</a:Id><a:Meetingtype>Gemeenteraad</a:Meetingtype>"
            "</a:iBabsMeetingtype></a:Meetingtypes>")


def ibabs_meetings(ids: list[str]) -> str:
    meetings = "".join(f"<a:iBabsMeeting><a:Id>{i}</a:Id><a:MeetingtypeId>mt-raad</a:MeetingtypeId>"
                       f"<a:MeetingDate>2024-05-16T00:00:00</a:MeetingDate></a:iBabsMeeting>" for i in ids)
    return f"<a:Meetings>{meetings}</a:Meetings>"


def ibabs_meeting(meeting_id: str, base: str, votes_in_favour: int = 3, votes_against: int = 2) -> str:
    return (
        f"<a:Meeting><a:Id>{meeting_id}</a:Id><a:MeetingtypeId>mt-raad</a:MeetingtypeId>"
        f"<a:MeetingDate>2024-05-16T00:00:00</a:MeetingDate>"
        f"<a:Documents><a:iBabsDocument><a:Id>d-{meeting_id}</a:Id><a:DisplayName>Besluitenlijst</a:DisplayName>"
        f"<a:PublicDownloadURL>{base}/docs/{meeting_id}.pdf</a:PublicDownloadURL></a:iBabsDocument></a:Documents>"
        f"<a:MeetingItems><a:iBabsMeetingItem><a:Id>item-1</a:Id><a:Title>Motie stedenband Gdańsk</a:Title>"
        f"<a:ListEntries><a:iBabsListEntryBasic><a:EntryId>entry-{meeting_id}</a:EntryId>"
        f"<a:EntryTitle>Motie M12 stedenband met Gdańsk opzeggen</a:EntryTitle><a:ListCanVote>true</a:ListCanVote>"
        f"<a:VoteResult>true</a:VoteResult><a:VotesInFavour>{votes_in_favour}</a:VotesInFavour>"
        f"<a:VotesAgainst>{votes_against}</a:VotesAgainst></a:iBabsListEntryBasic></a:ListEntries>"
        f"</a:iBabsMeetingItem></a:MeetingItems></a:Meeting>"
    )


def ibabs_votes(ballots: list[tuple[str, str, bool]]) -> str:
    votes = "".join(f"<a:iBabsListEntryVote><a:UserName>{n}</a:UserName><a:GroupName>{g}</a:GroupName>"
                    f"<a:Vote>{'true' if v else 'false'}</a:Vote></a:iBabsListEntryVote>" for n, g, v in ballots)
    return f"<a:ListEntryVotes>{votes}</a:ListEntryVotes>"


def einnsyn_meeting(meeting_id: str, base: str) -> dict:
    def ballot(name: str, party: str, vote: str) -> dict:
        return {"entity": "Votering", "moetedeltaker": {"entity": "Moetedeltaker", "moetedeltakerNavn": name},
                "stemme": vote, "representerer": {"entity": "Identifikator", "navn": party, "initialer": party}}

    return {
        "entity": "Moetemappe", "id": meeting_id, "utvalg": "Bystyret", "moetedato": "2024-06-20T10:00:00Z",
        "moetedokument": [{"entity": "Moetedokument", "offentligTittel": "Møteprotokoll Bystyret",
                           "dokumentbeskrivelse": [{"tittel": "Protokoll", "dokumentobjekt": [
                               {"id": f"do_{meeting_id}",
                                "referanseDokumentfil": f"{base}/files/{meeting_id}.pdf"}]}]}],
        "moetesak": [{
            "entity": "Moetesak", "offentligTittel": "Vennskapsbysamarbeid med Tartu - avslutning",
            "moetesaksaar": 2024, "moetesakssekvensnummer": 87,
            "vedtak": {"entity": "Vedtak", "id": f"ved_{meeting_id}", "votering": [
                ballot("Kari Nordmann", "Ap", "Ja"), ballot("Ola Nordmann", "Ap", "Ja"),
                ballot("Siri Hansen", "H", "Ja"), ballot("Per Berg", "SV", "Nei"),
                ballot("Lise Dahl", "MDG", "Nei"), ballot("Nils Moe", "MDG", "Nei"),
                ballot("Anne Lie", "KrF", "Blankt")]},
        }],
    }


def firstagenda_listing() -> dict:
    return {"Udvalg": {"Udvalg 2022-2025": [
        {"Id": "c-oek", "Navn": "Økonomiudvalget", "Moeder": [
            {"Id": "m-1", "Dato": "2024-02-12T16:00:00", "Navn": "Økonomiudvalget - Referat"},
            {"Id": "m-2", "Dato": "2024-04-08T16:00:00", "Navn": "Økonomiudvalget - Referat"},
            {"Id": "m-old", "Dato": "2023-11-06T16:00:00", "Navn": "Økonomiudvalget - Referat"}]},
        {"Id": "c-br", "Navn": "Byrådet", "Moeder": [
            {"Id": "m-3", "Dato": "2024-03-20T19:00:00", "Navn": "Byrådet - Referat"}]},
    ]}}


def firstagenda_agenda(meeting_id: str) -> dict:
    return {"Id": meeting_id, "Udvalg": {"Id": "c-oek", "Navn": "Økonomiudvalget"},
            "Moede": {"Id": "00000000-0000-0000-0000-000000000000"},
            "Dagsordenpunkter": [
                {"Navn": "Venskabsbysamarbejde med Kiel", "Felter": [
                    {"Html": "<p>Beslutning: Godkendt.</p>", "DocumentId": f"{meeting_id}-doc-1"}],
                 "Bilag": [{"Id": f"{meeting_id}-bilag-1", "Navn": "Aftale"}]},
                {"Navn": "Meddelelser", "Felter": [
                    {"Html": "<p>Til efterretning.</p>", "DocumentId": "00000000-0000-0000-0000-000000000000"}]},
            ]}
