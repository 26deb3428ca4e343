from g import *
import os
t=open(os.path.join(HERE,"docs","nl-oisterwijk-uitvoeringsprogramma-duurzaamheid-voortgang.txt"),encoding="utf-8").read().split("\n")
row=lambda n:[l for l in t if l.startswith(n+" ")][0]
write("nl-oisterwijk-uitvoeringsprogramma-duurzaamheid-voortgang","Oisterwijk","NL","report","Voortgangsrapportage Uitvoeringsprogramma Duurzaamheid 2023-2026",
 fa=["Energie","Klimaatadaptatie","Circulair"],
 nw=[N("Klimaatverbond Nederland","Klimaatverbond Nederland","city_network")],
 actions=[A("E1","Zonnepanelen op sporthal De Leije","completed",row("E1")),
  A("E2","Energiecoach voor huurders","in_progress",row("E2")),
  A("E3","Warmtenet Pannenschuur","not_started",row("E3")),
  A("E4","Isolatie-aanpak particuliere woningen","partly_completed","Het project is daarmee voor een groot deel, maar nog niet volledig afgerond."),
  A("K1","Afkoppelen regenwater Moergestel","completed","De uitvoering is in juni 2025 afgerond."),
  A("K2","Groene schoolpleinen","in_progress","De aanleg van de groene schoolpleinen is in volle gang; drie van de vijf"),
  A("K3","Waterberging Lindeplein","paused","Dit project is in overleg met het waterschap on hold gezet."),
  A("C1","Repaircafé in de bibliotheek","completed",row("C1")),
  A("C2","Circulair inkopen bij eigen werken","cancelled",row("C2")),
  A("C3","Statiegeld-pilot evenementen","in_progress",row("C3"))],
 notes="FICTIONAL raadsinformatiebrief (Oisterwijk). ACTIONS: ten projects in three 'Spoor' sections, mixed layout: space-aligned table rows with a Voortgang column (E1-E3, C1-C3; evidence = the whole row line, for C2 the first line of the wrapped cell) and paragraphs with a status sentence (E4, K1-K3). "
 "Gereed -> completed; 'Loopt volgens plan' -> in_progress; 'Nog niet gestart' -> not_started; E4 'voor een groot deel, maar nog niet volledig afgerond' -> partly_completed; K2 'in volle gang' -> in_progress (three of five done, remainder under way; the sentence is quoted up to its line break); K3 'on hold gezet' -> paused; C2 'Geannuleerd' -> cancelled; C3 'ln uitvoering' is OCR noise for 'In uitvoering' -> in_progress. "
 "FOCUS_AREAS (borderline): 'Het programma kent drie sporen: Energie, Klimaatadaptatie en Circulair' — the programme's own enumerated tracks, also used as section headings ('Spoor Energie' ...), coded as its themes. "
 "NETWORKS: member of Klimaatverbond Nederland -> city_network. NOT CODED: the Regionaal Energieloket (a regional advice service) and the RES Hart van Brabant (regional energy-strategy cooperation, a national planning process); the blanket 'Over het geheel genomen ligt het programma op schema'; the adoption 'op 6 juli 2023' (background).")
