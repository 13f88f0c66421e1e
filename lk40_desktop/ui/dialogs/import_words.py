"""How the import of a list names things for the user: the fields a column can fill, the
separators and encodings of a CSV, the duplicate choices, why a file was refused, why a row
was skipped and a value left out (German first, English through the translation). The
command line words the same reasons in ``cli_imports``; the dialog and its report word them
here, once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from lk40_desktop.services.imports.duplicates import Choice, Match
from lk40_desktop.services.imports.mapping import Kind
from lk40_desktop.services.imports.records import Note, Noted, Skip, Skipped
from lk40_desktop.services.imports.table import ReadProblem, ReadRefusedError
from lk40_desktop.ui.widgets.display import shown


def field_names(kind: Kind) -> dict[str, str]:
    """The fields a column can fill, in the words of the stakeholder table and card list."""
    if kind == "idea":
        return {
            "text": QCoreApplication.translate("ImportWords", "Karte (Text)"),
            "details": QCoreApplication.translate("ImportWords", "Details"),
            "author_group": QCoreApplication.translate("ImportWords", "Autorengruppe"),
            "tags": QCoreApplication.translate("ImportWords", "Schlagworte"),
        }
    return {
        "name": QCoreApplication.translate("ImportWords", "Name"),
        "organisation": QCoreApplication.translate("ImportWords", "Organisation"),
        "group": QCoreApplication.translate("ImportWords", "Gruppe"),
        "influence": QCoreApplication.translate("ImportWords", "Einfluss"),
        "interest": QCoreApplication.translate("ImportWords", "Interesse"),
        "attitude": QCoreApplication.translate("ImportWords", "Haltung"),
        "contact_person": QCoreApplication.translate("ImportWords", "Ansprechperson"),
        "contact_details": QCoreApplication.translate("ImportWords", "Kontakt"),
        "notes": QCoreApplication.translate("ImportWords", "Notizen"),
    }


def not_imported() -> str:
    """The mapping's choice for a column that is left out."""
    return QCoreApplication.translate("ImportWords", "– nicht übernehmen –")


def attitude_names() -> dict[str, str]:
    """The stored attitudes as the stakeholder table names them."""
    return {
        "supporter": QCoreApplication.translate("ImportWords", "Unterstützer"),
        "neutral": QCoreApplication.translate("ImportWords", "Neutral"),
        "critic": QCoreApplication.translate("ImportWords", "Kritiker"),
    }


def separator_names() -> dict[str, str]:
    """A CSV's separators (``services.imports.delimited.SEPARATORS``) by name."""
    return {
        ";": QCoreApplication.translate("ImportWords", "Semikolon ( ; )"),
        "\t": QCoreApplication.translate("ImportWords", "Tabulator"),
        ",": QCoreApplication.translate("ImportWords", "Komma ( , )"),
        "|": QCoreApplication.translate("ImportWords", "Senkrechter Strich ( | )"),
    }


def encoding_names() -> dict[str, str]:
    """A CSV's encodings (``services.imports.delimited.ENCODINGS``) as offices know them."""
    return {
        "utf-8": QCoreApplication.translate("ImportWords", "UTF-8 (Excel „CSV UTF-8“)"),
        "cp1252": QCoreApplication.translate("ImportWords", "Windows-1252 (Excel „CSV“)"),
        "iso-8859-15": QCoreApplication.translate("ImportWords", "ISO-8859-15 (Latin-9)"),
        "utf-16": QCoreApplication.translate("ImportWords", "UTF-16 (Excel „Unicode-Text“)"),
        "cp850": QCoreApplication.translate("ImportWords", "DOS (CP850)"),
        "mac-roman": QCoreApplication.translate("ImportWords", "Mac Roman"),
    }


def choice_names() -> dict[Choice, str]:
    """What to do with a row that names what the project has."""
    return {
        "skip": QCoreApplication.translate("ImportWords", "Überspringen"),
        "merge": QCoreApplication.translate("ImportWords", "Zusammenführen"),
        "keep": QCoreApplication.translate("ImportWords", "Beide behalten"),
    }


def read_problem_text(error: ReadRefusedError) -> str:
    """Why a file was not read, and that nothing was imported."""
    texts = {
        ReadProblem.UNSUPPORTED: QCoreApplication.translate(
            "ImportWords",
            "„{name}“ ist keine Liste, die LK40 einliest (.xlsx, .xls, .ods oder .csv).",
        ),
        ReadProblem.TOO_LARGE: QCoreApplication.translate(
            "ImportWords",
            "„{name}“ ist zu groß (über 100 MB) – so viele Zeilen braucht keine Liste. Bitte "
            "die Liste teilen oder nur die nötigen Spalten speichern.",
        ),
        ReadProblem.EMPTY: QCoreApplication.translate("ImportWords", "„{name}“ ist leer."),
        ReadProblem.HEADER_ONLY: QCoreApplication.translate(
            "ImportWords", "„{name}“ enthält nur eine Kopfzeile, aber keine Zeilen darunter."
        ),
        ReadProblem.ENCRYPTED: QCoreApplication.translate(
            "ImportWords",
            "„{name}“ ist mit einem Kennwort geschützt. Bitte in Excel oder LibreOffice ohne "
            "Kennwort speichern und erneut importieren.",
        ),
        ReadProblem.DAMAGED: QCoreApplication.translate(
            "ImportWords",
            "„{name}“ lässt sich nicht als das lesen, was die Endung sagt (beschädigt oder ein "
            "anderes Format): {detail}",
        ),
        ReadProblem.UNKNOWN_ENCODING: QCoreApplication.translate(
            "ImportWords",
            "Die Zeichenkodierung von „{name}“ ist unbekannt (weder UTF-8 noch Windows-1252). "
            "Bitte in Excel als „CSV UTF-8“ speichern.",
        ),
        ReadProblem.WRONG_ENCODING: QCoreApplication.translate(
            "ImportWords",
            "„{name}“ passt nicht zur gewählten Zeichenkodierung (Zeile {detail}). Bitte eine "
            "andere wählen.",
        ),
    }
    return " ".join(
        (
            texts[error.problem].format(name=shown(error.path.name), detail=shown(error.detail)),
            QCoreApplication.translate("ImportWords", "Es wurde nichts importiert."),
        )
    )


def too_many_stakeholders(path: Path, rows: int, limit: int) -> str:
    """Why a stakeholder list that is too long is not imported."""
    return QCoreApplication.translate(
        "ImportWords",
        "„{name}“ hat {rows} Zeilen. Mit ihnen hätte das Projekt mehr als {limit} Stakeholder – "
        "mehr, als die Stakeholder-Karte zügig zeigen kann. Bitte nur die Stakeholder "
        "importieren, die für die Strategie zählen. Es wurde nichts importiert.",
    ).format(name=shown(path.name), rows=_count(rows), limit=_count(limit))


def _count(number: int) -> str:
    """A count as the UI's language writes it (10.000, 10,000)."""
    return QLocale().toString(number)


def skipped_text(kind: Kind, skipped: Skipped) -> str:
    """One skipped row: its number and why."""
    reasons = {
        Skip.MISSING: QCoreApplication.translate("ImportWords", "Zeile {number}: ohne Namen")
        if kind == "stakeholder"
        else QCoreApplication.translate("ImportWords", "Zeile {number}: ohne Text"),
        Skip.DUPLICATE: QCoreApplication.translate(
            "ImportWords", "Zeile {number}: „{detail}“ gibt es im Projekt schon"
        ),
        Skip.REPEATED: QCoreApplication.translate(
            "ImportWords", "Zeile {number}: wiederholt Zeile {detail}"
        ),
    }
    return reasons[skipped.reason].format(number=skipped.number, detail=shown(skipped.detail))


def merged_text(kind: Kind, match: Match) -> str:
    """One row merged into what the project (or an earlier row of the list) has."""
    if match.existing_id is None:
        return QCoreApplication.translate(
            "ImportWords", "Zeile {number}: mit Zeile {earlier} der Liste zusammengeführt"
        ).format(number=match.number, earlier=match.earlier)
    text = (
        QCoreApplication.translate(
            "ImportWords", "Zeile {number}: mit dem Stakeholder „{label}“ zusammengeführt"
        )
        if kind == "stakeholder"
        else QCoreApplication.translate(
            "ImportWords", "Zeile {number}: mit der Karte „{label}“ zusammengeführt"
        )
    )
    return text.format(number=match.number, label=shown(match.label))


def noted_text(kind: Kind, noted: Noted) -> str:
    """One value left out of an imported row: where, what and why."""
    reasons = {
        Note.NOT_A_LEVEL: QCoreApplication.translate(
            "ImportWords",
            "Zeile {number}: {field} „{value}“ ist keine Stufe von 1 bis 5 – nicht übernommen",
        ),
        Note.UNKNOWN_ATTITUDE: QCoreApplication.translate(
            "ImportWords",
            "Zeile {number}: Haltung „{value}“ ist unbekannt – nicht übernommen",
        ),
    }
    return reasons[noted.note].format(
        number=noted.number,
        field=field_names(kind).get(noted.field, noted.field),
        value=shown(noted.value),
    )
