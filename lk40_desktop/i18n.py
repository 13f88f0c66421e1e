"""Translations and the user-facing wording of document errors.

Source strings are German (the product's first language); English comes from the Qt
Linguist file ``resources/translations/lk40_en.ts``, compiled to ``.qm`` by the build.
This module uses only QtCore so the command line can share it without widgets.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lk40_desktop.paths import resource
from lk40_desktop.store.errors import (
    CorruptProjectError,
    DocumentError,
    LockedError,
    MissingFileError,
    NewerVersionError,
    NotAProjectError,
    ReadOnlyError,
    TargetExistsError,
)

log = logging.getLogger(__name__)

LANGUAGES = ("de", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    """English on an English system, German everywhere else (the product's first language)."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "de"


def install_translators(language: str) -> None:
    """Load the app's and Qt's own translations for ``language`` into the running app."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    if app.property("lk40_language") == language:
        return  # re-installing would send every widget a LanguageChange for nothing
    app.setProperty("lk40_language", language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.English if language == "en" else QLocale.Language.German,
            QLocale.Country.UnitedKingdom if language == "en" else QLocale.Country.Germany,
        )
    )
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


def describe_error(error: DocumentError) -> str:
    """One clear sentence (or two) for a document error, in the UI language."""
    name = error.path.name
    if isinstance(error, MissingFileError):
        return QCoreApplication.translate(
            "DocumentErrors", "Die Datei „{name}“ wurde nicht gefunden."
        ).format(name=name)
    if isinstance(error, NotAProjectError):
        return QCoreApplication.translate(
            "DocumentErrors", "„{name}“ ist kein LK40-Projekt. Die Datei wurde nicht verändert."
        ).format(name=name)
    if isinstance(error, CorruptProjectError):
        return QCoreApplication.translate(
            "DocumentErrors",
            "Das Projekt „{name}“ ist beschädigt und kann nicht geöffnet werden. "
            "Die Datei wurde nicht verändert; bitte verwenden Sie eine Sicherungskopie.",
        ).format(name=name)
    if isinstance(error, NewerVersionError):
        return QCoreApplication.translate(
            "DocumentErrors",
            "„{name}“ wurde mit einer neueren Version von LK40 Workshop-Studio ({version}) "
            "gespeichert. Bitte aktualisieren Sie das Programm. Die Datei wurde nicht verändert.",
        ).format(name=name, version=error.written_by or "?")
    if isinstance(error, LockedError):
        owner = error.owner
        return QCoreApplication.translate(
            "DocumentErrors",
            "„{name}“ wird gerade von {user} auf dem Rechner {host} bearbeitet (seit {since}).",
        ).format(name=name, user=owner.user, host=owner.host, since=owner.since)
    if isinstance(error, ReadOnlyError):
        return QCoreApplication.translate(
            "DocumentErrors", "„{name}“ ist schreibgeschützt; die Änderung wurde nicht gespeichert."
        ).format(name=name)
    if isinstance(error, TargetExistsError):
        return QCoreApplication.translate(
            "DocumentErrors", "„{name}“ gibt es bereits; es wird nicht überschrieben."
        ).format(name=name)
    return QCoreApplication.translate(
        "DocumentErrors", "„{name}“ konnte nicht verarbeitet werden: {detail}"
    ).format(name=name, detail=error.detail)
