"""Status phrases of trackers never seen, per language (written for these tests): a plan word alone
is not started, on hold and put aside are paused, superseded, struck and "will not be carried out" are
cancelled, part begun is work going on while part done is partly completed, and short Dutch values
("loopt", "op schema") are read. Look-alikes that share a word state no such status."""

from __future__ import annotations

import pytest

from pipeline.extract.actions.status import classify

NOT_STARTED = [
    ("da", "Planlagt."),
    ("da", "Planlagt"),
    ("da", "Ikke igangsat endnu."),
    ("da", "Opstart i 2026."),
    ("da", "Afventer igangsættelse."),
    ("nb", "Planlagt."),
    ("nb", "Planlagt"),
    ("nb", "Oppstart i 2026."),
    ("nb", "Oppstart høsten 2025."),
    ("nb", "Ikke påbegynt ennå."),
    ("nn", "Planlagt."),
    ("nn", "Planlagt"),
    ("nn", "Oppstart i 2026."),
    ("nn", "Er ikkje starta."),
    ("nn", "Ikkje påbyrja enno."),
    ("nl", "Gepland."),
    ("nl", "Gepland"),
    ("nl", "Nog niet gestart."),
    ("nl", "Wordt in 2025 opgepakt."),
    ("nl", "Wordt begin 2026 opgestart."),
]
PAUSED = [
    ("da", "Sat på vent."),
    ("da", "Projektet er udsat på ubestemt tid."),
    ("da", "Stillet i bero."),
    ("da", "Indsatsen er lagt på hold."),
    ("da", "Arbejdet er midlertidigt indstillet."),
    ("nb", "Satt på vent."),
    ("nb", "Stilt i bero."),
    ("nb", "Stoppet midlertidig."),
    ("nb", "Prosjektet er utsatt på ubestemt tid."),
    ("nb", "Arbeidet er stanset inntil videre."),
    ("nn", "Sett på vent."),
    ("nn", "Stilt i bero."),
    ("nn", "Stoppa mellombels."),
    ("nn", "Prosjektet er utsett på ubestemt tid."),
    ("nn", "Arbeidet er stansa inntil vidare."),
    ("nl", "On hold."),
    ("nl", "Tijdelijk on hold."),
    ("nl", "Voor onbepaalde tijd uitgesteld."),
    ("nl", "Het project ligt tijdelijk stil."),
    ("nl", "In de wacht gezet."),
]
CANCELLED = [
    ("da", "Afløst af den nye klimaplan."),
    ("da", "Erstattet af en regional ordning."),
    ("da", "Bliver ikke gennemført."),
    ("da", "Byrådet har besluttet ikke at gennemføre projektet."),
    ("da", "Indsatsen er ikke længere aktuel."),
    ("da", "Projektet er henlagt."),
    ("nb", "Tiltaket er lagt bort."),
    ("nb", "Erstattet av ny plan."),
    ("nb", "Forkastet."),
    ("nb", "Prosjektet vil ikke bli gjennomført."),
    ("nb", "Kommunestyret har vedtatt ikke å videreføre tiltaket."),
    ("nn", "Stogga."),
    ("nn", "Tiltaket er lagt bort."),
    ("nn", "Erstatta av ny plan."),
    ("nn", "Vert ikkje gjennomført."),
    ("nn", "Prosjektet er avslutta utan gjennomføring."),
    ("nl", "Gaat niet door."),
    ("nl", "Geschrapt."),
    ("nl", "Vervangen door een nieuw plan."),
    ("nl", "Het college heeft besloten niet verder te gaan met de pilot."),
    ("nl", "Niet langer actueel."),
]
IN_PROGRESS = [
    ("da", "Forløber planmæssigt."),
    ("da", "Forløber som planlagt."),
    ("da", "Er delvist i gang."),
    ("da", "Projektet er delvis igangsat."),
    ("da", "Forløber tilfredsstillende."),
    ("nb", "Er delvis i gang."),
    ("nb", "Går planmessig."),
    ("nb", "Delvis igangsatt."),
    ("nb", "Arbeidet er på rett spor."),
    ("nb", "Under arbeid."),
    ("nn", "Er delvis i gang."),
    ("nn", "Går etter planen."),
    ("nn", "Delvis påbyrja."),
    ("nn", "Arbeidet er på rett spor."),
    ("nn", "Held på."),
    ("nl", "Loopt."),
    ("nl", "Op schema."),
    ("nl", "Vertraagd."),
    ("nl", "In voorbereiding."),
    ("nl", "Nog niet afgerond."),
    ("nl", "Deels gestart."),
    ("nl", "Ligt op schema."),
]
IN_PROGRESS += [  # not done yet, but its completion is expected: the work goes on
    ("da", "Projektet er ikke gennemført endnu, men forventes afsluttet i 2025."),
    ("da", "Ikke færdig, men skal stå klar til sommer."),
    ("nb", "Tiltaket er ikke gjennomført ennå, men forventes ferdig i 2025."),
    ("nb", "Ikke ferdigstilt, men vil bli levert i mai."),
    ("nn", "Tiltaket er ikkje gjennomført enno, men er venta ferdig i 2025."),
    ("nn", "Ikkje ferdig, men skal stå klar til sommaren."),
    ("nl", "Nog niet uitgevoerd, maar naar verwachting klaar in 2025."),
    ("nl", "De actie is nog niet afgerond, maar wordt in mei opgeleverd."),
]
PARTLY = [
    ("da", "Delvist gennemført."),
    ("da", "Gennemført i to ud af fem skoler."),
    ("da", "Projektet er gennemført for en del af strækningen."),
    ("da", "Delvist færdiggjort."),
    ("da", "Handlingen er kun delvist realiseret."),
    ("nb", "Delvis gjennomført."),
    ("nb", "Gjennomført i tre av fem skoler."),
    ("nb", "Delvis nådd."),
    ("nb", "Delvis ferdig."),
    ("nb", "Tiltaket er bare delvis gjennomført."),
    ("nn", "Delvis gjennomført."),
    ("nn", "Gjennomført i tre av fem skular."),
    ("nn", "Delvis nådd."),
    ("nn", "Delvis ferdig."),
    ("nn", "Berre delvis gjennomført."),
    ("nl", "Gedeeltelijk gerealiseerd."),
    ("nl", "Deels voltooid."),
    ("nl", "Fase 1 is afgerond, fase 2 nog niet."),
    ("nl", "Voor een groot deel uitgevoerd."),
    ("nl", "Niet volledig gerealiseerd."),
]
COMPLETED = [
    ("da", "Anlægget blev sat i drift i oktober."),
    ("da", "Indsatsen er kommet i mål."),
    ("nb", "Anlegget ble satt i drift i oktober."),
    ("nb", "Tiltaket er i mål."),
    ("nn", "Anlegget vart sett i drift i oktober."),
    ("nn", "Tiltaket er kome i mål."),
    ("nl", "Afgerond in 2025."),
    ("nl", "De installatie is in bedrijf genomen."),
    ("nl", "Succesvol afgerond."),
]
CASES = (
    [(lang, text, "not_started") for lang, text in NOT_STARTED]
    + [(lang, text, "paused") for lang, text in PAUSED]
    + [(lang, text, "cancelled") for lang, text in CANCELLED]
    + [(lang, text, "in_progress") for lang, text in IN_PROGRESS]
    + [(lang, text, "partly_completed") for lang, text in PARTLY]
    + [(lang, text, "completed") for lang, text in COMPLETED]
)


@pytest.mark.parametrize(("language", "text", "status"), CASES)
def test_a_status_phrase_of_an_unseen_tracker_gives_its_status(language, text, status):
    assert classify(text, language).status == status


LOOK_ALIKES = [
    ("da", "Ansvaret hviler på forvaltningen.", "paused"),
    ("da", "Oliefyrene er erstattet af varmepumper.", "cancelled"),  # the work done, not the item superseded
    ("da", "Projektet har været en udfordring for en del af personalet.", "partly_completed"),
    ("nb", "Arbeidet går som planlagt, og vi regner med å komme i mål i 2025.", "completed"),
    ("nb", "Ansvaret hviler på kommunedirektøren.", "paused"),
    ("nn", "Ansvaret kviler på kommunedirektøren.", "paused"),
    ("nn", "Planlagt oppstart av tiltaket er i juni.", "completed"),
    ("nl", "Het college heeft besloten het plan niet uit te stellen.", "cancelled"),
    ("nl", "Het project verloopt volgens de planning die gepland was.", "not_started"),
]


@pytest.mark.parametrize(("language", "text", "wrong"), LOOK_ALIKES)
def test_a_sentence_sharing_a_status_word_does_not_take_that_status(language, text, wrong):
    assert classify(text, language).status != wrong
