"""Translations and the user-facing wording of document errors.

Source strings are German (the product's first language); English comes from the Qt
Linguist file ``resources/translations/lk40_en.ts``, compiled to ``.qm`` by the build.
This module uses only QtCore so the command line can share it without widgets.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)

from lk40_desktop.paths import resource
from lk40_desktop.store.errors import (
    BrokenSchemaError,
    BusyError,
    CorruptProjectError,
    DiskFullError,
    DocumentError,
    Doing,
    HalfMigratedError,
    LockedError,
    LockUnusableError,
    MissingFileError,
    NewerVersionError,
    NotAProjectError,
    ReadOnlyError,
    TargetExistsError,
    TargetInUseError,
    WriteFailedError,
)

log = logging.getLogger(__name__)

LANGUAGES = ("de", "en")
DATE_FORMAT = "dd.MM.yyyy"
"""How every date reads in the UI, in either language (02.12.2026, never 02.12.26)."""
_installed: list[QTranslator] = []


def system_language() -> str:
    """English on an English system, German everywhere else (the product's first language)."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "de"


PSEUDO = "pseudo"
"""A developer's language: English with every translated text in ⟦…⟧, so that text which
never went through the translator shows up on screen (``lk40 --lang pseudo``, and a test)."""


class PseudoTranslator(QTranslator):
    """Wraps what another translator (or the source) says in PSEUDO_MARKS."""

    def __init__(self, inner: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.inner = inner

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        text = self.inner.translate(context, source, disambiguation, n) or source
        return f"{PSEUDO_MARKS[0]}{text}{PSEUDO_MARKS[1]}"

    def isEmpty(self) -> bool:
        return False


PSEUDO_MARKS = ("⟦", "⟧")


def ui_language() -> str:
    """The language the running app shows ("de" before translators are installed, as in the
    command line; the pseudo language is English)."""
    app = QCoreApplication.instance()
    language = app.property("lk40_language") if app is not None else None
    if language == PSEUDO:
        return "en"
    return str(language) if language in LANGUAGES else "de"


def install_translators(language: str) -> None:
    """Load the app's and Qt's own translations for ``language`` (or PSEUDO) into the
    running app."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    if app.property("lk40_language") == language:
        return  # re-installing would send every widget a LanguageChange for nothing
    app.setProperty("lk40_language", language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    english = language in ("en", PSEUDO)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.English if english else QLocale.Language.German,
            QLocale.Country.UnitedKingdom if english else QLocale.Country.Germany,
        )
    )
    if language == PSEUDO:
        inner = QTranslator(app)
        inner.load("lk40_en", str(resource("translations")))
        _installed.append(PseudoTranslator(inner, app))
        app.installTranslator(_installed[-1])
        return
    candidates = [
        ("qtbase_" + language, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ]
    if language != "de":
        candidates.append((f"lk40_{language}", str(resource("translations"))))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)


def local_time(iso: str) -> str:
    """An ISO 8601 moment (as a lock file records it, in UTC) in the user's local time and
    the UI's date format, e.g. "02.12.2026, 17:35"."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), f"{DATE_FORMAT}, HH:mm")


def describe_failure(error: DocumentError | OSError) -> str:
    """The message for a file that could not be written or read: a document error in the
    user's words, any other OS error as the system words it."""
    return describe_error(error) if isinstance(error, DocumentError) else str(error)


def describe_error(error: DocumentError) -> str:
    """One clear sentence (or two) for a document error, in the UI language: what happened,
    and that nothing was lost or changed where that is so."""
    name = error.path.name
    if isinstance(error, LockedError):
        owner = error.owner
        return QCoreApplication.translate(
            "DocumentErrors",
            "„{name}“ wird gerade von {user} auf dem Rechner {host} bearbeitet (seit {since}).",
        ).format(name=name, user=owner.user, host=owner.host, since=local_time(owner.since))
    if isinstance(error, NewerVersionError):
        return QCoreApplication.translate(
            "DocumentErrors",
            "„{name}“ wurde mit einer neueren Version von LK40 Workshop-Studio ({version}) "
            "gespeichert. Bitte aktualisieren Sie das Programm. Die Datei wurde nicht verändert.",
        ).format(name=name, version=error.written_by or "?")
    if isinstance(error, HalfMigratedError):
        if error.backup is None:
            return QCoreApplication.translate(
                "DocumentErrors",
                "„{name}“ wurde von einer älteren Version nur zum Teil umgestellt und ist so "
                "nicht lesbar; eine Sicherung davon wurde nicht gefunden.",
            ).format(name=name)
        return QCoreApplication.translate(
            "DocumentErrors",
            "„{name}“ wurde von einer älteren Version nur zum Teil umgestellt und ist so nicht "
            "lesbar. Die Sicherung „{backup}“ kann es ersetzen.",
        ).format(name=name, backup=error.backup.name)
    if error.doing is not Doing.EDIT and isinstance(
        error, DiskFullError | WriteFailedError | ReadOnlyError | BusyError
    ):
        return _failed_outside_an_edit(error).format(name=name, detail=error.detail)
    for kind, text in _simple_messages():
        if isinstance(error, kind):
            return text.format(name=name, detail=error.detail)
    return QCoreApplication.translate(
        "DocumentErrors", "„{name}“ konnte nicht verarbeitet werden: {detail}"
    ).format(name=name, detail=error.detail)


def _failed_outside_an_edit(error: DocumentError) -> str:
    """A full disk, an I/O error or a protected folder while opening, creating or copying a
    file: what was not done, and that nothing was half done (``{name}``, ``{detail}``)."""
    full = isinstance(error, DiskFullError)
    if error.doing is Doing.OPEN:
        if full:
            return QCoreApplication.translate(
                "DocumentErrors",
                "„{name}“ kann nicht zum Bearbeiten geöffnet werden: Auf dem Datenträger ist kein "
                "Platz mehr, auch nicht für die Sperrdatei oder die Sicherung vor einer "
                "Umstellung. Die Datei wurde nicht verändert. Bitte Platz schaffen oder das "
                "Projekt schreibgeschützt öffnen.",
            )
        return QCoreApplication.translate(
            "DocumentErrors",
            "„{name}“ konnte nicht zum Bearbeiten geöffnet werden ({detail}). Die Datei wurde "
            "nicht verändert.",
        )
    if error.doing is Doing.CREATE:
        if full:
            return QCoreApplication.translate(
                "DocumentErrors",
                "„{name}“ konnte nicht angelegt werden: Auf dem Datenträger ist kein Platz mehr. "
                "Es blieb keine halbe Datei zurück.",
            )
        return QCoreApplication.translate(
            "DocumentErrors",
            "„{name}“ konnte nicht angelegt werden ({detail}). Es blieb keine halbe Datei zurück.",
        )
    if full:
        return QCoreApplication.translate(
            "DocumentErrors",
            "„{name}“ konnte nicht geschrieben werden: Auf dem Datenträger ist kein Platz mehr. "
            "Eine vorhandene Datei dieses Namens blieb unverändert.",
        )
    return QCoreApplication.translate(
        "DocumentErrors",
        "„{name}“ konnte nicht geschrieben werden ({detail}). Eine vorhandene Datei dieses "
        "Namens blieb unverändert.",
    )


def _simple_messages() -> tuple[tuple[type[DocumentError], str], ...]:
    """The message of each error kind without own details (``{name}``, ``{detail}``),
    translated now (a table of literals could not be found by lupdate)."""
    return (
        (
            MissingFileError,
            QCoreApplication.translate(
                "DocumentErrors", "Die Datei „{name}“ wurde nicht gefunden."
            ),
        ),
        (
            NotAProjectError,
            QCoreApplication.translate(
                "DocumentErrors", "„{name}“ ist kein LK40-Projekt. Die Datei wurde nicht verändert."
            ),
        ),
        (
            CorruptProjectError,
            QCoreApplication.translate(
                "DocumentErrors",
                "Das Projekt „{name}“ ist beschädigt und kann nicht geöffnet werden. "
                "Die Datei wurde nicht verändert; bitte verwenden Sie eine Sicherungskopie.",
            ),
        ),
        (
            BrokenSchemaError,
            QCoreApplication.translate(
                "DocumentErrors",
                "„{name}“ ist kein vollständiges LK40-Projekt mehr ({detail}); vermutlich wurde es "
                "mit einem anderen Programm verändert. Die Datei wurde nicht verändert.",
            ),
        ),
        (
            ReadOnlyError,
            QCoreApplication.translate(
                "DocumentErrors",
                "„{name}“ ist schreibgeschützt; die Änderung wurde nicht gespeichert.",
            ),
        ),
        (
            DiskFullError,
            QCoreApplication.translate(
                "DocumentErrors",
                "Auf dem Datenträger von „{name}“ ist kein Platz mehr. Die letzte Änderung wurde "
                "nicht gespeichert; alles davor ist sicher. Bitte Platz schaffen.",
            ),
        ),
        (
            BusyError,
            QCoreApplication.translate(
                "DocumentErrors",
                "„{name}“ ist gerade von einem anderen Programm gesperrt. Die letzte Änderung "
                "wurde nicht gespeichert; bitte gleich noch einmal versuchen.",
            ),
        ),
        (
            WriteFailedError,
            QCoreApplication.translate(
                "DocumentErrors",
                "„{name}“ konnte nicht geschrieben werden ({detail}). Die letzte Änderung wurde "
                "nicht gespeichert; alles davor ist sicher.",
            ),
        ),
        (
            LockUnusableError,
            QCoreApplication.translate(
                "DocumentErrors",
                "Die Sperrdatei „{name}“ ist unbrauchbar ({detail}) und wurde nicht angerührt. "
                "Bitte prüfen Sie den Ordner oder öffnen Sie das Projekt schreibgeschützt.",
            ),
        ),
        (
            TargetInUseError,
            QCoreApplication.translate(
                "DocumentErrors",
                "„{name}“ ist gerade geöffnet und wird nicht überschrieben. Bitte einen anderen "
                "Namen wählen.",
            ),
        ),
        (
            TargetExistsError,
            QCoreApplication.translate(
                "DocumentErrors", "„{name}“ gibt es bereits; es wird nicht überschrieben."
            ),
        ),
    )
