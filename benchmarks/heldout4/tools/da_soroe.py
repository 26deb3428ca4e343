from g import *
write("da-soroe-planstrategi-2025","Sorø","DK","strategy","Planstrategi 2025 – Sorø Kommune (høringsudgave)",
 fa=["Levende byer og landsbyer","Grøn omstilling og klimatilpasning","Erhverv, uddannelse og attraktive arbejdspladser","Natur, landskab og friluftsliv"],
 notes="FICTIONAL draft plan strategy (Sorø) with running header and page footer. FOCUS_AREAS: the four numbered headings under 'Byrådets fire temaer for kommuneplanrevisionen', in order, numbering removed; the comma in theme 3 is inside one label (not a list separator). "
 "NOT CODED: the vision 'Sorø - natur, viden og nærvær' (a vision, not a theme); the heading 'Hvad er en planstrategi?' and 'Det videre forløb' (headings that are not themes); the bullets under theme 1 (sub-projects); 'Tværgående hensyn' sundhed, fællesskab og tilgængelighed (explicitly 'ikke selvstændige temaer'). "
 "Background: Kommuneplan 2021, the 2019 vision and Klimaplanen fra 2022 are earlier adopted plans; the expected adoption in October 2025 is future -> no votes. DK2020 is a national climate-planning partnership, not coded as a network (dev convention).")
