"""The words of every export in German and English: the Word paper, the Excel workbook and
the charts (roadmap, portfolio, stakeholder map, board pictures) share one table, so a
column, a caption and a chart name the same thing the same way.

These are data, not UI strings: an export speaks the project's language (or the one chosen
for the export), not the user's UI language, so they do not go through Qt's translator. A
key names one meaning; where two exports need different words for it (a sheet "Kriterien"
and a chapter "Kriterien und Gewichtung"), they have two keys.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from lk40_desktop.export.text import format_number
from lk40_desktop.services.stakeholders.grid import Quadrant

LANGUAGES = ("de", "en")
"""Languages of the exports; German is the fallback, as it is the project's first language."""

VOCABULARY: dict[str, dict[str, str]] = {
    "de": {
        # the paper's chapters and its fixed parts
        "language_tag": "de-DE",
        "chapter_summary": "Management-Zusammenfassung",
        "chapter_method": "Vorgehen und Beteiligung",
        "chapter_stakeholders": "Stakeholder-Analyse",
        "chapter_fields": "Handlungsfelder",
        "chapter_prioritisation": "Priorisierung",
        "chapter_roadmap": "Roadmap",
        "chapter_appendix": "Anhang: Alle Ideen",
        "appendix_caption": "Alle Ideen mit ihren Punkten",
        "chapter_boards": "Anhang: Ideenboards",
        "toc": "Inhaltsverzeichnis",
        "toc_hint": "Das Inhaltsverzeichnis wird beim Öffnen in Word aktualisiert "
        "(sonst: Rechtsklick › Felder aktualisieren).",
        "figure": "Abbildung",
        "table": "Tabelle",
        "period": "Zeitraum",
        "as_of": "Stand",
        "key_figures": "Kennzahlen",
        "top": "Die wichtigsten Vorschläge",
        "quick_wins": "Quick Wins",
        "count": "Anzahl",
        "key_relations": "Wichtige Beziehungen",
        "cluster_none": "Ohne Cluster",
        "profile": "Steckbrief",
        "quoted": "„{text}“",
        "cost_estimate": "Kostenschätzung",
        "criteria_weights": "Kriterien und Gewichtung",
        "scale": "Skala",
        "ranking": "Rangfolge",
        "missing_scores": "fehlende Bewertungen",
        "sensitivity": "Sensitivität",
        "robust": "Die Rangfolge der ersten Vorschläge ist gegenüber "
        "Änderungen der Gewichte robust: Jedes Kriterium kann sein Gewicht mindestens um zehn "
        "Prozentpunkte ändern, ohne dass sich ihr Rang ändert.",
        "fragile": "„{proposal}“ bleibt nur auf Rang {rank}, solange „{criterion}“ zwischen "
        "{low} und {high} des Gesamtgewichts ausmacht (jetzt {now}).",
        "no_scores": "Es liegen noch keine Bewertungen vor.",
        "summary_text": "Die Strategie entstand in {workshops} mit insgesamt {participants}. "
        "{ideas} in {fields}; {proposals} und mit einer Nutzwertanalyse bewertet.",
        "n_workshops": "{n} Workshop|{n} Workshops",
        "n_attendances": "{n} Teilnahme|{n} Teilnahmen",
        "n_participants": "{n} teilnehmenden Person|{n} Teilnehmenden",
        "n_ideas_collected": "Gesammelt wurde {n} Idee|Gesammelt wurden {n} Ideen",
        "n_fields_in": "{n} Handlungsfeld|{n} Handlungsfeldern",
        "n_proposals_developed": "daraus wurde {n} Projektvorschlag entwickelt"
        "|daraus wurden {n} Projektvorschläge entwickelt",
        "n_votes": "{n} Punkt|{n} Punkte",
        "n_voters": "{n} abstimmenden Person|{n} Abstimmenden",
        "n_rounds_in": "{n} Punktabfrage|{n} Punktabfragen",
        "n_proposals": "{n} Projektvorschlag|{n} Projektvorschläge",
        "n_unestimated": "{n} ohne Kostenschätzung|{n} ohne Kostenschätzung",
        "and": "und",
        "attendances_row": "Teilnahmen (Summe über die Workshops)",
        "participants_row": "Teilnehmende (verschiedene Personen)",
        "cost_total_row": "Geschätzte Kosten gesamt",
        "rounds_text": "Die Ideen wurden in {rounds} gewichtet: {list}.",
        "round_entry": "{name} ({votes} von {voters})",
        "named_participants": "Teilnehmende, die der Nennung zugestimmt haben",
        "sign_in_notice": "Datenschutzhinweis nach Art. 13 DSGVO: Verantwortlich für die "
        "Verarbeitung ist {controller}. Ihre Angaben auf dieser Liste (Name, Organisation, "
        "Gruppe und Ihre Zustimmungen) dienen der Dokumentation des Workshops „{workshop}“ im "
        "Rahmen der Digitalisierungsstrategie; Rechtsgrundlage ist Ihre Einwilligung "
        "(Art. 6 Abs. 1 Buchst. a DSGVO). Namentlich im Protokoll genannt oder fotografiert "
        "werden Sie nur, wenn Sie es ankreuzen; ohne Kreuz zählen Sie nur mit. Die Angaben "
        "werden nicht an Dritte weitergegeben und gelöscht, sobald die Strategie beschlossen "
        "ist. Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen "
        "und haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der "
        "Verarbeitung und Widerspruch sowie auf Beschwerde bei einer "
        "Datenschutz-Aufsichtsbehörde. Kontakt, auch zur oder zum "
        "Datenschutzbeauftragten: {contact}.",
        "round_unnamed": "ohne Workshop",
        "field_votes": "Die Punkte in Klammern stammen aus der Punktabfrage {names}."
        "|Die Punkte in Klammern stammen aus den Punktabfragen {names}.",
        "quick_win_rule": "Als Quick Win gilt ein Vorschlag, der im Aufwand-Nutzen-Portfolio im "
        "Quadranten „Quick Wins“ liegt: Nutzen mindestens 50, Aufwand unter 50.",
        "quick_win_rule_short": "Die Quick Wins sind die Vorschläge im Quadranten „Quick Wins“.",
        "no_quick_wins": "Kein Vorschlag ist nach der Bewertung ein Quick Win.",
        "costs": "Kosten",
        "cost_by_field": "Geschätzte Kosten nach Handlungsfeld",
        "cost_by_horizon": "Geschätzte Kosten nach Zeithorizont",
        "cost_text": "Die geschätzten Kosten der {proposals} betragen zusammen {total}.",
        "cost_unestimated": "{count} sind darin nicht enthalten.",
        "sum": "Summe",
        "number": "Nr.",
        "ranking_key": "Rangfolge (die Nummern sind die der Blasen im Portfolio)",
        "roadmap_text": "Die Roadmap zeigt die Vorschläge in Quartalen ab Beginn des Projekts "
        "({start}). Ein Vorschlag beginnt im Quartal seines Steckbriefs; ohne eigenen Beginn "
        "liegen kurzfristige im ersten Jahr, mittelfristige im zweiten und dritten, "
        "langfristige im vierten und fünften. Ein Vorschlag, der einen anderen voraussetzt, "
        "beginnt erst nach dessen Ende.",
        "roadmap_by_start": "Sortiert nach Beginn, bei gleichem Beginn nach Rang.",
        "roadmap_by_rank": "Sortiert nach Rang.",
        "quarter": "Q{quarter}",
        "quarter_year": "Q{quarter} {year}",
        "attribute": "Merkmal",
        "entry": "Angabe",
        "draft": "Entwurf – Stand {date}",
        "final": "Stand {date}",
        "version_draft": "Entwurf vom {date}",
        "version_final": "Endfassung vom {date}",
        "page_of": "Seite {page} von {pages}",
        # the results protocol of one workshop
        "protocol": "Ergebnisprotokoll",
        "protocol_facts": "Eckdaten",
        "protocol_date": "Datum",
        "protocol_time": "Zeit",
        "protocol_time_span": "{start} bis {end} Uhr",
        "protocol_time_from": "ab {start} Uhr",
        "protocol_place": "Ort",
        "protocol_facilitation": "Moderation",
        "protocol_head_count": "Teilnehmende",
        "protocol_participants": "Teilnehmende",
        "protocol_named": "Namentlich genannt werden nur Teilnehmende, die dem zugestimmt haben.",
        "protocol_others": "Weitere {others} nahmen teil, ohne namentlich genannt zu werden.",
        "protocol_nobody_named": "Es nahmen {count} teil. Niemand wird namentlich genannt, "
        "weil dafür keine Zustimmung vorliegt.",
        "protocol_nobody": "Für diesen Workshop sind keine Teilnehmenden erfasst.",
        "n_people": "{n} Person|{n} Personen",
        "protocol_agenda": "Ablauf",
        "protocol_item": "Programmpunkt",
        "protocol_minutes": "Dauer",
        "protocol_minutes_value": "{n} Min.",
        "protocol_notes": "Notizen",
        "protocol_no_agenda": "Für diesen Workshop ist kein Ablauf erfasst.",
        "protocol_results": "Ergebnisse",
        "protocol_results_intro": "Im Workshop wurden {cards} geschrieben. Sie stehen hier nach "
        "Handlungsfeld und Cluster, innerhalb eines Clusters nach Punkten.",
        "protocol_no_cards": "In diesem Workshop wurden keine Karten geschrieben.",
        "protocol_card": "Karte",
        "protocol_dots": "Punkte",
        "protocol_votes": "Abstimmungen",
        "protocol_round": "Runde „{name}“: {dots} insgesamt.",
        "protocol_no_rounds": "In diesem Workshop wurde nicht abgestimmt.",
        "protocol_proposals": "Projektvorschläge",
        "protocol_proposals_intro": "Vorschläge, die am Tag des Workshops angelegt oder "
        "bearbeitet wurden oder aus seinen Karten entstanden sind.",
        "protocol_no_proposals": "Im Workshop wurden keine Projektvorschläge angelegt oder "
        "bearbeitet.",
        "protocol_state": "Stand",
        "protocol_new": "neu",
        "protocol_changed": "bearbeitet",
        "protocol_photos": "Fotodokumentation",
        "protocol_photo_untitled": "Foto aus dem Workshop {title}",
        "protocol_board_photo": "Ideenboard {field}: {caption}",
        "protocol_photo_alt": "Foto aus dem Workshop {title}: {caption}",
        "protocol_next_steps": "Nächste Schritte",
        "protocol_no_next_steps": "Es wurden keine nächsten Schritte festgehalten.",
        "logo_alt": "Wappen von {county}",
        "map_alt": "Einfluss-Interesse-Matrix der Stakeholder: waagrecht das Interesse, senkrecht "
        "der Einfluss, jeder Kreis ein Stakeholder in der Farbe seiner Gruppe, der Ring zeigt "
        "die Haltung, Pfeile die Beziehungen. {quadrants}.",
        "map_alt_quadrant": "{quadrant}: {names}",
        "portfolio_alt": "Aufwand-Nutzen-Portfolio von {proposals}: waagrecht der Aufwand, "
        "senkrecht der Nutzen, die Fläche jeder Blase nach den Kosten, die Nummern wie in der "
        "Rangfolge. {quick_wins} Die ersten drei nach Nutzwert: {top}.",
        "portfolio_alt_quick_wins": "Quick Wins: {titles}.",
        "portfolio_alt_entry": "{number}. {title} (Nutzwert {score}, Nutzen {benefit}, "
        "Aufwand {effort})",
        "roadmap_alt": "Roadmap als Balken über die Quartale ab {start}: {short} kurzfristig, "
        "{medium} mittelfristig, {long} langfristig. Als Erste beginnen: {first}.",
        "board_alt": "Ideenboard {field} mit {cards} in {clusters}; die meisten Punkte haben: "
        "{top}.",
        "n_cards": "{n} Karte|{n} Karten",
        "n_clusters": "{n} Cluster|{n} Clustern",
        "legend_field": "Handlungsfeld",
        "legend_cost": "Kosten (Fläche)",
        "legend_votes": "Punkte (Fläche)",
        "legend_quick_win": "Quick Win",
        "legend_flag_overruled": "als Quick Win markiert,\nnach der Bewertung nicht",
        "legend_dependency": "setzt voraus",
        "votes_heading": "Punkte",
        "project_proposals": "Projektvorschläge",
        "map_caption": "Einfluss-Interesse-Matrix der Stakeholder",
        "portfolio_caption": "Aufwand-Nutzen-Portfolio",
        "roadmap_caption": "Projektvorschläge nach Zeithorizont",
        "board_caption": "Ideenboard {field}",
        "photo_untitled": "Foto zu {title}",
        "photo_alt": "Foto zum Projektvorschlag {title}: {caption}",
        # the workbook's sheets and its own columns
        "project": "Projekt",
        "relations": "Beziehungen",
        "proposals": "Projektvorschläge",
        "criteria": "Kriterien",
        "matrix": "Bewertungsmatrix",
        "scores": "Einzelbewertungen",
        "county": "Landkreis",
        "title": "Titel",
        "start": "Beginn",
        "end": "Ende",
        "description": "Beschreibung",
        "archived": "archiviert",
        "name": "Name",
        "organisation": "Organisation",
        "quadrant": "Quadrant",
        "attitude": "Haltung",
        "contact_person": "Ansprechperson",
        "contact": "Kontakt",
        "notes": "Notizen",
        "details": "Details",
        "votes": "Punkte",
        "author": "Gruppe (Autor)",
        "cost_eur": "Kosten (EUR)",
        "share": "Anteil",
        "scale_min": "Skala von",
        "scale_max": "Skala bis",
        "criterion_number": "Krit.-Nr.",
        "portfolio_quadrant": "Portfolio-Quadrant",
        "weights_name": "Gewichte",
        "weight_name": "Gewicht_{n}",
        "input_weight": "Eine Zahl ab 0. Anteile, Nutzwerte und Ränge rechnen mit.",
        "refused_weight": "Das Gewicht muss eine Zahl ab 0 sein.",
        "input_scale": "Eine Zahl: ein Ende der Skala des Kriteriums.",
        "refused_number": "Hier gehört eine Zahl hin.",
        "input_direction": "{benefit}: höhere Werte sind besser. {cost}: niedrigere Werte sind "
        "besser.",
        "input_axis": "Auf welcher Achse des Aufwand-Nutzen-Portfolios das Kriterium zählt.",
        "refused_choice": "Bitte einen Eintrag aus der Liste wählen.",
        "input_score": "Eine Zahl auf der Skala des Kriteriums (Blatt „Kriterien“). Leer lassen, "
        "wenn nicht bewertet: Leere Zellen zählen nicht als 0.",
        "refused_score": "Der Wert liegt nicht auf der Skala des Kriteriums (Blatt „Kriterien“).",
        "input_cost": "Geschätzte Kosten in Euro, eine Zahl ab 0.",
        "refused_cost": "Die Kosten müssen eine Zahl ab 0 sein.",
        "sensitivity_note": "Solange ein Kriterium einen Anteil am Gesamtgewicht zwischen „stabil "
        "ab“ und „stabil bis“ hat (die anderen im selben Verhältnis), behält der Vorschlag seinen "
        "Rang. Stand der Ausgabe: Die Werte rechnen nicht mit.",
        "share_now": "Anteil jetzt",
        "stable_from": "stabil ab",
        "stable_to": "stabil bis",
        "axis": "Portfolio-Achse",
        "missing": "Fehlend",
        "rater": "Bewertende",
        "value": "Wert",
        "none": "–",
        "utility": "Nutzen",
        "weights_row": "Gewichte (aus Blatt Kriterien)",
        "matrix_note": "Werte: {method} der Bewertungen im Blatt „Einzelbewertungen“, Nutzwert und "
        "Rang mit den Gewichten im Blatt „Kriterien“ – ändern Sie dort eine Bewertung oder ein "
        "Gewicht, folgt die Rangfolge.",
        "mean": "Mittelwert",
        "median": "Median",
        # words of paper and workbook alike
        "client": "Auftraggeber",
        "workshop": "Workshop",
        "workshops": "Workshops",
        "date": "Datum",
        "place": "Ort",
        "facilitator": "Moderation",
        "participants": "Teilnehmende",
        "stakeholders": "Stakeholder",
        "group": "Gruppe",
        "from": "Von",
        "to": "Zu",
        "kind": "Art",
        "label": "Beschriftung",
        "field": "Handlungsfeld",
        "cluster": "Cluster",
        "idea": "Idee",
        "ideas": "Ideen",
        "photos": "Fotos",
        "photo_owner": "Gehört zu",
        "photo_owner_workshop": "Workshop",
        "photo_owner_board": "Ideenboard",
        "photo_owner_proposal": "Projektvorschlag",
        "photo_caption": "Bildunterschrift",
        "photo_pixels": "Pixel (Breite × Höhe)",
        "photo_kb": "Größe im Projekt (KB)",
        "proposal": "Projektvorschlag",
        "goal": "Ziel",
        "target_groups": "Zielgruppen",
        "measures": "Maßnahmen",
        "lead": "Federführung",
        "partners": "Partner",
        "horizon": "Zeithorizont",
        "funding": "Förderprogramme",
        "kpis": "Kennzahlen",
        "quick_win": "Quick Win",
        "quick_win_flag": "Als Quick Win markiert",
        "depends": "Abhängig von",
        "criterion": "Kriterium",
        "weight": "Gewicht",
        "direction": "Richtung",
        "cost_direction": "Kosten",
        "rank": "Rang",
        "score": "Nutzwert",
        "yes": "ja",
        "no": "nein",
        "horizon_short": "kurzfristig",
        "horizon_medium": "mittelfristig",
        "horizon_long": "langfristig",
        # the charts
        "horizon_short_span": "kurzfristig\n(bis 1 Jahr)",
        "horizon_medium_span": "mittelfristig\n(1–3 Jahre)",
        "horizon_long_span": "langfristig\n(über 3 Jahre)",
        "benefit": "Nutzen",
        "effort": "Aufwand",
        "portfolio_quick_wins": "Quick Wins",
        "portfolio_big_bets": "Große Vorhaben",
        "portfolio_fill_ins": "Lückenfüller",
        "portfolio_money_pits": "Ressourcenfresser",
        "influence": "Einfluss",
        "interest": "Interesse",
        "quadrant_manage_closely": "Eng einbinden",
        "quadrant_keep_satisfied": "Zufriedenstellen",
        "quadrant_keep_informed": "Informieren",
        "quadrant_monitor": "Beobachten",
        "attitude_supporter": "Unterstützer",
        "attitude_neutral": "Neutral",
        "attitude_critic": "Kritiker",
        # the chapters the county writes, goals and the measure profile
        "chapter_foreword": "Vorwort",
        "chapter_status_quo": "Ausgangslage",
        "chapter_vision": "Leitbild und Leitlinien",
        "chapter_embedding": "Einbettung in bestehende Strategien",
        "chapter_governance": "Organisation und Steuerung",
        "chapter_monitoring": "Umsetzung und Monitoring",
        "chapter_financing": "Finanzierung",
        "chapter_resolution": "Beschlussvorschlag",
        "chapter_glossary": "Glossar",
        "chapter_field_status_quo": "Ausgangslage",
        "chapter_field_goals": "Ziele",
        "key_figures_caption": "Kennzahlen des Landkreises",
        "figure_label": "Kennzahl",
        "figure_source": "Quelle",
        "goals_caption": "Ziele im Handlungsfeld {field}",
        "goal_indicator": "Indikator",
        "goal_target": "Zielwert",
        "goal_year": "Zieljahr",
        "measure": "Maßnahme",
        "measure_number": "Maßnahmennummer",
        "profile_line": "Rang {rank} von {count} · Nutzwert {score} · {status}",
        "profile_line_unscored": "noch nicht bewertet · {status}",
        "problem": "Problem",
        "effect": "Erwartete Wirkung",
        "linked_goals": "Beitrag zu den Zielen",
        "own_share": "davon Eigenanteil",
        "grants": "davon Fördermittel",
        "follow_up": "Folgekosten pro Jahr",
        "staff": "Personal (VZÄ)",
        "start_quarter": "{quarter}. Quartal {year}",
        "milestones": "Meilensteine",
        "indicators": "Indikatoren und Zielwerte",
        "risks": "Risiken",
        "status": "Status",
        "status_planned": "geplant",
        "status_running": "laufend",
        "status_done": "abgeschlossen",
        "status_stopped": "gestoppt",
        "sources": "Herkunft (Ideen)",
        "source_entry": "{idea} ({votes}{workshop})",
        "empty_rule": "Felder eines Steckbriefs ohne Eintrag sind nicht aufgeführt.",
        # default names of exported files
        "file_paper": "Strategiepapier",
        "file_workbook": "Arbeitsmappe",
        "file_map": "Stakeholder-Karte",
        "file_portfolio": "Aufwand-Nutzen-Portfolio",
        "file_board": "Ideenboard {field}",
        # the printed sheets (lk40 print, the pages' "Drucken")
        "sheet_page": "Seite {page} von {pages}",
        "sheet_cards": "Karten zum Ausschneiden",
        "sheet_card_id": "Karte {id}",
        "sheet_voting": "Stimmzettel",
        "sheet_voting_intro": "Kreuzen Sie bis zu {dots} Karten an, die Ihnen am wichtigsten "
        "sind (je Kreuz ein Punkt).",
        "sheet_tally": "Zählbogen",
        "sheet_tally_intro": "Striche je Karte, dann die Summe. Gezählt von: "
        "________________  Gegengezeichnet: ________________",
        "sheet_tally_marks": "Striche",
        "sheet_sum": "Summe",
        "sheet_card": "Karte",
        "sheet_cluster": "Cluster",
        "sheet_no": "Nr.",
        "sheet_scoring": "Bewertungsbogen",
        "sheet_scoring_intro": "Bewertung von {rater}: je Vorschlag und Kriterium eine Zahl "
        "von {low} bis {high}; leer lassen, wer nicht urteilen kann.",
        "sheet_rater_blank": "________________",
        "sheet_higher_better": "höher ist besser",
        "sheet_lower_better": "niedriger ist besser",
        "sheet_sign_in": "Anwesenheitsliste",
        "sheet_name": "Name",
        "sheet_organisation": "Organisation",
        "sheet_group": "Gruppe",
        "sheet_signature": "Unterschrift",
        "sheet_consent_named": "Nennung im Protokoll",
        "sheet_consent_photo": "Fotos",
        "sheet_consent_hint": "Ankreuzen = Zustimmung",
        "sheet_poster": "Stakeholder-Landkarte",
        "sheet_agenda": "Ablauf",
        "sheet_time": "Zeit",
        "sheet_item": "Programmpunkt",
        "sheet_minutes": "Minuten",
        "sheet_notes": "Hinweise",
        "sheet_agenda_end": "Ende gegen {time} Uhr",
        "sheet_no_workshop": "Workshop ohne Titel",
        "sheet_no_start": "Beginn: ______ Uhr",
        # rating sheets (export.rating_sheet): one rater's workbook to fill in at home
        "rs_file": "Bewertungsbogen {rater}",
        "rs_sheet": "Bewertung",
        "rs_profiles": "Steckbriefe",
        "rs_title": "Bewertungsbogen von {rater}",
        "rs_made": "{project} · erstellt am {date}",
        "rs_intro": "Bitte für jeden Projektvorschlag und jedes Kriterium eine Zahl der Skala "
        "in die gelben Felder eintragen (auch mit Komma, z. B. 3,5). Leere Felder bleiben "
        "unbewertet. Was die Kriterien bedeuten, steht auf dem Blatt „Kriterien“, die "
        "Steckbriefe der Vorschläge auf dem Blatt „Steckbriefe“. Die Datei bitte speichern "
        "und zurückgeben.",
        "rs_number": "Nr.",
        "rs_scale": "{low} bis {high}",
        "rs_description": "Was bewertet wird",
        "rs_benefit": "Höhere Werte sind besser: {low} = trifft gar nicht zu, "
        "{high} = trifft voll zu.",
        "rs_cost": "Höhere Werte sind schlechter ({low} = sehr gering, {high} = sehr hoch) "
        "und senken den Nutzwert.",
        "rs_direction_benefit": "Nutzen (höher ist besser)",
        "rs_direction_cost": "Kosten (höher ist schlechter)",
        "rs_prompt": "Eine Zahl von {low} bis {high}, auch mit Komma (z. B. 3,5). "
        "Leer lassen, wenn Sie nicht bewerten.",
        "rs_error_title": "Außerhalb der Skala",
        "rs_error": "Bitte eine Zahl von {low} bis {high} eintragen (oder das Feld leer lassen).",
        "rs_footer": "Seite &P von &N",
        "rs_about_citizen_benefit": "Wie sehr profitieren Bürgerinnen und Bürger direkt "
        "von dem Vorhaben?",
        "rs_about_economic_impact": "Wie stark stärkt das Vorhaben Unternehmen, Arbeitsplätze "
        "und Wertschöpfung im Landkreis?",
        "rs_about_climate": "Wie viel trägt das Vorhaben zu den Klimazielen des Landkreises bei?",
        "rs_about_feasibility": "Wie gut lässt sich das Vorhaben mit den vorhandenen Partnern, "
        "Kompetenzen und Rechtsgrundlagen umsetzen?",
        "rs_about_cost": "Wie hoch sind Investitions- und Folgekosten für den Landkreis?",
        "rs_about_time_to_impact": "Wie lange dauert es, bis das Vorhaben spürbar wirkt?",
    },
    "en": {
        "language_tag": "en-GB",
        "chapter_summary": "Management summary",
        "chapter_method": "Method and participation",
        "chapter_stakeholders": "Stakeholder analysis",
        "chapter_fields": "Action fields",
        "chapter_prioritisation": "Prioritisation",
        "chapter_roadmap": "Roadmap",
        "chapter_appendix": "Appendix: all ideas",
        "appendix_caption": "All ideas with their dots",
        "chapter_boards": "Appendix: idea boards",
        "toc": "Contents",
        "toc_hint": "The table of contents is updated when Word opens the file "
        "(otherwise: right-click › Update field).",
        "figure": "Figure",
        "table": "Table",
        "period": "Period",
        "as_of": "As of",
        "key_figures": "Key figures",
        "top": "The most important proposals",
        "quick_wins": "Quick wins",
        "count": "Number",
        "key_relations": "Key relations",
        "cluster_none": "Without cluster",
        "profile": "Profile",
        "quoted": "“{text}”",
        "cost_estimate": "Cost estimate",
        "criteria_weights": "Criteria and weights",
        "scale": "Scale",
        "ranking": "Ranking",
        "missing_scores": "missing scores",
        "sensitivity": "Sensitivity",
        "robust": "The ranking of the leading proposals is robust: every criterion "
        "can change its weight by at least ten percentage points without changing their rank.",
        "fragile": "“{proposal}” (rank {rank}) keeps its rank only while “{criterion}” makes up "
        "between {low} and {high} of the total weight (now {now}).",
        "no_scores": "There are no scores yet.",
        "summary_text": "The strategy was developed in {workshops} with {participants} in total. "
        "{ideas} in {fields}; {proposals} and evaluated with a weighted scoring.",
        "n_workshops": "{n} workshop|{n} workshops",
        "n_attendances": "{n} attendance|{n} attendances",
        "n_participants": "{n} participant|{n} participants",
        "n_ideas_collected": "{n} idea was collected|{n} ideas were collected",
        "n_fields_in": "{n} action field|{n} action fields",
        "n_proposals_developed": "{n} project proposal was developed from them"
        "|{n} project proposals were developed from them",
        "n_votes": "{n} vote|{n} votes",
        "n_voters": "{n} voter|{n} voters",
        "n_rounds_in": "{n} dot voting|{n} dot votings",
        "n_proposals": "{n} project proposal|{n} project proposals",
        "n_unestimated": "{n} without a cost estimate|{n} without a cost estimate",
        "and": "and",
        "attendances_row": "Attendances (sum over the workshops)",
        "participants_row": "Participants (distinct people)",
        "cost_total_row": "Estimated cost in total",
        "rounds_text": "The ideas were weighted in {rounds}: {list}.",
        "round_entry": "{name} ({votes} from {voters})",
        "named_participants": "Participants who agreed to be named",
        "sign_in_notice": "Privacy notice under Art. 13 GDPR: the controller is {controller}. "
        "What you enter on this list (name, organisation, group and your consents) documents "
        "the workshop “{workshop}” of the digitalisation strategy; the legal basis is your "
        "consent (Art. 6(1)(a) GDPR). You are named in the protocol or photographed only if "
        "you tick the box; without a tick you are only counted. The data is not passed on to "
        "third parties and is erased once the strategy has been adopted. You may withdraw "
        "your consent at any time with effect for the future, and you have the right of "
        "access, rectification, erasure, restriction of processing and objection, and to "
        "lodge a complaint with a data protection supervisory authority. Contact, also for "
        "the data protection officer: {contact}.",
        "round_unnamed": "without workshop",
        "field_votes": "The votes in brackets come from the dot voting {names}."
        "|The votes in brackets come from the dot votings {names}.",
        "quick_win_rule": "A quick win is a proposal in the quadrant “Quick wins” of the "
        "effort/benefit portfolio: benefit at least 50, effort below 50.",
        "quick_win_rule_short": "The quick wins are the proposals in the quadrant “Quick wins”.",
        "no_quick_wins": "By the evaluation, no proposal is a quick win.",
        "costs": "Cost",
        "cost_by_field": "Estimated cost by action field",
        "cost_by_horizon": "Estimated cost by time horizon",
        "cost_text": "The estimated cost of the {proposals} adds up to {total}.",
        "cost_unestimated": "{count} are not included.",
        "sum": "Total",
        "number": "No.",
        "ranking_key": "Ranking (the numbers are those of the bubbles in the portfolio)",
        "roadmap_text": "The roadmap shows the proposals in quarters from the start of the "
        "project ({start}). A proposal starts in the quarter of its profile; without a start of "
        "its own, short-term ones lie in the first year, medium-term ones in the second and "
        "third, long-term ones in the fourth and fifth. A proposal that needs another one starts "
        "only after that one has ended.",
        "roadmap_by_start": "Sorted by start, then by rank.",
        "roadmap_by_rank": "Sorted by rank.",
        "quarter": "Q{quarter}",
        "quarter_year": "Q{quarter} {year}",
        "attribute": "Item",
        "entry": "Details",
        "draft": "Draft – as of {date}",
        "final": "As of {date}",
        "version_draft": "Draft of {date}",
        "version_final": "Final version of {date}",
        "page_of": "Page {page} of {pages}",
        # the results protocol of one workshop
        "protocol": "Minutes",
        "protocol_facts": "Key facts",
        "protocol_date": "Date",
        "protocol_time": "Time",
        "protocol_time_span": "{start} to {end}",
        "protocol_time_from": "from {start}",
        "protocol_place": "Venue",
        "protocol_facilitation": "Facilitation",
        "protocol_head_count": "Participants",
        "protocol_participants": "Participants",
        "protocol_named": "Only participants who agreed to it are named.",
        "protocol_others": "A further {others} took part without being named.",
        "protocol_nobody_named": "{count} took part. Nobody is named, as nobody agreed to it.",
        "protocol_nobody": "No participants are recorded for this workshop.",
        "n_people": "{n} person|{n} people",
        "protocol_agenda": "Agenda",
        "protocol_item": "Item",
        "protocol_minutes": "Duration",
        "protocol_minutes_value": "{n} min",
        "protocol_notes": "Notes",
        "protocol_no_agenda": "No agenda is recorded for this workshop.",
        "protocol_results": "Results",
        "protocol_results_intro": "The workshop wrote {cards}. They are listed by action field "
        "and cluster, within a cluster by dots.",
        "protocol_no_cards": "No cards were written in this workshop.",
        "protocol_card": "Card",
        "protocol_dots": "Dots",
        "protocol_votes": "Votes",
        "protocol_round": "Round “{name}”: {dots} in all.",
        "protocol_no_rounds": "There was no vote in this workshop.",
        "protocol_proposals": "Project proposals",
        "protocol_proposals_intro": "Proposals created or edited on the day of the workshop, "
        "or drawn from its cards.",
        "protocol_no_proposals": "No project proposals were created or edited in the workshop.",
        "protocol_state": "State",
        "protocol_new": "new",
        "protocol_changed": "edited",
        "protocol_photos": "Photo documentation",
        "protocol_photo_untitled": "Photo of the workshop {title}",
        "protocol_board_photo": "Idea board {field}: {caption}",
        "protocol_photo_alt": "Photo of the workshop {title}: {caption}",
        "protocol_next_steps": "Next steps",
        "protocol_no_next_steps": "No next steps were recorded.",
        "logo_alt": "Coat of arms of {county}",
        "map_alt": "Influence/interest matrix of the stakeholders: interest across, influence up, "
        "each circle a stakeholder in the colour of its group, the ring shows the attitude, "
        "arrows the relations. {quadrants}.",
        "map_alt_quadrant": "{quadrant}: {names}",
        "portfolio_alt": "Effort/benefit portfolio of {proposals}: effort across, benefit up, "
        "the area of each bubble by cost, the numbers as in the ranking. {quick_wins} The first "
        "three by score: {top}.",
        "portfolio_alt_quick_wins": "Quick wins: {titles}.",
        "portfolio_alt_entry": "{number}. {title} (score {score}, benefit {benefit}, "
        "effort {effort})",
        "roadmap_alt": "Roadmap as bars over the quarters from {start}: {short} short term, "
        "{medium} medium term, {long} long term. Starting first: {first}.",
        "board_alt": "Idea board {field} with {cards} in {clusters}; most votes: {top}.",
        "n_cards": "{n} card|{n} cards",
        "n_clusters": "{n} cluster|{n} clusters",
        "legend_field": "Action field",
        "legend_cost": "Cost (area)",
        "legend_votes": "Votes (area)",
        "legend_quick_win": "Quick win",
        "legend_flag_overruled": "marked as a quick win,\nnot by the evaluation",
        "legend_dependency": "needs",
        "votes_heading": "Votes",
        "project_proposals": "Project proposals",
        "map_caption": "Influence/interest matrix of the stakeholders",
        "portfolio_caption": "Effort/benefit portfolio",
        "roadmap_caption": "Project proposals by time horizon",
        "board_caption": "Idea board {field}",
        "photo_untitled": "Photo for {title}",
        "photo_alt": "Photo for the project proposal {title}: {caption}",
        "project": "Project",
        "relations": "Relations",
        "proposals": "Proposals",
        "criteria": "Criteria",
        "matrix": "Scoring matrix",
        "scores": "Rater scores",
        "county": "County",
        "title": "Title",
        "start": "Start",
        "end": "End",
        "description": "Description",
        "archived": "archived",
        "name": "Name",
        "organisation": "Organisation",
        "quadrant": "Quadrant",
        "attitude": "Attitude",
        "contact_person": "Contact person",
        "contact": "Contact",
        "notes": "Notes",
        "details": "Details",
        "votes": "Votes",
        "author": "Author group",
        "cost_eur": "Cost (EUR)",
        "share": "Share",
        "scale_min": "Scale from",
        "scale_max": "Scale to",
        "criterion_number": "Crit. no.",
        "portfolio_quadrant": "Portfolio quadrant",
        "weights_name": "Weights",
        "weight_name": "Weight_{n}",
        "input_weight": "A number of 0 or more. Shares, scores and ranks follow.",
        "refused_weight": "The weight must be a number of 0 or more.",
        "input_scale": "A number: one end of the criterion's scale.",
        "refused_number": "A number belongs here.",
        "input_direction": "{benefit}: higher values are better. {cost}: lower values are better.",
        "input_axis": "The axis of the effort/benefit portfolio the criterion counts for.",
        "refused_choice": "Please choose an entry from the list.",
        "input_score": "A number on the criterion's scale (sheet “Criteria”). Leave empty when "
        "not scored: empty cells do not count as 0.",
        "refused_score": "The value is not on the criterion's scale (sheet “Criteria”).",
        "input_cost": "Estimated cost in euros, a number of 0 or more.",
        "refused_cost": "The cost must be a number of 0 or more.",
        "sensitivity_note": "While a criterion's share of the total weight stays between “stable "
        "from” and “stable to” (the others in the same proportion), the proposal keeps its rank. "
        "As exported: these values do not recalculate.",
        "share_now": "Share now",
        "stable_from": "stable from",
        "stable_to": "stable to",
        "axis": "Portfolio axis",
        "missing": "Missing",
        "rater": "Rater",
        "value": "Value",
        "none": "–",
        "utility": "Utility",
        "weights_row": "Weights (from sheet Criteria)",
        "matrix_note": "Values: {method} of the scores on the sheet “Rater scores”, score and rank "
        "with the weights on the sheet “Criteria” – change a score or a weight there and the "
        "ranking follows.",
        "mean": "mean",
        "median": "median",
        "client": "Client",
        "workshop": "Workshop",
        "workshops": "Workshops",
        "date": "Date",
        "place": "Place",
        "facilitator": "Facilitator",
        "participants": "Participants",
        "stakeholders": "Stakeholders",
        "group": "Group",
        "from": "From",
        "to": "To",
        "kind": "Kind",
        "label": "Label",
        "field": "Action field",
        "cluster": "Cluster",
        "idea": "Idea",
        "ideas": "Ideas",
        "photos": "Photos",
        "photo_owner": "Belongs to",
        "photo_owner_workshop": "Workshop",
        "photo_owner_board": "Idea board",
        "photo_owner_proposal": "Project proposal",
        "photo_caption": "Caption",
        "photo_pixels": "Pixels (width × height)",
        "photo_kb": "Size in the project (KB)",
        "proposal": "Proposal",
        "goal": "Goal",
        "target_groups": "Target groups",
        "measures": "Measures",
        "lead": "Lead",
        "partners": "Partners",
        "horizon": "Time horizon",
        "funding": "Funding programmes",
        "kpis": "KPIs",
        "quick_win": "Quick win",
        "quick_win_flag": "Marked as a quick win",
        "depends": "Depends on",
        "criterion": "Criterion",
        "weight": "Weight",
        "direction": "Direction",
        "cost_direction": "Cost",
        "rank": "Rank",
        "score": "Score",
        "yes": "yes",
        "no": "no",
        "horizon_short": "short term",
        "horizon_medium": "medium term",
        "horizon_long": "long term",
        "horizon_short_span": "short term\n(up to 1 year)",
        "horizon_medium_span": "medium term\n(1–3 years)",
        "horizon_long_span": "long term\n(over 3 years)",
        "benefit": "Benefit",
        "effort": "Effort",
        "portfolio_quick_wins": "Quick wins",
        "portfolio_big_bets": "Big bets",
        "portfolio_fill_ins": "Fill-ins",
        "portfolio_money_pits": "Money pits",
        "influence": "Influence",
        "interest": "Interest",
        "quadrant_manage_closely": "Manage closely",
        "quadrant_keep_satisfied": "Keep satisfied",
        "quadrant_keep_informed": "Keep informed",
        "quadrant_monitor": "Monitor",
        "attitude_supporter": "Supporter",
        "attitude_neutral": "Neutral",
        "attitude_critic": "Critic",
        # the chapters the county writes, goals and the measure profile
        "chapter_foreword": "Foreword",
        "chapter_status_quo": "Starting point",
        "chapter_vision": "Vision and guiding principles",
        "chapter_embedding": "Fit with existing strategies",
        "chapter_governance": "Organisation and governance",
        "chapter_monitoring": "Implementation and monitoring",
        "chapter_financing": "Financing",
        "chapter_resolution": "Draft resolution",
        "chapter_glossary": "Glossary",
        "chapter_field_status_quo": "Starting point",
        "chapter_field_goals": "Goals",
        "key_figures_caption": "Key figures of the county",
        "figure_label": "Figure",
        "figure_source": "Source",
        "goals_caption": "Goals in the action field {field}",
        "goal_indicator": "Indicator",
        "goal_target": "Target value",
        "goal_year": "Target year",
        "measure": "Measure",
        "measure_number": "Measure number",
        "profile_line": "Rank {rank} of {count} · score {score} · {status}",
        "profile_line_unscored": "not scored yet · {status}",
        "problem": "Problem",
        "effect": "Expected effect",
        "linked_goals": "Contributes to the goals",
        "own_share": "of which own share",
        "grants": "of which grants",
        "follow_up": "Follow-up costs per year",
        "staff": "Staff (FTE)",
        "start_quarter": "Q{quarter} {year}",
        "milestones": "Milestones",
        "indicators": "Indicators and targets",
        "risks": "Risks",
        "status": "Status",
        "status_planned": "planned",
        "status_running": "running",
        "status_done": "done",
        "status_stopped": "stopped",
        "sources": "Source ideas",
        "source_entry": "{idea} ({votes}{workshop})",
        "empty_rule": "Fields of a profile without an entry are not listed.",
        "file_paper": "Strategy paper",
        "file_workbook": "Workbook",
        "file_map": "Stakeholder map",
        "file_portfolio": "Effort-benefit portfolio",
        "file_board": "Idea board {field}",
        # the printed sheets (lk40 print, the pages' "Print")
        "sheet_page": "Page {page} of {pages}",
        "sheet_cards": "Cards to cut out",
        "sheet_card_id": "Card {id}",
        "sheet_voting": "Voting sheet",
        "sheet_voting_intro": "Tick up to {dots} cards that matter most to you (one dot per tick).",
        "sheet_tally": "Tally sheet",
        "sheet_tally_intro": "Marks per card, then the sum. Counted by: ________________  "
        "Countersigned: ________________",
        "sheet_tally_marks": "Marks",
        "sheet_sum": "Sum",
        "sheet_card": "Card",
        "sheet_cluster": "Cluster",
        "sheet_no": "No.",
        "sheet_scoring": "Scoring sheet",
        "sheet_scoring_intro": "Scores by {rater}: one number from {low} to {high} per proposal "
        "and criterion; leave blank where you cannot judge.",
        "sheet_rater_blank": "________________",
        "sheet_higher_better": "higher is better",
        "sheet_lower_better": "lower is better",
        "sheet_sign_in": "Sign-in sheet",
        "sheet_name": "Name",
        "sheet_organisation": "Organisation",
        "sheet_group": "Group",
        "sheet_signature": "Signature",
        "sheet_consent_named": "Named in the minutes",
        "sheet_consent_photo": "Photos",
        "sheet_consent_hint": "Tick = consent",
        "sheet_poster": "Stakeholder map",
        "sheet_agenda": "Agenda",
        "sheet_time": "Time",
        "sheet_item": "Item",
        "sheet_minutes": "Minutes",
        "sheet_notes": "Notes",
        "sheet_agenda_end": "Ends around {time}",
        "sheet_no_workshop": "Untitled workshop",
        "sheet_no_start": "Start: ______",
        "rs_file": "Rating sheet {rater}",
        "rs_sheet": "Rating",
        "rs_profiles": "Profiles",
        "rs_title": "Rating sheet of {rater}",
        "rs_made": "{project} · made on {date}",
        "rs_intro": "Please enter a number of the scale for every proposal and every criterion "
        "in the yellow cells (decimals allowed, e.g. 3.5). Empty cells stay unrated. The "
        "sheet “Criteria” says what each criterion means, the sheet “Profiles” describes the "
        "proposals. Please save the file and send it back.",
        "rs_number": "No.",
        "rs_scale": "{low} to {high}",
        "rs_description": "What is rated",
        "rs_benefit": "Higher is better: {low} = does not apply at all, {high} = fully applies.",
        "rs_cost": "Higher is worse ({low} = very little, {high} = very much) and lowers "
        "the total.",
        "rs_direction_benefit": "Benefit (higher is better)",
        "rs_direction_cost": "Cost (higher is worse)",
        "rs_prompt": "A number from {low} to {high}, decimals allowed (e.g. 3.5). "
        "Leave empty if you do not rate.",
        "rs_error_title": "Outside the scale",
        "rs_error": "Please enter a number from {low} to {high} (or leave the cell empty).",
        "rs_footer": "Page &P of &N",
        "rs_about_citizen_benefit": "How much do citizens benefit directly from the project?",
        "rs_about_economic_impact": "How much does the project strengthen businesses, jobs "
        "and value creation in the county?",
        "rs_about_climate": "How much does the project contribute to the county's climate goals?",
        "rs_about_feasibility": "How well can the project be carried out with the partners, "
        "skills and legal basis at hand?",
        "rs_about_cost": "How high are the investment and follow-up costs for the county?",
        "rs_about_time_to_impact": "How long until the project has a noticeable effect?",
    },
}


class Words(Mapping[str, str]):
    """The export words of one language: ``words["rank"]``, plus the families whose key
    comes from a stored value (a time horizon, an attitude, a grid quadrant)."""

    def __init__(self, language: str | None) -> None:
        self.language = language if language in VOCABULARY else "de"
        self._table = VOCABULARY[self.language]

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def horizon(self, value: str) -> str:
        """A proposal's time horizon; a value the app does not know is shown as stored."""
        return self._table.get(f"horizon_{value}", value)

    def status(self, value: str) -> str:
        """A measure's status; a value the app does not know is shown as stored."""
        return self._table.get(f"status_{value}", value)

    def attitude(self, value: str) -> str:
        """A stakeholder's attitude; a value the app does not know is shown as stored."""
        return self._table.get(f"attitude_{value}", value)

    def quadrant(self, value: Quadrant) -> str:
        """The name of a field of the influence/interest grid."""
        return self._table[f"quadrant_{value.value}"]

    def quoted(self, text: str) -> str:
        """``text`` in the language's quotation marks."""
        return self._table["quoted"].format(text=text)

    def count(self, key: str, number: int) -> str:
        """A number with its noun in the right form: ``count("n_votes", 1)`` is "1 Punkt",
        with 5 "5 Punkte" (the entry holds singular and plural, split by "|"; the number is
        grouped as the language writes it: 1.000)."""
        one, other = self._table[key].split("|")
        return (one if number == 1 else other).format(n=format_number(number, self.language, 0))

    def sign_in_notice(self, controller: str, workshop: str, contact: str) -> str:
        """The Art. 13 DSGVO notice a sign-in sheet carries above its lines, with the county
        as controller, the workshop's title and where to ask; a value not yet known is a line
        to fill in by hand, so the printed sheet never carries a notice with a gap."""
        blank = "________________"
        return self._table["sign_in_notice"].format(
            controller=controller.strip() or blank,
            workshop=workshop.strip() or blank,
            contact=contact.strip() or blank,
        )

    def join(self, items: Sequence[str]) -> str:
        """ "A, B und C" (English: "A, B and C")."""
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self._table['and']} {items[-1]}"
