"""The words of every export in German and English: the Word paper, the Excel workbook and
the charts (roadmap, portfolio, stakeholder map, board pictures) share one table, so a
column, a caption and a chart name the same thing the same way.

These are data, not UI strings: an export speaks the project's language (or the one chosen
for the export), not the user's UI language, so they do not go through Qt's translator. A
key names one meaning; where two exports need different words for it (a sheet "Kriterien"
and a chapter "Kriterien und Gewichtung"), they have two keys.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from lk40_desktop.services.stakeholders.grid import Quadrant

LANGUAGES = ("de", "en")
"""Languages of the exports; German is the fallback, as it is the project's first language."""

VOCABULARY: dict[str, dict[str, str]] = {
    "de": {
        # the paper's chapters and its fixed parts
        "chapter_summary": "Management-Zusammenfassung",
        "chapter_method": "Ausgangslage und Vorgehen",
        "chapter_stakeholders": "Stakeholder-Analyse",
        "chapter_fields": "Handlungsfelder",
        "chapter_prioritisation": "Priorisierung",
        "chapter_roadmap": "Roadmap",
        "chapter_appendix": "Anhang: Alle Ideen",
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
        "fragile": "„{proposal}“ (Rang {rank}) behält seinen Rang "
        "nur, solange „{criterion}“ zwischen {low} und {high} des Gesamtgewichts ausmacht "
        "(jetzt {now}).",
        "no_scores": "Es liegen noch keine Bewertungen vor.",
        "method_text": "Die Strategie entstand in {workshops} Workshops mit insgesamt "
        "{participants} Teilnehmenden. Gesammelt wurden {ideas} Ideen in {fields} "
        "Handlungsfeldern; daraus wurden {proposals} Projektvorschläge entwickelt und mit einer "
        "Nutzwertanalyse bewertet.",
        "votes_unit": "Punkte",
        "project_proposals": "Projektvorschläge",
        "map_caption": "Einfluss-Interesse-Matrix der Stakeholder",
        "portfolio_caption": "Aufwand-Nutzen-Portfolio",
        "roadmap_caption": "Projektvorschläge nach Zeithorizont",
        "board_caption": "Ideenboard {field}",
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
        "is_cost": "Kostenkriterium",
        "axis": "Portfolio-Achse",
        "missing": "Fehlend",
        "rater": "Bewertende",
        "value": "Wert",
        "none": "–",
        "utility": "Nutzen",
        "weights_row": "Gewichte (aus Blatt Kriterien)",
        "matrix_note": "Werte: {method} der Einzelbewertungen. Nutzwert und Rang rechnen mit den "
        "Gewichten im Blatt „Kriterien“ – ändern Sie dort ein Gewicht, folgt die Rangfolge.",
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
        "size_by_cost": "Größe: Kosten",
        "size_by_votes": "Größe: Punkte",
        "influence": "Einfluss",
        "interest": "Interesse",
        "quadrant_manage_closely": "Eng einbinden",
        "quadrant_keep_satisfied": "Zufriedenstellen",
        "quadrant_keep_informed": "Informieren",
        "quadrant_monitor": "Beobachten",
        "attitude_supporter": "Unterstützer",
        "attitude_neutral": "Neutral",
        "attitude_critic": "Kritiker",
        # default names of exported files
        "file_paper": "Strategiepapier",
        "file_workbook": "Arbeitsmappe",
        "file_map": "Stakeholder-Karte",
        "file_portfolio": "Aufwand-Nutzen-Portfolio",
        "file_board": "Ideenboard {field}",
    },
    "en": {
        "chapter_summary": "Management summary",
        "chapter_method": "Starting point and method",
        "chapter_stakeholders": "Stakeholder analysis",
        "chapter_fields": "Action fields",
        "chapter_prioritisation": "Prioritisation",
        "chapter_roadmap": "Roadmap",
        "chapter_appendix": "Appendix: all ideas",
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
        "method_text": "The strategy was developed in {workshops} workshops with {participants} "
        "participants in total. {ideas} ideas were collected in {fields} action fields; "
        "{proposals} project proposals were developed from them and evaluated with a weighted "
        "scoring.",
        "votes_unit": "votes",
        "project_proposals": "Project proposals",
        "map_caption": "Influence/interest matrix of the stakeholders",
        "portfolio_caption": "Effort/benefit portfolio",
        "roadmap_caption": "Project proposals by time horizon",
        "board_caption": "Idea board {field}",
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
        "is_cost": "Cost criterion",
        "axis": "Portfolio axis",
        "missing": "Missing",
        "rater": "Rater",
        "value": "Value",
        "none": "–",
        "utility": "Utility",
        "weights_row": "Weights (from sheet Criteria)",
        "matrix_note": "Values: {method} of the rater scores. Score and rank use the weights "
        "on the sheet “Criteria” – change a weight there and the ranking follows.",
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
        "size_by_cost": "Size: cost",
        "size_by_votes": "Size: votes",
        "influence": "Influence",
        "interest": "Interest",
        "quadrant_manage_closely": "Manage closely",
        "quadrant_keep_satisfied": "Keep satisfied",
        "quadrant_keep_informed": "Keep informed",
        "quadrant_monitor": "Monitor",
        "attitude_supporter": "Supporter",
        "attitude_neutral": "Neutral",
        "attitude_critic": "Critic",
        "file_paper": "Strategy paper",
        "file_workbook": "Workbook",
        "file_map": "Stakeholder map",
        "file_portfolio": "Effort-benefit portfolio",
        "file_board": "Idea board {field}",
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

    def attitude(self, value: str) -> str:
        """A stakeholder's attitude; a value the app does not know is shown as stored."""
        return self._table.get(f"attitude_{value}", value)

    def quadrant(self, value: Quadrant) -> str:
        """The name of a field of the influence/interest grid."""
        return self._table[f"quadrant_{value.value}"]

    def quoted(self, text: str) -> str:
        """``text`` in the language's quotation marks."""
        return self._table["quoted"].format(text=text)
