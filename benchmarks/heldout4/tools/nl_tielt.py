from g import *
write("nl-tielt-meerjarenplan-2026-2031","Tielt","BE","strategy","Meerjarenplan 2026-2031 - Stad Tielt - Strategische nota",
 fa=["Tielt is een stad waar iedereen betaalbaar en kwaliteitsvol woont","Tielt zet in op een bereikbaar en verkeersveilig centrum",
     "Tielt zorgt voor elkaar","Tielt werkt aan een klimaatrobuuste en groene stad"],
 nw=[N("Kindvriendelijke Steden","Kindvriendelijke Steden","city_network")],
 notes="FICTIONAL Flemish multi-year plan, strategic note (Tielt), with running header and page footer. FOCUS_AREAS: the four 'beleidsdoelstellingen' BD1-BD4 (sentence-style headings), prefix 'BDn - ' removed, in order. "
 "NOT focus areas: the numbered chapter headings '1. Inleiding', '2. Omgevingsanalyse', '3. Beleidsdoelstellingen', '4. Financiële nota' (headings that are not themes); the actieplannen AP1.1-AP4.2 (sub-level; they carry no status, so they are not actions either); 'Overig beleid' (explicitly 'geen beleidsprioriteit'). "
 "NETWORKS: member of 'het netwerk Kindvriendelijke Steden' -> city_network (national thematic network, dev convention). NOT CODED: the intercommunale Midwest (domestic inter-municipal association); the Lokaal Energie- en Klimaatpact (a Flemish government-municipality pact, treated like a domestic covenant, borderline). "
 "Background: the previous meerjarenplan adopted in December 2019 -> no vote; the coalition parties are not votes.")
