"""The results protocol (Ergebnisprotokoll) of one workshop as a Word document, in the
styles of the same template as the strategy paper: the key facts, who took part (named only
with consent), the agenda with its times, the cards by action field and cluster with the dots
of the workshop's rounds, the votes, the proposals of the day and the next steps; footer with
"Seite X von Y", the county's logo in the header.

It formats ``services.protocol.Protocol`` only: whom it may name was decided there.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

from lk40_desktop.export.atomic import atomic_target
from lk40_desktop.export.docx_xml import paragraph_element, run_xml
from lk40_desktop.export.paper_page import (
    Properties,
    readable_picture,
    set_properties,
)
from lk40_desktop.export.text import clean_text, file_stem, format_date
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.export.word_document import WordDocument
from lk40_desktop.services.protocol import Protocol, ProtocolField


class _Protocol(WordDocument):
    """Builds the protocol's document."""

    def __init__(self, protocol: Protocol, template: Path | None, moment: datetime) -> None:
        super().__init__(template, protocol.language)
        self.protocol = protocol
        self.moment = moment

    def build(self) -> Any:
        """The whole document, not yet saved."""
        protocol, t = self.protocol, self.t
        self.para(protocol.county, "Subtitle")
        self.para(f"{t['protocol']}: {protocol.title}", "Title")
        self.para(protocol.project_title, "Subtitle")
        self.facts()
        self.participants()
        self.agenda()
        self.results()
        self.votes()
        self.proposals()
        self.photos()
        self.next_steps()
        self.frame()
        return self.doc

    def heading(self, text: str, level: int = 2) -> None:
        """A section (level 2) or an action field (level 3): the template's Heading 1 starts
        a page, which suits a paper's chapters, not a protocol of a few pages."""
        self.para(clean_text(text), f"Heading {level}", keep_next=True)

    def labelled(self, label: str, value: str, *, keep_next: bool = False) -> None:
        """A paragraph that starts with a bold label ("Ort: …", a cluster's name)."""
        body = run_xml(clean_text(label), bold=True) + (run_xml(clean_text(value)) if value else "")
        self.append(paragraph_element("", None, body=body, keep_next=keep_next))

    def facts(self) -> None:
        protocol, t = self.protocol, self.t
        if protocol.start and protocol.end:
            time = t["protocol_time_span"].format(start=protocol.start, end=protocol.end)
        else:
            time = t["protocol_time_from"].format(start=protocol.start) if protocol.start else "–"
        facts = [
            (t["protocol_date"], format_date(protocol.day, self.language)),
            (t["protocol_time"], time),
            (t["protocol_place"], protocol.place or "–"),
            (t["protocol_facilitation"], protocol.facilitator or "–"),
            (t["protocol_head_count"], t.count("n_people", protocol.head_count)),
            (t["as_of"], format_date(self.moment.date(), self.language)),
        ]
        self.heading(t["protocol_facts"])
        for label, value in facts:
            self.labelled(f"{label}: ", value)

    def participants(self) -> None:
        protocol, t = self.protocol, self.t
        self.heading(t["protocol_participants"])
        if not protocol.head_count:
            self.para(t["protocol_nobody"])
            return
        if not protocol.named:
            count = t.count("n_people", protocol.head_count)
            self.para(t["protocol_nobody_named"].format(count=count))
            return
        self.para(t["protocol_named"])
        self.grid(
            [t["name"], t["organisation"]], [list(person) for person in protocol.named], [1, 1]
        )
        others = protocol.head_count - len(protocol.named)
        if others > 0:
            self.para(t["protocol_others"].format(others=t.count("n_people", others)))

    def agenda(self) -> None:
        protocol, t = self.protocol, self.t
        self.heading(t["protocol_agenda"])
        if not protocol.agenda:
            self.para(t["protocol_no_agenda"])
            return
        rows = [
            [
                point.start or "–",
                point.title,
                t["protocol_minutes_value"].format(n=point.minutes),
                point.notes,
            ]
            for point in protocol.agenda
        ]
        headers = [t["protocol_time"], t["protocol_item"], t["protocol_minutes"]]
        self.grid([*headers, t["protocol_notes"]], rows, [1, 4, 1.5, 4])

    def results(self) -> None:
        protocol, t = self.protocol, self.t
        self.heading(t["protocol_results"])
        if not protocol.card_count:
            self.para(t["protocol_no_cards"])
            return
        cards = t.count("n_cards", protocol.card_count)
        self.para(t["protocol_results_intro"].format(cards=cards))
        for action_field in protocol.fields:
            self.heading(action_field.name, 3)
            self.field_cards(action_field)

    def field_cards(self, action_field: ProtocolField) -> None:
        """One table per cluster: the card, then its dots in each of the workshop's rounds."""
        protocol, t = self.protocol, self.t
        rounds = protocol.rounds
        dot_headers = (
            [t["protocol_dots"]]
            if len(rounds) == 1
            else [f"{t['protocol_dots']} {name}" for name in rounds]
        )
        for cluster in action_field.clusters:
            self.labelled(cluster.name or t["cluster_none"], "", keep_next=True)
            rows = [
                [
                    f"{card.text}\n{card.details}" if card.details else card.text,
                    *(str(dots) for dots in card.dots),
                ]
                for card in cluster.cards
            ]
            self.grid([t["protocol_card"], *dot_headers], rows, [6, *[1.2] * len(rounds)])

    def votes(self) -> None:
        protocol, t = self.protocol, self.t
        self.heading(t["protocol_votes"])
        if not protocol.rounds:
            self.para(t["protocol_no_rounds"])
        for name, dots in zip(protocol.rounds, protocol.round_totals, strict=True):
            self.para(t["protocol_round"].format(name=name, dots=t.count("n_votes", dots)))

    def proposals(self) -> None:
        protocol, t = self.protocol, self.t
        self.heading(t["protocol_proposals"])
        if not protocol.proposals:
            self.para(t["protocol_no_proposals"])
            return
        self.para(t["protocol_proposals_intro"])
        rows = [
            [
                p.code or "–",
                p.title,
                p.field or "–",
                t["protocol_new" if p.created else "protocol_changed"],
            ]
            for p in protocol.proposals
        ]
        headers = [t["sheet_no"], t["proposal"], t["field"], t["protocol_state"]]
        self.grid(headers, rows, [1, 5, 3, 1.5])

    def photos(self) -> None:
        """The workshop's photos, then its boards' photos of the day, each with a numbered
        caption (a protocol without photos has no such section)."""
        protocol, t = self.protocol, self.t
        if not protocol.photos:
            return
        self.heading(t["protocol_photos"])
        title = t.quoted(protocol.title)
        for photo in protocol.photos:
            caption = photo.caption or t["protocol_photo_untitled"].format(title=title)
            if photo.owner.kind == "board":
                caption = t["protocol_board_photo"].format(
                    field=t.quoted(photo.owner_name), caption=caption
                )
            self.photo(photo, caption, t["protocol_photo_alt"].format(title=title, caption=caption))

    def next_steps(self) -> None:
        protocol, t = self.protocol, self.t
        self.heading(t["protocol_next_steps"])
        lines = [line.strip() for line in protocol.next_steps.splitlines() if line.strip()]
        for line in lines or [t["protocol_no_next_steps"]]:
            self.para(line)

    def frame(self) -> None:
        """Footer with county, workshop and "Seite X von Y"; the logo in the header; the
        document's properties."""
        protocol, t = self.protocol, self.t
        logo = (
            protocol.logo_png if protocol.logo_png and readable_picture(protocol.logo_png) else None
        )
        # the workshop's title is on page 1 (it may be long); the footer names the kind
        self.page_frame(f"{protocol.county} – {t['protocol']}", logo, protocol.county)
        set_properties(
            self.doc,
            Properties(
                title=f"{t['protocol']}: {protocol.title}",
                author=protocol.county,
                subject=protocol.project_title,
                language=self.language_tag,
                version=format_date(self.moment.date(), self.language),
                created=self.moment,
            ),
        )


def build_protocol(
    protocol: Protocol, template: Path | None = None, moment: datetime | None = None
) -> Any:
    """The protocol as a python-docx document, not yet saved."""
    when = moment or datetime.now().astimezone()
    return _Protocol(protocol, template, when).build()


def write_protocol(
    protocol: Protocol, target: Path, template: Path | None = None, moment: datetime | None = None
) -> Path:
    """Write the protocol to ``target`` atomically (a failure leaves no half file and raises
    ``ExportTargetError`` naming the target); returns the target."""
    document = build_protocol(protocol, template, moment)
    stream = io.BytesIO()  # saved in memory first: a full disk fails as one error
    document.save(stream)
    with atomic_target(target) as temporary:
        temporary.write_bytes(stream.getvalue())
    return target


def protocol_file_name(protocol: Protocol) -> str:
    """The name a protocol's file is offered under: "Protokoll <workshop>.docx"."""
    word = Words(protocol.language)["protocol"]
    return f"{file_stem(f'{word} {protocol.title}')}.docx"
