from g import *
write("nl-goes-moties-en-toezeggingen-2025","Goes","NL","report","Overzicht aangenomen moties en toezeggingen, stand per 1 april 2025",
 actions=[A("M-2023-07","Onderzoek naar een tweede zwembad","completed","Status: Afgedaan"),
  A("M-2023-15","Snelfietsroute Goes - Kapelle","in_progress","Status: Loopt"),
  A("M-2024-02","Schuldhulp voor jongeren via de scholen","partly_completed","Status: Deels afgedaan"),
  A("M-2024-09","Proef met gratis parkeren op zaterdag","cancelled","Status: Vervallen"),
  A("T-2024-21","Toezegging evaluatie burgerpanel","not_started","Status: Nog niet gestart"),
  A("T-2024-23","Toezegging extra prullenbakken in de Oostwijk","paused","Uitvoering is tijdelijk stilgelegd."),
  A("M-2025-01","Stedenband met St Austell (Cornwall) verkennen","in_progress","Status: In behandeling")],
 notes="FICTIONAL motion/commitment tracker (Goes) in field layout (Nummer / Onderwerp / Portefeuillehouder / Status / Toelichting). action_id = Nummer, title = Onderwerp, status from the item's Status field: Afgedaan -> completed, Loopt -> in_progress, 'Deels afgedaan' -> partly_completed, Vervallen -> cancelled, 'Nog niet gestart' -> not_started, 'In behandeling' -> in_progress. "
 "T-2024-23 has an EMPTY Status field; its Toelichting 'Uitvoering is tijdelijk stilgelegd.' -> paused (evidence from the explanation). "
 "NOT CODED: St Austell — the motion asks to explore a stedenband; a first talk took place and a proposal is still to come -> proposed, not agreed, no partner row. The council decision of 20 februari 2025 on the parkeervisie is background (no vote row). Portefeuillehouders are people, not actions.")
