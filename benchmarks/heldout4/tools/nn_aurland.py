from g import *
import os
t=open(os.path.join(HERE,"docs","nn-aurland-handlingsplan-reiseliv-rapport-2024.txt"),encoding="utf-8").read().split("\n")
row=lambda n:[l for l in t if l.startswith(n+"    ")][0]
write("nn-aurland-handlingsplan-reiseliv-rapport-2024","Aurland","NO","report","Årsrapport 2024 - oppfølging av handlingsplan for berekraftig reiseliv (2022-2025)",
 fa=["Besøksforvaltning","Natur og kultur","Kompetanse","Miljø"],
 actions=[A("A1","Besøksforvaltning i Flåm sentrum","completed",row("A1")),
  A("A2","Straumforsyning til cruisekaia","in_progress",row("A2")),
  A("A3","Felles parkeringsløysing Undredal","paused","Tiltaket er sett på vent til reguleringsplanen for Undredal er vedteken."),
  A("B1","Kartlegging av stiar i Aurlandsdalen","completed",row("B1")),
  A("B2","Skilting på fire språk","partly_completed",row("B2")),
  A("C1","Kurs i vertskap for sesongtilsette","cancelled",row("C1")),
  A("D1","Miljøsertifisering av reiselivsbedrifter","in_progress","Ni av tolv bedrifter er sertifiserte, arbeidet held fram i 2025."),
  A("D2","Digital besøksteljing","completed","Tiltaket er fullført, og teljarane har vore i drift sidan mai 2024.")],
 notes="FICTIONAL Nynorsk annual report (Aurland). ACTIONS: six rows of a space-aligned table (Nr / Tiltak / Ansvar / Status), evidence = the whole row; 'Gjennomført' -> completed, 'Under arbeid' -> in_progress, 'Delvis gjennomført' -> partly_completed, 'Avlyst' -> cancelled (C1's comment 'Kurset vart avlyst' agrees; 'vurdert på nytt i 2025' does not change the status). "
 "A3: the table says 'Ikkje starta' but the item's own comment says 'sett på vent' and that 'Statusfeltet i tabellen er ikkje oppdatert' -> paused (item's own, newer status sentence wins; borderline). D1/D2 under 'Andre tiltak' with status sentences: 'arbeidet held fram' -> in_progress; 'Tiltaket er fullført' -> completed. "
 "FOCUS_AREAS (borderline): the report names the plan's four 'Innsatsområda' in one enumerating sentence ('A Besøksforvaltning, B Natur og kultur, C Kompetanse og D Miljø'); coded in order with the letters removed, split at the list separators (', ' and the final ' og ' before a new letter), 'Natur og kultur' kept as one label. "
 "NOT CODED: the adoption 'vedteken av kommunestyret 16. juni 2022' (background); Enova is a state funding body; 'Verdsarvrådet for Vestnorsk fjordlandskap' is a domestic council of neighbouring municipalities around a World Heritage site, not a city network (borderline).")
