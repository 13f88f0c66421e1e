"""The Word strategy paper: title page, a real table of contents, numbered chapters with
captions, tables and charts, in the styles of a template (the shipped default or the
county's own corporate-design ``.docx``).

The writer only formats the report model; every chart comes from the same renderers the app
shows. Text Word cannot store (control characters) is cleaned here; nothing else changes.
"""

from __future__ import annotations

import functools
import io
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from lk40_desktop.export.docx_xml import caption_element, paragraph_element, table_element
from lk40_desktop.export.progress import Progress, report_step
from lk40_desktop.export.raster import png_bytes
from lk40_desktop.export.roadmap import HORIZONS
from lk40_desktop.export.text import (
    PROPERTY_LIMIT,
    clean_text,
    format_date,
    format_euro,
    format_number,
)
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.export.word_template import load_template
from lk40_desktop.paths import resource
from lk40_desktop.services.report import ProposalRow, Report
from lk40_desktop.services.scoring.arithmetic import order
from lk40_desktop.services.scoring.sensitivity import sensitivity
from lk40_desktop.services.stakeholders.grid import Quadrant, quadrant

CHAPTERS = (
    "summary",
    "method",
    "stakeholders",
    "fields",
    "prioritisation",
    "roadmap",
    "appendix",
    "boards",
)
DEFAULT_CHAPTERS = frozenset(CHAPTERS) - {"boards"}
"""Pictures of the boards are asked for: a board of hundreds of cards does not read on a page,
and each picture adds to the export's time."""
DEFAULT_TEMPLATE = ("templates", "strategiepapier.docx")
CM_PER_INCH = 2.54
TWIPS_PER_CM = 1440 / CM_PER_INCH
EMU_PER_TWIP = 635
MAX_FIGURE_HEIGHT_CM = 22.0
"""An A4 page's text height less room for the caption."""


@dataclass
class PaperOptions:
    """What goes into the paper."""

    template: Path | None = None
    language: str | None = None
    chapters: frozenset[str] = DEFAULT_CHAPTERS
    field_ids: frozenset[str] | None = None
    """Action fields to include; None means every field that is not archived."""
    dpi: int = 300
    """Pixels per inch of the charts as printed (the figure is scaled to the text width)."""
    today: date = field(default_factory=date.today)


class _Paper:
    """Builds the document; numbering of headings, figures and tables lives here."""

    def __init__(self, report: Report, options: PaperOptions, progress: Progress | None) -> None:
        self.report = report
        self.options = options
        self.language = options.language or report.language
        self.t = Words(self.language)
        template = options.template or resource(*DEFAULT_TEMPLATE)
        self.doc = load_template(template)
        _clear_body(self.doc)
        self._progress = progress
        self._numbers = [0, 0, 0]
        self._figures = 0
        self._tables = 0
        self._headings: list[tuple[int, str]] = []
        self._toc_paragraph: Any = None
        self._style_ids: dict[str, str] = {}

    # -- building blocks --------------------------------------------------------------------------

    def step(self, percent: int, key: str) -> None:
        report_step(self._progress, percent, key)

    def style(self, name: str, kind: str = "paragraph") -> Any:
        """A style of the template, created (based on Normal) if the template lacks it."""
        from docx.enum.style import WD_STYLE_TYPE

        try:
            return self.doc.styles[name]
        except KeyError:
            style_type = WD_STYLE_TYPE.TABLE if kind == "table" else WD_STYLE_TYPE.PARAGRAPH
            style = self.doc.styles.add_style(name, style_type)
            style.base_style = self.doc.styles["Normal"]
            return style

    def style_id(self, name: str) -> str:
        """The id of a paragraph style, looked up once: python-docx scans every style per
        lookup, which dominated the export time of long papers."""
        if name not in self._style_ids:
            self._style_ids[name] = self.style(name).style_id
        return self._style_ids[name]

    def append(self, element: Any) -> None:
        """Add a body element at the end, before the section properties."""
        body = self.doc.element.body
        if body.sectPr is not None:
            body.sectPr.addprevious(element)
        else:
            body.append(element)

    def heading(self, text: str, level: int) -> None:
        self._numbers[level - 1] += 1
        for deeper in range(level, len(self._numbers)):
            self._numbers[deeper] = 0
        number = ".".join(str(n) for n in self._numbers[:level])
        self._headings.append((level, f"{number} {clean_text(text)}"))
        self.para(self._headings[-1][1], f"Heading {level}")

    def para(self, text: str, style: str | None = None) -> None:
        self.append(paragraph_element(text, self.style_id(style) if style else None))

    def caption(self, kind: str, text: str) -> None:
        """ "Abbildung 3: …" with a SEQ field, so Word can renumber and list the captions."""
        if kind == "figure":
            self._figures += 1
            number, word = self._figures, self.t["figure"]
        else:
            self._tables += 1
            number, word = self._tables, self.t["table"]
        self.append(caption_element(word, number, text, self.style_id("Caption")))

    def figure(self, figure: Any, caption: str, width_cm: float = 16.0) -> None:
        """A chart at print resolution, narrowed if needed so that it fits one page."""
        from docx.shared import Cm

        figure_width, figure_height = figure.get_size_inches()
        width_cm = min(width_cm, MAX_FIGURE_HEIGHT_CM * figure_width / figure_height)
        dpi = self.options.dpi * width_cm / CM_PER_INCH / figure_width
        self.doc.add_picture(io.BytesIO(png_bytes(figure, dpi)), width=Cm(width_cm))
        self.caption("figure", caption)

    def table(
        self,
        headers: Sequence[str] | None,
        rows: Sequence[Sequence[Any]],
        caption: str | None = None,
        widths: Sequence[float] | None = None,
    ) -> None:
        """A grid table; ``headers`` None for a two-column profile; ``widths`` in cm
        (equal columns over the text width when not given)."""
        if caption:
            self.caption("table", caption)
        columns = len(headers) if headers is not None else len(rows[0])
        if any(len(values) != columns for values in rows):
            raise ValueError("every row of a table needs one value per column")
        if widths:
            twips = [round(width * TWIPS_PER_CM) for width in widths]
        else:
            twips = [self._text_width_twips() // columns] * columns
        self.append(table_element(headers, rows, twips, self._table_style_id))
        self.para("")

    def _text_width_twips(self) -> int:
        """The width between the margins; A4 with 2.5 cm margins if the template omits it."""
        section = self.doc.sections[-1]
        page, left, right = section.page_width, section.left_margin, section.right_margin
        if page is None or left is None or right is None:
            return round(16 * TWIPS_PER_CM)
        return int(page - left - right) // EMU_PER_TWIP

    @functools.cached_property
    def _table_style_id(self) -> str | None:
        """The grid style, if the template has it (a county's template may lack it); looked
        up once, like the paragraph styles."""
        try:
            return str(self.doc.styles["Table Grid"].style_id)
        except KeyError:
            return None

    def number(self, value: float, decimals: int = 1) -> str:
        return format_number(value, self.language, decimals)

    # -- the paper --------------------------------------------------------------------------------

    def build(self) -> None:
        report, chapters = self.report, self.options.chapters
        self.title_page()
        self.step(5, "contents")
        self.toc()
        steps = [
            (name, builder)
            for name, builder in (
                ("summary", self.summary),
                ("method", self.method),
                ("stakeholders", self.stakeholders),
                ("fields", self.fields),
                ("prioritisation", self.prioritisation),
                ("roadmap", self.roadmap),
                ("appendix", self.appendix),
                ("boards", self.boards),
            )
            if name in chapters
        ]
        for index, (name, builder) in enumerate(steps):
            self.step(10 + 85 * index // max(len(steps), 1), name)
            builder()
        self._finish_toc()
        self.doc.core_properties.title = clean_text(f"{report.county} – {report.title}")[
            :PROPERTY_LIMIT
        ]
        self.doc.core_properties.author = clean_text(report.client or report.county)[
            :PROPERTY_LIMIT
        ]

    def title_page(self) -> None:
        from docx.enum.text import WD_BREAK
        from docx.shared import Cm

        report, t = self.report, self.t
        if report.logo_png:
            self.doc.add_picture(io.BytesIO(report.logo_png), width=Cm(4))
        self.para(report.county, "Subtitle")
        self.para(report.title, "Title")
        if report.client:
            self.para(f"{t['client']}: {report.client}")
        if report.start_date or report.end_date:
            self.para(
                f"{t['period']}: {format_date(report.start_date, self.language)} – "
                f"{format_date(report.end_date, self.language)}"
            )
        self.para(f"{t['as_of']}: {format_date(self.options.today, self.language)}")
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def toc(self) -> None:
        """A real TOC field, refreshed by Word when the file is opened (updateFields)."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        self.doc.add_paragraph(self.t["toc"], style=self.style("TOC Heading"))
        paragraph = self.doc.add_paragraph()
        for kind, payload in (
            ("begin", None),
            ("instr", 'TOC \\o "1-3" \\h \\z \\u'),
            ("separate", None),
        ):
            run = paragraph.add_run()
            if kind == "instr":
                element = OxmlElement("w:instrText")
                element.set(qn("xml:space"), "preserve")
                element.text = payload
            else:
                element = _field_char(kind)
            run._r.append(element)
        self._toc_paragraph = paragraph
        settings = self.doc.settings.element
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)

    def _finish_toc(self) -> None:
        """Fill the field's result with the headings, so the contents show even where nothing
        updates fields (PDF conversion, viewers); Word replaces it with page numbers on open."""
        entries = [(level, text) for level, text in self._headings if level <= 2]
        anchor = self._toc_paragraph
        if not entries:
            anchor.add_run(self.t["toc_hint"])
            anchor.add_run()._r.append(_field_char("end"))
            return
        paragraphs = []
        for level, text in entries:
            paragraph = self.doc.add_paragraph(text, style=self.style(f"TOC {level}"))
            paragraphs.append(paragraph)
        paragraphs[-1].add_run()._r.append(_field_char("end"))
        for paragraph in reversed(paragraphs):  # move them right behind the field's start
            anchor._p.addnext(paragraph._p)

    def summary(self) -> None:
        report, t = self.report, self.t
        self.heading(t["chapter_summary"], 1)
        participants = sum(w[4] for w in report.workshops)
        self.para(
            t["method_text"].format(
                workshops=len(report.workshops),
                participants=participants,
                ideas=len(report.ideas),
                fields=len(self.included_fields()),
                proposals=len(report.proposals),
            )
        )
        self.table(
            [t["key_figures"], ""],
            [
                [t["workshops"], len(report.workshops)],
                [t["participants"], participants],
                [t["stakeholders"], len(report.stakeholders.stakeholders)],
                [t["ideas"], len(report.ideas)],
                [t["project_proposals"], len(report.proposals)],
            ],
        )
        if report.result is not None:
            self.heading(t["top"], 2)
            for index in order(report.result.totals)[:5]:
                info = report.evaluation.proposals[index]
                self.para(
                    f"{info.title} ({info.field_name}) – {t['score']} "
                    f"{self.number(report.result.totals[index])}",
                    "List Number",
                )
        wins = [p.title for p in report.proposals if p.quick_win]
        if wins:
            self.heading(t["quick_wins"], 2)
            for title in wins:
                self.para(title, "List Bullet")

    def method(self) -> None:
        report, t = self.report, self.t
        self.heading(t["chapter_method"], 1)
        if report.description:
            self.para(report.description)
        rows = [
            [w[0], format_date(w[1], self.language), w[2], w[3], w[4]] for w in report.workshops
        ]
        self.table(
            [t["workshop"], t["date"], t["place"], t["facilitator"], t["participants"]],
            rows,
            t["workshops"],
            widths=(5.0, 2.4, 4.0, 3.0, 2.0),
        )

    def stakeholders(self) -> None:
        from lk40_desktop.export.stakeholder_map import stakeholder_map_figure

        report, t = self.report, self.t
        data = report.stakeholders
        self.heading(t["chapter_stakeholders"], 1)
        by_group: dict[str, list[str]] = defaultdict(list)
        for row in data.stakeholders:
            group = data.group(row.group_id)
            by_group[group.name if group else "–"].append(row.name)
        self.table(
            [t["group"], t["count"], t["stakeholders"]],
            widths=(4.0, 1.6, 10.4),
            rows=[
                [g.name, len(by_group[g.name]), ", ".join(by_group[g.name])]
                for g in data.groups
                if by_group.get(g.name)
            ],
            caption=t["chapter_stakeholders"],
        )
        self.figure(stakeholder_map_figure(data, language=self.language), t["map_caption"])
        for quad in Quadrant:
            members = [
                f"{r.name} ({t.attitude(r.attitude)})"
                for r in data.stakeholders
                if quadrant(r.influence, r.interest) == quad
            ]
            if members:
                self.para(f"{t.quadrant(quad)}: " + ", ".join(members))
        rows = report.relation_rows()
        if rows:
            self.heading(t["key_relations"], 2)
            self.table(
                [t["from"], t["to"], t["kind"], t["label"]],
                rows,
                t["key_relations"],
                widths=(4.6, 4.6, 2.8, 4.0),
            )

    def included_fields(self) -> list[Any]:
        chosen = self.options.field_ids
        return [
            f
            for f in self.report.fields
            if (f.id in chosen if chosen is not None else not f.archived)
        ]

    def fields(self) -> None:
        report, t = self.report, self.t
        self.heading(t["chapter_fields"], 1)
        for action_field in self.included_fields():
            self.heading(action_field.name, 2)
            clusters: dict[str, list[Any]] = defaultdict(list)
            for idea in report.ideas:
                if idea.field_id == action_field.id:
                    clusters[idea.cluster or t["cluster_none"]].append(idea)
            for cluster, ideas in clusters.items():
                self.heading(cluster, 3)
                for idea in sorted(ideas, key=lambda i: -i.votes):
                    self.para(f"{idea.text} ({idea.votes} {t['votes_unit']})", "List Bullet")
            for proposal in (p for p in report.proposals if p.field_id == action_field.id):
                self.heading(f"{t['profile']}: {proposal.title}", 3)
                self.profile(proposal)

    def profile(self, p: ProposalRow) -> None:
        t = self.t
        self.table(
            None,
            [
                [t["goal"], p.goal],
                [t["target_groups"], p.target_groups],
                [t["measures"], p.measures],
                [t["lead"], p.lead],
                [t["partners"], p.partners],
                [t["cost_estimate"], format_euro(p.cost_eur, self.language)],
                [t["horizon"], t.horizon(p.time_horizon)],
                [t["funding"], p.funding_programmes],
                [t["kpis"], p.kpis],
                [t["quick_win"], t["yes"] if p.quick_win else t["no"]],
                [t["depends"], ", ".join(p.depends_on) or "–"],
            ],
            f"{t['profile']} {t.quoted(p.title)}",
            widths=(4.0, 12.0),
        )

    def prioritisation(self) -> None:
        from lk40_desktop.export.portfolio import portfolio_figure

        report, t = self.report, self.t
        self.heading(t["chapter_prioritisation"], 1)
        evaluation, result = report.evaluation, report.result
        total_weight = sum(c.spec.weight for c in evaluation.criteria) or 1.0
        self.table(
            [t["criterion"], t["weight"], t["direction"], t["scale"]],
            [
                [
                    c.name,
                    f"{self.number(100 * c.spec.weight / total_weight)} %",
                    t["cost_direction"] if c.spec.cost else t["benefit"],
                    f"{c.spec.scale_min:g}–{c.spec.scale_max:g}",
                ]
                for c in evaluation.criteria
            ],
            t["criteria_weights"],
        )
        if result is None:
            self.para(t["no_scores"])
            return
        rows = []
        for index in order(result.totals):
            info = evaluation.proposals[index]
            rank = result.ranks[index]
            rows.append(
                [
                    "–" if math.isnan(rank) else int(rank),
                    info.title,
                    info.field_name,
                    "–" if math.isnan(result.totals[index]) else self.number(result.totals[index]),
                    int(result.missing[index]) or "",
                ]
            )
        self.table(
            [t["rank"], t["proposal"], t["field"], t["score"], t["missing_scores"]],
            rows,
            t["ranking"],
            widths=(1.4, 6.6, 4.0, 2.0, 2.0),
        )
        self.figure(
            portfolio_figure(evaluation.proposals, result, language=self.language),
            t["portfolio_caption"],
        )
        self.heading(t["sensitivity"], 2)
        weights = [c.spec.weight for c in evaluation.criteria]
        ranges = sensitivity(result.utility, weights)
        remarks = []
        for index in order(result.totals)[:5]:
            for column, stable in enumerate(ranges[index]):
                if stable is not None and stable.high - stable.low < 0.1:
                    now = weights[column] / total_weight
                    remarks.append(
                        t["fragile"].format(
                            proposal=evaluation.proposals[index].title,
                            rank=int(result.ranks[index]),
                            criterion=evaluation.criteria[column].name,
                            low=f"{self.number(100 * stable.low, 0)} %",
                            high=f"{self.number(100 * stable.high, 0)} %",
                            now=f"{self.number(100 * now, 0)} %",
                        )
                    )
        for remark in remarks or [t["robust"]]:
            self.para(remark)

    def roadmap(self) -> None:
        from lk40_desktop.export.roadmap import roadmap_figures

        report, t = self.report, self.t
        self.heading(t["chapter_roadmap"], 1)
        colors: dict[str | None, str] = {f.id: f.color for f in report.fields}
        figures = roadmap_figures(report.proposals, colors, language=self.language)
        for part, figure in enumerate(figures, start=1):
            suffix = f" ({part}/{len(figures)})" if len(figures) > 1 else ""
            self.figure(figure, t["roadmap_caption"] + suffix)
        counts = Counter(p.time_horizon for p in report.proposals)
        self.table(
            [t["horizon"], t["project_proposals"]],
            [[t.horizon(h), counts.get(h, 0)] for h in HORIZONS],
        )

    def appendix(self) -> None:
        report, t = self.report, self.t
        self.heading(t["chapter_appendix"], 1)
        rows = [[report.field_name(i.field_id), i.cluster, i.text, i.votes] for i in report.ideas]
        self.table(
            [t["field"], t["cluster"], t["idea"], t["votes_unit"]],
            rows,
            t["chapter_appendix"],
            widths=(3.4, 3.4, 8.0, 1.2),
        )

    def boards(self) -> None:
        """A picture of each included field's board (cards, frames and dots as on the wall)."""
        from lk40_desktop.export.board_image import board_figure

        board, t = self.report.board, self.t
        self.heading(t["chapter_boards"], 1)
        for action_field in self.included_fields():
            cards = [card for card in board.cards if card.field_id == action_field.id]
            if cards:
                figure = board_figure(cards, board.clusters)
                self.figure(figure, t["board_caption"].format(field=action_field.name))


def _field_char(kind: str) -> Any:
    """A ``w:fldChar`` of type begin, separate or end."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    return element


def _clear_body(document: Any) -> None:
    """A template brings styles, page setup, header and footer; its sample text is dropped."""
    body = document.element.body
    for element in list(body):
        if not element.tag.endswith("}sectPr"):
            body.remove(element)


def build_paper(report: Report, options: PaperOptions, progress: Progress | None = None) -> Any:
    """The strategy paper as a python-docx document, not yet saved; progress runs from 5 %
    (``"contents"``) through the chosen chapters to 95 %.

    Saving is the export job's (``export.job.run_export``): it saves every file of an export
    beside its target and puts them in place together."""
    paper = _Paper(report, options, progress)
    paper.build()
    return paper.doc
