"""Which column of a list fills which field: the fields each kind of list can fill, a guess
from the column titles (German and English, as address books, Excel lists and survey
exports name them), and the user's earlier choices, which win over the guess.

Contact details are personal data (``services.privacy.PERSONAL_FIELDS``): the guess puts
first and last names, e-mail, telephone and address columns into the stakeholder's contact
person and contact details (for ideas, the author), where the inventory of personal data,
"Ohne Kontaktdaten" and the removal of personal data find them — never into a name or an
organisation. A column mapped to nothing is not imported at all."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Literal

Kind = Literal["stakeholder", "idea"]
KINDS: tuple[Kind, ...] = ("stakeholder", "idea")

FIELDS: dict[Kind, tuple[str, ...]] = {
    "stakeholder": (
        "name",
        "organisation",
        "group",
        "influence",
        "interest",
        "attitude",
        "contact_person",
        "contact_details",
        "notes",
    ),
    "idea": ("text", "details", "author_group", "tags"),
}
"""The fields a list can fill, in the order the dialog offers them."""
REQUIRED: dict[Kind, str] = {"stakeholder": "name", "idea": "text"}
"""The field without which a row is skipped."""
JOINERS: dict[str, str] = {"contact_details": ", ", "notes": "\n", "details": "\n", "tags": ", "}
"""How the values of several columns mapped to one field join (else with a space: first and
last name into the contact person)."""
SINGLE = frozenset({"name", "organisation", "group", "influence", "interest", "attitude", "text"})
"""Fields the guess gives one column at most."""

ColumnMapping = tuple[str | None, ...]
"""The field of each column (None: not imported)."""

_SYNONYMS: dict[Kind, tuple[tuple[str, tuple[str, ...]], ...]] = {
    # in the order a title is tried: the more telling words first
    "stakeholder": (
        (
            "contact_person",
            (
                "ansprechpartner",
                "ansprechperson",
                "kontaktperson",
                "vorname",
                "nachname",
                "contact person",
                "first name",
                "last name",
                "surname",
            ),
        ),
        (
            "contact_details",
            (
                "e mail",
                "email",
                "mail",
                "telefon",
                "tel",
                "mobil",
                "handy",
                "fax",
                "strasse",
                "straße",
                "adresse",
                "anschrift",
                "plz",
                "postleitzahl",
                "ort",
                "website",
                "internet",
                "kontaktdaten",
                "kontakt",
                "phone",
                "address",
                "contact details",
                "contact",
            ),
        ),
        (
            "organisation",
            (
                "organisation",
                "organization",
                "firma",
                "unternehmen",
                "institution",
                "einrichtung",
                "behörde",
                "verein",
                "verband",
                "company",
            ),
        ),
        ("group", ("stakeholdergruppe", "gruppe", "kategorie", "sektor", "group", "category")),
        ("influence", ("einfluss", "influence")),
        ("interest", ("interesse", "interest")),
        ("attitude", ("haltung", "einstellung", "attitude", "stance")),
        ("notes", ("notiz", "bemerkung", "anmerkung", "kommentar", "note", "comment")),
        ("name", ("name", "stakeholder", "akteur", "bezeichnung")),
    ),
    "idea": (
        ("details", ("beschreibung", "details", "erläuterung", "begründung", "description")),
        ("tags", ("schlagwort", "stichwort", "tags", "tag", "thema", "themen", "kategorie")),
        (
            "author_group",
            ("autor", "verfasser", "einreicher", "absender", "gruppe", "author", "vorname", "name"),
        ),
        ("text", ("idee", "vorschlag", "titel", "text", "karte", "beitrag", "anliegen", "idea")),
    ),
}


def title_key(title: str) -> str:
    """A column title as it is compared and remembered: lower case, words only."""
    return " ".join(re.sub(r"[^\w]+", " ", title.casefold()).split())


def _guess_one(kind: Kind, title: str) -> str | None:
    key = title_key(title)
    if not key:
        return None
    for target, words in _SYNONYMS[kind]:
        if key in words:
            return target
    padded = f" {key} "
    for target, words in _SYNONYMS[kind]:
        if any(f" {word}" in padded for word in words):
            return target
    return None


def guess(
    kind: Kind, header: Sequence[str], remembered: Mapping[str, str] | None = None
) -> ColumnMapping:
    """A field for each column: what the user chose for a column of this title before
    (``remembered``: title key → field, "" for not imported), else the guess. A list of
    stakeholders without a name column is named after its organisation column."""
    remembered = remembered or {}
    fields = FIELDS[kind]
    chosen: list[str | None] = []
    for title in header:
        key = title_key(title)
        if key in remembered:
            choice = remembered[key]
            chosen.append(choice if choice in fields else None)
            continue
        target = _guess_one(kind, title)
        chosen.append(None if target in SINGLE and target in chosen else target)
    if kind == "stakeholder" and "name" not in chosen and "organisation" in chosen:
        chosen[chosen.index("organisation")] = "name"
    return tuple(chosen)


def remembered_choices(header: Sequence[str], mapping: ColumnMapping) -> dict[str, str]:
    """What to remember of a mapping: title key → field ("" for not imported)."""
    return {
        title_key(title): field or ""
        for title, field in zip(header, mapping, strict=True)
        if title_key(title)
    }
