"""The Word strategy paper: title page, table of contents with page numbers, numbered
chapters with captions, tables and charts, in the styles of a template (the shipped default or
the county's own corporate-design ``.docx``), ready to print and to publish.

The writer only formats the report model (every number is the model's, so the paper and the
workbook say the same); every chart comes from the same renderers the app shows, drawn at the
size it is printed. The page rules do not depend on the template: styles it lacks are copied
from the shipped one (``paper_styles``), headings and table captions keep with what follows,
chapters start on a new page, table rows never split and header rows repeat, nothing is wider
than the text, the language is set with hyphenation (``paper_page``); every picture has an
alternative text (``descriptions``). Text Word cannot store (control characters) is cleaned
here; nothing else changes.
"""

from __future__ import annotations

import io
import logging
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from lk40_desktop.export import descriptions
from lk40_desktop.export.docx_xml import (
    W,
    bookmarked,
    contents_entry_element,
    hyperlink_xml,
    list_properties,
    paragraph_element,
    restarted_numbering,
    run_xml,
)
from lk40_desktop.export.markdown import Run, parse
from lk40_desktop.export.paper_page import (
    Properties,
    describe,
    readable_picture,
    set_properties,
)
from lk40_desktop.export.paper_styles import style_element
from lk40_desktop.export.progress import Progress, report_step
from lk40_desktop.export.raster import png_bytes
from lk40_desktop.export.text import clean_text, format_date, format_euro, format_number
from lk40_desktop.export.word_document import WordDocument
from lk40_desktop.services.photos import ExportPhoto
from lk40_desktop.services.report import CostTotal, ProposalRow, Report, VotingRound
from lk40_desktop.services.scoring.arithmetic import order
from lk40_desktop.services.scoring.sensitivity import sensitivity
from lk40_desktop.services.stakeholders.grid import Quadrant, quadrant
from lk40_desktop.services.strategy import DEFAULT_OUTLINE, WRITTEN_CHAPTERS

log = logging.getLogger(__name__)

CHAPTERS = DEFAULT_OUTLINE
"""Every chapter an export can choose: the generated ones and the ones the county writes
(``services.strategy``), in the default order (the project's outline orders them)."""
DEFAULT_CHAPTERS = frozenset(CHAPTERS) - {"boards"}
"""Pictures of the boards are asked for: a board of hundreds of cards does not read on a page,
and each picture adds to the export's time."""
CONTENTS_LEVELS = 2
"""Heading levels the table of contents lists (chapters and action fields)."""
LOGO_WIDTH_CM, LOGO_HEIGHT_CM = 4.0, 5.0
ROADMAP_ORDERS = ("start", "rank")
LIST_STYLES = {
    "bullet": ("List Bullet", "List Bullet 2"),
    "number": ("List Number", "List Number 2"),
}
"""The list styles of a Markdown list item by kind and level."""
LINK_SCHEMES = ("http://", "https://", "mailto:")
"""Links the paper makes clickable; any other target is printed as its text only."""


@dataclass
class PaperOptions:
    """What goes into the paper."""

    template: Path | None = None
    language: str | None = None
    chapters: frozenset[str] = DEFAULT_CHAPTERS
    field_ids: frozenset[str] | None = None
    """Action fields to include; None means every field that is not archived."""
    dpi: int = 300
    """Pixels per inch of the charts as printed."""
    moment: datetime = field(default_factory=lambda: datetime.now().astimezone())
    """When the paper is made: its "Stand" and its document properties."""
    final: bool | None = None
    """The final paper (no "Entwurf" on its title page); None: as the project says."""
    roadmap_order: str = "start"
    """The roadmap's bars by their start ("start") or by rank ("rank")."""


class _Paper(WordDocument):
    """Builds the document; numbering of headings, figures and tables lives here."""

    def __init__(self, report: Report, options: PaperOptions, progress: Progress | None) -> None:
        super().__init__(options.template, options.language or report.language)
        self.report = report
        self.options = options
        self.logo = (
            report.logo_png if report.logo_png and readable_picture(report.logo_png) else None
        )
        """The project's logo, if it is a picture Word can show (else the paper goes without:
        the pre-flight check says so)."""
        self._progress = progress
        self._numbers = [0, 0, 0]
        self._contents: list[tuple[int, str, str]] = []
        """(level, text, bookmark) of each heading the contents list."""
        self._contents_anchor: Any = None
        self._self_numbered: dict[int, bool] = {}

    # -- building blocks --------------------------------------------------------------------------

    def step(self, percent: int, key: str) -> None:
        report_step(self._progress, percent, key)

    def heading(self, text: str, level: int, *, numbered: bool = True) -> None:
        """A numbered heading in the template's heading style: chapters start a page, every
        heading stays with what follows it, and the contents list levels 1 and 2 with the
        page a bookmark on the heading carries. ``numbered`` False for the foreword, which
        stands before chapter 1 (a template that numbers its headings numbers it still)."""
        shown = clean_text(text)
        if numbered:
            self._numbers[level - 1] += 1
            for deeper in range(level, len(self._numbers)):
                self._numbers[deeper] = 0
            number = ".".join(str(n) for n in self._numbers[:level])
            if not self._numbers_itself(level):
                shown = f"{number} {shown}"
        if level == 1:
            self._drop_spacer()
        body = run_xml(shown)
        if level <= CONTENTS_LEVELS:
            anchor = f"_Toc{len(self._contents) + 1:04d}"
            self._contents.append((level, shown, anchor))
            body = bookmarked(body, anchor, len(self._contents))
        self.append(
            paragraph_element(
                "",
                self.style_id(f"Heading {level}"),
                body=body,
                keep_next=True,
                page_break_before=level == 1,
                hyphenate=False,
            )
        )

    def _drop_spacer(self) -> None:
        """Remove the empty paragraph a table leaves behind it when a chapter follows: the
        chapter starts a page anyway, and a spacer pushed onto a page of its own by a full
        table would print as a blank page before the chapter."""
        body = self.doc.element.body
        last = body.sectPr.getprevious() if body.sectPr is not None else body[-1]
        previous = None if last is None else last.getprevious()
        if (
            last is not None
            and last.tag == f"{W}p"
            and previous is not None
            and previous.tag == f"{W}tbl"
            and not "".join(last.itertext()).strip()
        ):
            body.remove(last)

    def _numbers_itself(self, level: int) -> bool:
        """Whether the template's heading style numbers its headings (outline numbering):
        then the paper writes no number of its own, or it would read "1 1 Summary"."""
        if level not in self._self_numbered:
            element = style_element(self.doc, f"Heading {level}")
            numbered = False
            seen: set[str] = set()
            ids = {
                str(s.get(_W + "styleId")): s for s in self.doc.styles.element.iter(_W + "style")
            }
            while element is not None and not numbered:
                numbered = element.find(f"{_W}pPr/{_W}numPr") is not None
                based = element.find(f"{_W}basedOn")
                key = None if based is None else str(based.get(f"{_W}val"))
                element = ids.get(key) if key and key not in seen else None
                seen.add(key or "")
            self._self_numbered[level] = numbered
        return self._self_numbered[level]

    def markdown(self, text: str) -> None:
        """A chapter's Markdown as Word paragraphs: bold and italic runs, links, bullet and
        numbered lists in the list styles with Word's own numbering (each numbered list
        starts at 1), a "#" line as a bold paragraph that keeps with what follows."""
        numbering: dict[int, str | None] = {}
        for block in parse(text):
            body = "".join(self._run(run) for run in block.runs)
            if block.kind in LIST_STYLES:
                style = LIST_STYLES[block.kind][block.level]
                properties = ""
                if block.kind == "number":
                    if block.list_id not in numbering:
                        numbering[block.list_id] = restarted_numbering(self.doc, style)
                    num_id = numbering[block.list_id]
                    properties = list_properties(num_id) if num_id else ""
                self.append(
                    paragraph_element("", self.style_id(style), body=body, properties=properties)
                )
            elif block.kind == "heading":
                bold = "".join(self._run(Run(r.text, True, r.italic, r.link)) for r in block.runs)
                self.append(paragraph_element("", None, body=bold, keep_next=True))
            else:
                self.append(paragraph_element("", None, body=body))

    def _run(self, run: Run) -> str:
        """One run of a chapter's text; a link to the web or an address becomes a hyperlink."""
        xml = run_xml(run.text, bold=run.bold, italic=run.italic, link=run.link is not None)
        if run.link and run.link.lower().startswith(LINK_SCHEMES):
            from docx.opc.constants import RELATIONSHIP_TYPE

            target = clean_text(run.link)
            relation = self.doc.part.relate_to(
                target, RELATIONSHIP_TYPE.HYPERLINK, is_external=True
            )
            return hyperlink_xml(relation, xml)
        return xml

    def figure(self, figure: Any, caption: str, alt_text: str) -> None:
        """A chart drawn at its printed size, its alternative text, and its caption below it,
        on the same page."""
        from docx.shared import Inches

        width, height = figure.get_size_inches()
        scale = min(1.0, self.chart_size.width / width, self.chart_size.max_height / height)
        if scale < 1.0:  # a chart larger than its room would print smaller than designed
            log.warning("figure %s scaled to %.2f", caption, scale)
        paragraph = self.doc.add_paragraph()
        paragraph.paragraph_format.keep_with_next = True
        picture = paragraph.add_run().add_picture(
            io.BytesIO(png_bytes(figure, self.options.dpi / scale)), width=Inches(width * scale)
        )
        describe(picture, alt_text, caption)
        self.caption("figure", caption)

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        caption: str | None = None,
        weights: Sequence[float] | None = None,
        *,
        first_column_bold: bool = False,
    ) -> None:
        """A grid table over the text width, its columns in the proportions of ``weights``
        (equal when not given); its caption above it."""
        if caption:
            self.caption("table", caption)
        self.grid(headers, rows, weights, first_column_bold=first_column_bold)

    def number(self, value: float, decimals: int = 1) -> str:
        return format_number(value, self.language, decimals)

    def score(self, value: float) -> str:
        """A total, benefit or effort as printed ("–" when not scored)."""
        return "–" if math.isnan(value) else self.number(value)

    def euro(self, value: float | None) -> str:
        return format_euro(value, self.language)

    # -- the paper --------------------------------------------------------------------------------

    def build(self) -> None:
        chapters = self.options.chapters
        self.title_page()
        self.step(5, "contents")
        self.contents()
        builders = {
            "summary": self.summary,
            "method": self.method,
            "stakeholders": self.stakeholders,
            "fields": self.fields,
            "prioritisation": self.prioritisation,
            "roadmap": self.roadmap,
            "appendix": self.appendix,
            "boards": self.boards,
        }
        order = [c.key for c in self.report.outline] or list(CHAPTERS)
        steps = [
            key
            for key in order
            if key in chapters and (key in builders or (key in WRITTEN_CHAPTERS and self._has(key)))
        ]
        for index, key in enumerate(steps):
            self.step(10 + 85 * index // max(len(steps), 1), key)
            if key in builders:
                builders[key]()
            else:
                self.written_chapter(key)
        self._fill_contents()
        self.page_frame(
            f"{self.report.county} – {self.report.title}", self.logo, self.report.county
        )
        self.properties()

    @property
    def final(self) -> bool:
        return self.report.final if self.options.final is None else self.options.final

    @property
    def today(self) -> date:
        return self.options.moment.date()

    def title_page(self) -> None:
        """Logo, county, title, client, period, and "Entwurf – Stand …" until final."""
        report, t = self.report, self.t
        if self.logo is not None:
            describe(self._logo_picture(self.logo), t["logo_alt"].format(county=report.county))
        self.para(report.county, "Subtitle")
        self.para(report.title, "Title")
        if report.client:
            self.para(f"{t['client']}: {report.client}")
        if report.start_date or report.end_date:
            self.para(
                f"{t['period']}: {format_date(report.start_date, self.language)} – "
                f"{format_date(report.end_date, self.language)}"
            )
        stand = t["final" if self.final else "draft"]
        self.para(stand.format(date=format_date(self.today, self.language)))

    def _logo_picture(self, logo: bytes) -> Any:
        """The project's logo at most 4 cm wide and 5 cm high."""
        from docx.shared import Cm

        paragraph = self.doc.add_paragraph()
        picture = paragraph.add_run().add_picture(io.BytesIO(logo), width=Cm(LOGO_WIDTH_CM))
        if picture.height > Cm(LOGO_HEIGHT_CM):  # a tall coat of arms: limit its height
            picture.width = int(picture.width * Cm(LOGO_HEIGHT_CM) / picture.height)
            picture.height = Cm(LOGO_HEIGHT_CM)
        return picture

    def contents(self) -> None:
        """The heading of the contents on a page of its own; the entries follow the build."""
        self.append(
            paragraph_element(
                self.t["toc"],
                self.style_id("TOC Heading"),
                page_break_before=True,
                hyphenate=False,
            )
        )
        self._contents_anchor = self.doc.element.body.sectPr.getprevious()

    def _fill_contents(self) -> None:
        """One line per chapter and action field: its text, dot leader and page number (a
        PAGEREF field to the heading's bookmark). LibreOffice keeps a TOC field's stored text
        as it is (measured with 7.4: its page numbers stay what the file says), but computes
        PAGEREF fields when it lays the paper out, and Word updates them on opening."""
        anchor = self._contents_anchor
        for level, text, bookmark in reversed(self._contents):
            entry = contents_entry_element(
                text, self.style_id(f"TOC {level}") or "", bookmark, self.text_width
            )
            anchor.addnext(entry)

    def properties(self) -> None:
        report, t = self.report, self.t
        stand = format_date(self.today, self.language)
        set_properties(
            self.doc,
            Properties(
                title=f"{report.county} – {report.title}",
                author=report.county or report.client,
                subject=report.title,
                language=self.language_tag,
                version=t["version_final" if self.final else "version_draft"].format(date=stand),
                created=self.options.moment,
            ),
        )

    def summary(self) -> None:
        report, t = self.report, self.t
        self.heading(t["chapter_summary"], 1)
        taking_part = report.participation
        people = t.count(
            "n_participants" if taking_part.distinct else "n_attendances", taking_part.count
        )
        self.para(
            t["summary_text"].format(
                workshops=t.count("n_workshops", len(report.workshops)),
                participants=people,
                ideas=t.count("n_ideas_collected", len(report.ideas)),
                fields=t.count("n_fields_in", report.fields_with_ideas()),
                proposals=t.count("n_proposals_developed", len(report.proposals)),
            )
        )
        total = report.cost_total()
        self.table(
            [t["key_figures"], t["value"]],
            [
                [t["workshops"], len(report.workshops)],
                [
                    t["participants_row" if taking_part.distinct else "attendances_row"],
                    self.number(taking_part.count, 0),
                ],
                [t["stakeholders"], len(report.stakeholders.stakeholders)],
                [t["ideas"], self.number(len(report.ideas), 0)],
                [t["project_proposals"], len(report.proposals)],
                [t["quick_wins"], len(report.quick_wins())],
                [t["cost_total_row"], self.euro(total.total_eur)],
                *self._financing_rows(),
            ],
            weights=(3, 1),
        )
        if report.result is not None:
            self.heading(t["top"], 2)
            for proposal in [p for p in report.ranked() if p.rank is not None][:5]:
                self.para(
                    f"{proposal.title} ({report.field_name(proposal.field_id) or '–'}) – "
                    f"{t['score']} {self.score(proposal.total)}",
                    "List Number",
                )
        self.heading(t["quick_wins"], 2)
        self.para(t["quick_win_rule"])
        wins = report.quick_wins()
        for proposal in wins:
            self.para(proposal.title, "List Bullet")
        if not wins:
            self.para(t["no_quick_wins"])

    def _financing_rows(self) -> list[list[str]]:
        """Own shares, grants, follow-up costs and staff of all profiles, where given."""
        t = self.t
        return [
            [t[key], self.number(value, 1) if key == "staff" else self.euro(value)]
            for key, value in self.report.financing().items()
        ]

    def method(self) -> None:
        report, t = self.report, self.t
        self.heading(t["chapter_method"], 1)
        if report.description:
            self.para(report.description)
        if report.rounds:
            entries = [
                t["round_entry"].format(
                    name=t.quoted(r.name) if r.name else t["round_unnamed"],
                    votes=t.count("n_votes", r.dots),
                    voters=t.count("n_voters", r.voters),
                )
                for r in report.rounds
            ]
            self.para(
                t["rounds_text"].format(
                    rounds=t.count("n_rounds_in", len(report.rounds)), list="; ".join(entries)
                )
            )
        rows = [
            [w.title, format_date(w.date, self.language), w.place, w.facilitator, w.participants]
            for w in report.workshops
        ]
        self.table(
            [t["workshop"], t["date"], t["place"], t["facilitator"], t["participants"]],
            rows,
            t["workshops"],
            weights=(5.0, 2.3, 4.0, 3.0, 1.9),
        )
        if report.participants:  # only who agreed to be named; nobody else reaches the report
            self.table(
                [t["workshop"], t["name"], t["organisation"]],
                [list(participant) for participant in report.participants],
                t["named_participants"],
                weights=(5.0, 5.0, 6.0),
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
            [
                [g.name, len(by_group[g.name]), ", ".join(by_group[g.name])]
                for g in data.groups
                if by_group.get(g.name)
            ],
            t["chapter_stakeholders"],
            weights=(4.0, 1.6, 10.4),
        )
        self.figure(
            stakeholder_map_figure(data, language=self.language, size=self.chart_size),
            t["map_caption"],
            descriptions.map_description(report, t),
        )
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
                weights=(4.6, 4.6, 2.8, 4.0),
            )

    def _votes_note(self, rounds: Sequence[VotingRound]) -> str:
        """Which dot votings the dots in brackets come from ("" without any)."""
        t = self.t
        if not rounds:
            return ""
        names = t.join([t.quoted(r.name) if r.name else t["round_unnamed"] for r in rounds])
        one, other = t["field_votes"].split("|")
        return (one if len(rounds) == 1 else other).format(names=names)

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
        self.para(t["empty_rule"])
        fields = self.included_fields()
        notes = {f.id: self._votes_note(report.rounds_of(f.id)) for f in fields}
        shared = len(set(notes.values())) == 1 and len(fields) > 1
        if shared and notes[fields[0].id]:
            self.para(notes[fields[0].id])  # every field's dots come from the same rounds: once
        for action_field in fields:
            self.heading(action_field.name, 2)
            self.field_texts(action_field.id, action_field.name)
            if notes[action_field.id] and not shared:
                # an introduction stays with what it introduces
                self.para(notes[action_field.id], keep_next=True)
            ideas = [idea for idea in report.ideas if idea.field_id == action_field.id]
            groups = [
                (c.name, [i for i in ideas if i.cluster_id == c.id])
                for c in report.clusters
                if c.field_id == action_field.id
            ]
            groups.append((t["cluster_none"], [i for i in ideas if i.cluster_id is None]))
            for name, members in groups:
                if not members:
                    continue
                self.heading(name or t["cluster_none"], 3)
                for idea in members:
                    votes = f" ({t.count('n_votes', idea.votes)})" if idea.votes else ""
                    self.para(f"{idea.text}{votes}", "List Bullet")
            for proposal in (p for p in report.proposals if p.field_id == action_field.id):
                code = f" {proposal.code}" if proposal.code else ""
                self.heading(f"{t['measure']}{code}: {proposal.title}", 3)
                self.profile(proposal)

    def _has(self, key: str) -> bool:
        """Whether a written chapter goes into the paper: included and with text (the
        Ausgangslage also with key figures alone)."""
        if self.report.written(key) is not None:
            return True
        chapter = next((c for c in self.report.outline if c.key == key), None)
        return (
            key == "status_quo"
            and bool(self.report.key_figures)
            and (chapter is None or chapter.included)
        )

    def written_chapter(self, key: str) -> None:
        """A chapter the county wrote: its heading (the foreword's without a number), its
        text, the foreword's signer, the Ausgangslage's key figures with source and date."""
        t, chapter = self.t, self.report.written(key)
        self.heading(t[f"chapter_{key}"], 1, numbered=key != "foreword")
        if chapter is not None:
            self.markdown(chapter.text)
            if chapter.signer.strip():
                self.para("")
                self.para(chapter.signer.strip())
        if key == "status_quo" and self.report.key_figures:
            self.table(
                [t["figure_label"], t["value"], t["figure_source"], t["as_of"]],
                [
                    [
                        f.label,
                        f.value,
                        f.source,
                        format_date(f.as_of, self.language) if f.as_of else "",
                    ]
                    for f in self.report.key_figures
                ],
                t["key_figures_caption"],
                weights=(5.0, 3.0, 5.5, 2.5),
            )

    def field_texts(self, field_id: str, field_name: str) -> None:
        """An action field's introduction (under its heading), Ausgangslage and Ziele with
        the table of goals, indicators and targets; empty ones are left out."""
        t, report = self.t, self.report
        intro = report.written("field_intro", field_id)
        if intro is not None:
            self.markdown(intro.text)
        status_quo = report.written("field_status_quo", field_id)
        if status_quo is not None:
            self.heading(t["chapter_field_status_quo"], 3)
            self.markdown(status_quo.text)
        goals_text = report.written("field_goals", field_id)
        goals = report.goals_of(field_id)
        chapters = report.field_texts.get(field_id, [])
        goals_included = all(c.included for c in chapters if c.key == "field_goals")
        if goals_text is None and not (goals and goals_included):
            return
        self.heading(t["chapter_field_goals"], 3)
        if goals_text is not None:
            self.markdown(goals_text.text)
        if goals:
            self.table(
                [t["goal"], t["goal_indicator"], t["goal_target"], t["goal_year"]],
                [
                    [
                        g.text,
                        g.indicator,
                        g.target_value,
                        "" if g.target_year is None else g.target_year,
                    ]
                    for g in goals
                ],
                t["goals_caption"].format(field=field_name),
                weights=(6.0, 5.0, 3.0, 2.0),
            )

    def profile(self, p: ProposalRow) -> None:
        """A measure's profile: its rank, score and status in one line, then a table of
        every field that has an entry (one rule for empty fields: they are left out, and
        the chapter says so once)."""
        t = self.t
        quick_win = t["yes"] if p.quick_win else t["no"]  # a disagreeing flag: export findings
        if p.rank is not None:
            line = t["profile_line"].format(
                rank=p.rank,
                count=sum(1 for other in self.report.proposals if other.rank is not None),
                score=self.score(p.total),
                status=t.status(p.status),
            )
        else:
            line = t["profile_line_unscored"].format(status=t.status(p.status))
        self.para(line, keep_next=True)
        sources = [
            t["source_entry"].format(
                idea=s.text,
                votes=t.count("n_votes", s.votes),
                workshop=f", {s.workshop}" if s.workshop else "",
            )
            for s in p.sources
        ]
        entries: list[tuple[str, Any]] = [
            (t["problem"], p.problem),
            (t["goal"], p.goal),
            (t["effect"], p.effect),
            (t["linked_goals"], "\n".join(p.goals)),
            (t["target_groups"], p.target_groups),
            (t["measures"], p.measures),
            (t["lead"], p.lead),
            (t["partners"], p.partners),
            (t["cost_estimate"], self._amount(p.cost_eur)),
            (t["own_share"], self._amount(p.own_share_eur)),
            (t["grants"], self._amount(p.grants_eur)),
            (t["funding"], p.funding_programmes),
            (t["follow_up"], self._amount(p.follow_up_eur)),
            (t["staff"], "" if p.staff_fte is None else self.number(p.staff_fte, 1)),
            (t["horizon"], t.horizon(p.time_horizon)),
            (t["start"], self._quarter(p.start_quarter)),
            (t["milestones"], p.milestones),
            (t["indicators"], p.kpis),
            (t["risks"], p.risks),
            (t["score"], "" if p.rank is None else self.score(p.total)),
            (t["rank"], "" if p.rank is None else p.rank),
            (t["quick_win"], quick_win),
            (t["depends"], ", ".join(p.depends_on)),
            (t["sources"], "\n".join(sources)),
        ]
        self.table(
            [t["attribute"], t["entry"]],
            [[name, value] for name, value in entries if str(value).strip()],
            f"{t['profile']} {t.quoted(p.title)}",
            weights=(4.0, 12.0),
            first_column_bold=True,
        )
        for photo in self.report.photos_of("proposal", p.id):
            self.proposal_photo(photo, p.title)

    def proposal_photo(self, photo: ExportPhoto, title: str) -> None:
        """A photo of a proposal, its caption (or "Foto zu „…“") below it."""
        t = self.t
        caption = photo.caption or t["photo_untitled"].format(title=t.quoted(title))
        self.photo(photo, caption, t["photo_alt"].format(title=t.quoted(title), caption=caption))

    def _amount(self, value: float | None) -> str:
        """A euro amount of a profile, "" when not given (the row is left out)."""
        return "" if value is None else self.euro(value)

    def _quarter(self, value: str) -> str:
        """ "2027-Q2" as "2. Quartal 2027" / "Q2 2027"."""
        year, _, quarter = value.partition("-Q")
        return self.t["start_quarter"].format(quarter=quarter, year=year) if quarter else value

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
            weights=(7.0, 2.5, 3.0, 3.5),
        )
        if result is None or not any(p.rank is not None for p in report.proposals):
            self.para(t["no_scores"])  # also a new project: no proposal, nothing to rank
        else:
            self._ranking()
            self.para(t["quick_win_rule_short"], keep_next=True)
            self.figure(
                portfolio_figure(
                    evaluation.proposals,
                    result,
                    language=self.language,
                    numbered=True,
                    size=self.chart_size,
                ),
                t["portfolio_caption"],
                descriptions.portfolio_description(report, t, self.language),
            )
            self._sensitivity()
        self._costs()

    def _ranking(self) -> None:
        """The ranking, the key to the portfolio's numbers; the column of missing scores only
        where a score is missing."""
        report, t = self.report, self.t
        missing = {p.id: self._missing(p) for p in report.proposals}
        columns: list[tuple[str, float, Any]] = [
            (t["number"], 1.1, lambda p: p.number),
            (t["proposal"], 4.6, lambda p: p.title),
            (t["field"], 3.1, lambda p: report.field_name(p.field_id) or "–"),
            (t["score"], 1.9, lambda p: self.score(p.total)),
            (t["rank"], 1.4, lambda p: "–" if p.rank is None else p.rank),
            (t["benefit"], 1.7, lambda p: self.score(p.benefit)),
            (t["effort"], 1.9, lambda p: self.score(p.effort)),
            (t["quick_win"], 1.6, lambda p: t["yes"] if p.quick_win else t["no"]),
        ]
        if any(missing.values()):
            columns.append((t["missing_scores"], 2.0, lambda p: missing[p.id] or ""))
        self.table(
            [name for name, _weight, _value in columns],
            [[value(p) for _name, _weight, value in columns] for p in report.ranked()],
            t["ranking_key"],
            weights=[weight for _name, weight, _value in columns],
        )

    def _missing(self, proposal: ProposalRow) -> int:
        result = self.report.result
        index = next(
            (
                i
                for i, info in enumerate(self.report.evaluation.proposals)
                if info.id == proposal.id
            ),
            None,
        )
        return 0 if result is None or index is None else int(result.missing[index])

    def _sensitivity(self) -> None:
        report, t = self.report, self.t
        evaluation, result = report.evaluation, report.result
        assert result is not None
        self.heading(t["sensitivity"], 2)
        weights = [c.spec.weight for c in evaluation.criteria]
        total_weight = sum(weights) or 1.0
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

    def _costs(self) -> None:
        """The estimated cost in total and by action field."""
        report, t = self.report, self.t
        if not report.proposals:
            return
        self.heading(t["costs"], 2)
        self._cost_text(report.cost_total())
        self._cost_table(
            t["field"], [(report.field_name(c.key), c) for c in report.cost_by_field()], "field"
        )

    def _cost_table(self, header: str, groups: list[tuple[str, CostTotal]], by: str) -> None:
        """Cost estimates per group (action field or horizon) with the sum of all."""
        t, total = self.t, self.report.cost_total()
        rows = [[name, c.proposals, self.euro(c.total_eur)] for name, c in groups]
        rows.append([t["sum"], total.proposals, self.euro(total.total_eur)])
        self.table(
            [header, t["project_proposals"], t["cost_estimate"]],
            rows,
            t[f"cost_by_{by}"],
            weights=(7.5, 4.0, 4.5),
        )

    def _cost_text(self, total: CostTotal) -> None:
        t = self.t
        text = t["cost_text"].format(
            proposals=t.count("n_proposals", total.proposals), total=self.euro(total.total_eur)
        )
        if total.unestimated:
            text += " " + t["cost_unestimated"].format(
                count=t.count("n_unestimated", total.unestimated)
            )
        self.para(text)

    def roadmap(self) -> None:
        from lk40_desktop.export.roadmap import in_order, roadmap_figures, rows_per_figure

        report, t = self.report, self.t
        self.heading(t["chapter_roadmap"], 1)
        start = report.start_date or self.today
        order_by = self.options.roadmap_order
        self.para(
            t["roadmap_text"].format(start=format_date(start, self.language))
            + " "
            + t["roadmap_by_rank" if order_by == "rank" else "roadmap_by_start"]
        )
        figures = roadmap_figures(
            report.proposals,
            {f.id: f.color for f in report.fields},
            {f.id: f.name for f in report.fields},
            start=start,
            language=self.language,
            order_by=order_by,
            size=self.chart_size,
        )
        ordered = in_order(report.proposals, order_by)
        per_figure = rows_per_figure(self.chart_size)
        for part, figure in enumerate(figures, start=1):
            suffix = f" ({part}/{len(figures)})" if len(figures) > 1 else ""
            shown = ordered[(part - 1) * per_figure : part * per_figure]
            self.figure(
                figure,
                t["roadmap_caption"] + suffix,
                descriptions.roadmap_description(shown, t, start),
            )
        self._cost_table(
            t["horizon"], [(t.horizon(c.key), c) for c in report.cost_by_horizon()], "horizon"
        )

    def appendix(self) -> None:
        report, t = self.report, self.t
        self.heading(t["chapter_appendix"], 1)
        rows = [[report.field_name(i.field_id), i.cluster, i.text, i.votes] for i in report.ideas]
        self.table(
            [t["field"], t["cluster"], t["idea"], t["votes_heading"]],
            rows,
            t["appendix_caption"],
            weights=(3.2, 3.2, 7.8, 1.8),
        )

    def boards(self) -> None:
        """A picture of each included field's board (cards, frames and dots as on the wall)."""
        from lk40_desktop.export.board_image import board_figure

        board, t = self.report.board, self.t
        self.heading(t["chapter_boards"], 1)
        for action_field in self.included_fields():
            cards = [card for card in board.cards if card.field_id == action_field.id]
            if cards:
                clusters = [c for c in board.clusters if c.field_id == action_field.id]
                self.figure(
                    board_figure(cards, board.clusters, size=self.chart_size),
                    t["board_caption"].format(field=action_field.name),
                    descriptions.board_description(action_field.name, cards, len(clusters), t),
                )


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def build_paper(report: Report, options: PaperOptions, progress: Progress | None = None) -> Any:
    """The strategy paper as a python-docx document, not yet saved; progress runs from 5 %
    (``"contents"``) through the chosen chapters to 95 %.

    Saving is the export job's (``export.job.run_export``): it saves every file of an export
    beside its target and puts them in place together."""
    paper = _Paper(report, options, progress)
    paper.build()
    return paper.doc
