"""A workshop's paper at the door and on the wall: the sign-in list (name, organisation,
group, signature and two separate consents — to be named in the protocol, to be photographed —
below the Art. 13 GDPR notice) and the agenda with its times."""

from __future__ import annotations

from datetime import date

from lk40_desktop.export.text import format_date
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.printing.page import Sheet
from lk40_desktop.printing.table import Column, draw_table
from lk40_desktop.services.agenda import start_times
from lk40_desktop.services.sheets import WorkshopSheet


def _head(sheet: Sheet, title: str, workshop: WorkshopSheet, words: Words) -> None:
    name = workshop.title or words["sheet_no_workshop"]
    sheet.paragraph(f"{title}: {name}", sheet.font(16, bold=True), gap_mm=1.5)
    when = format_date(date.fromisoformat(workshop.date), words.language) if workshop.date else ""
    start = f"{workshop.start}" if workshop.start else words["sheet_no_start"]
    facts = " · ".join(part for part in (when, start, workshop.place) if part)
    sheet.paragraph(facts, sheet.font(11))


def draw_sign_in(sheet: Sheet, workshop: WorkshopSheet, words: Words) -> None:
    """Empty numbered lines to sign: no name is printed (see ``services.sheets``)."""
    _head(sheet, words["sheet_sign_in"], workshop, words)
    notice = words.sign_in_notice(workshop.controller, workshop.title, workshop.contact)
    sheet.paragraph(notice, sheet.font(7.5))
    hint = words["sheet_consent_hint"]
    columns = [
        Column(words["sheet_no"], 10),
        Column(words["sheet_name"], None, "blank"),
        Column(words["sheet_organisation"], None, "blank"),
        Column(words["sheet_group"], 30, "blank"),
        Column(words["sheet_signature"], 50, "blank"),
        Column(f"{words['sheet_consent_named']} ({hint})", 32, "box"),
        Column(f"{words['sheet_consent_photo']} ({hint})", 32, "box"),
    ]
    rows = [[str(n), *[""] * (len(columns) - 1)] for n in range(1, workshop.rows + 1)]
    draw_table(sheet, columns, rows, points=10, row_mm=11)


def _item(title: str, field: str) -> str:
    """A point with the board it works on, unless its title names the board already."""
    return f"{title}\n{field}" if field and field.casefold() not in title.casefold() else title


def draw_agenda(sheet: Sheet, workshop: WorkshopSheet, words: Words) -> None:
    """The points in their order, each with its clock time when the start is known."""
    _head(sheet, words["sheet_agenda"], workshop, words)
    minutes = [entry.minutes for entry in workshop.entries]
    starts = start_times(workshop.start, minutes) if workshop.start else [""] * len(minutes)
    ends = [*starts[1:], workshop.end]
    rows = [
        [
            f"{start}–{end}" if start else "",
            _item(entry.title, entry.field_name),
            str(entry.minutes),
            entry.notes,
        ]
        for entry, start, end in zip(workshop.entries, starts, ends, strict=True)
    ]
    columns = [
        Column(words["sheet_time"], 28),
        Column(words["sheet_item"]),
        Column(words["sheet_minutes"], 20),
        Column(words["sheet_notes"], 60),
    ]
    draw_table(sheet, columns, rows, points=11, row_mm=9)
    if workshop.end:
        sheet.paragraph(words["sheet_agenda_end"].format(time=workshop.end), sheet.font(11))
