from g import *
write("nb-steinkjer-tiltaksplan-oppfolging-2025","Steinkjer","NO","report","Rapportering 2. tertial 2025 - Oppfølging av tiltaksplan for sentrumsutvikling 2023-2027",
 actions=[A("1.1","Ny belysning i Kongens gate","completed","Status: Fullført"),
  A("1.2","Oppgradering av Rådhusplassen","partly_completed","Tiltaket er derfor bare delvis gjennomført."),
  A("1.3","Midlertidig bruk av tomme butikklokaler","completed","Status: Fullført"),
  A("2.1","Reguleringsplan for Sjøfronten","in_progress","Status: Pågår"),
  A("2.2","Parkeringsstrategi for sentrum","paused","Status: Satt på vent"),
  A("2.3","Sykkelparkering ved Steinkjer stasjon","in_progress","Status: Pågår"),
  A("3.1","Sentrumsbuss (bestillingstransport)","cancelled","Status: Avlyst"),
  A("3.2","Boligprogram for eldre i sentrum","not_started","Status: Ikke startet")],
 notes="FICTIONAL tertial report (Steinkjer). ACTIONS: eight 'Tiltak n.n' blocks with fields Ansvar/Status/Kommentar; status from the item's own 'Status:' field (evidence = that field line; identical lines such as 'Status: Fullført' occur for more than one item). "
 "TRAPS: the blanket group headings ('Gjennomførte tiltak', 'Tiltak som pågår', 'Tiltak som ikke er startet') are overridden by the item's own status: 1.2 sits under 'Gjennomførte tiltak' but has no Status field and its comment says 'bare delvis gjennomført' -> partly_completed; 3.1 sits under 'ikke er startet' but its field says 'Avlyst' -> cancelled. 2.2 'Satt på vent' -> paused. "
 "NOT CODED: the closing summary ('to fullført, tre er i gang og ett er satt på vent' — a blanket count that does not name items and that would put 1.2 among those 'i gang'); the background adoption of the plan in 'sak 41/23' (no vote row; not a protocol). The 'Ansvar' units are not actions.")
