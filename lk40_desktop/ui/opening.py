"""The conversation around opening a project file: who holds it and whether to take it over,
restoring a file an older version left half migrated, a repaired copy of a damaged file, a
crash journal set aside, and a one-time word about files on a share or in a synced folder.

Every way ends in an open document or in None with the reason shown; the main window never
holds a half-opened project.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from lk40_desktop import PRODUCT_NAME
from lk40_desktop.i18n import describe_error, local_time
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.errors import (
    CorruptProjectError,
    DocumentError,
    HalfMigratedError,
    LockedError,
    LockOwner,
)
from lk40_desktop.store.files import remote_kind
from lk40_desktop.store.limits import TEXT_LIMIT
from lk40_desktop.ui.preferences import Preferences

log = logging.getLogger(__name__)
Button = QMessageBox.StandardButton


class ProjectOpener(QObject):
    """Opens project files for one window, asking the user where a decision is theirs."""

    def __init__(self, window: QWidget, preferences: Preferences) -> None:
        super().__init__(window)
        self.window = window
        self.preferences = preferences

    def open(self, path: Path, *, read_only: bool = False) -> WorkshopDocument | None:
        """Open ``path``; None when it cannot or should not be opened (the user was told)."""
        try:
            return self._opened(WorkshopDocument.open(path, read_only=read_only))
        except LockedError as error:
            return self._locked(path, error)
        except HalfMigratedError as error:
            return self._half_migrated(path, error)
        except CorruptProjectError as error:
            return self._damaged(path, error)
        except DocumentError as error:
            log.warning("cannot open %s: %s", path, error)
            QMessageBox.critical(self.window, PRODUCT_NAME, describe_error(error))
            return None

    def _ask(self, text: str, *buttons: tuple[str, QMessageBox.ButtonRole]) -> int:
        """Ask with buttons of our own wording; returns the index of the chosen one (-1:
        cancelled)."""
        box = QMessageBox(QMessageBox.Icon.Question, PRODUCT_NAME, text, parent=self.window)
        choices = [box.addButton(label, role) for label, role in buttons]
        box.addButton(Button.Cancel)
        box.setDefaultButton(choices[0])
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, choice in enumerate(choices) if choice is clicked), -1)

    def _locked(self, path: Path, error: LockedError) -> WorkshopDocument | None:
        choice = self._ask(
            describe_error(error)
            + "\n\n"
            + self.tr("Sie können das Projekt schreibgeschützt ansehen oder es übernehmen."),
            (self.tr("Schreibgeschützt öffnen"), QMessageBox.ButtonRole.AcceptRole),
            (self.tr("Übernehmen …"), QMessageBox.ButtonRole.ActionRole),
        )
        if choice == 0:
            return self.open(path, read_only=True)
        if choice == 1 and self._confirm_take_over(error.owner):
            try:
                return self._opened(WorkshopDocument.open(path, take_over=error.owner))
            except DocumentError as again:
                QMessageBox.critical(self.window, PRODUCT_NAME, describe_error(again))
        return None

    def _confirm_take_over(self, owner: LockOwner) -> bool:
        text = self.tr(
            "Übernehmen Sie das Projekt nur, wenn {user} es wirklich nicht mehr geöffnet hat "
            "(etwa nach einem Absturz auf dem Rechner {host}, gesperrt seit {since}). "
            "Hat {user} es noch offen, kann dort nichts mehr gespeichert werden.\n\n"
            "Projekt jetzt übernehmen?"
        ).format(user=owner.user, host=owner.host, since=local_time(owner.since))
        answer = QMessageBox.warning(
            self.window, PRODUCT_NAME, text, Button.Yes | Button.No, Button.No
        )
        return answer == Button.Yes

    def _half_migrated(self, path: Path, error: HalfMigratedError) -> WorkshopDocument | None:
        text = describe_error(error)
        if error.backup is None:
            QMessageBox.critical(self.window, PRODUCT_NAME, text)
            return None
        question = (
            text
            + "\n\n"
            + self.tr(
                "Sicherung wiederherstellen? Die unvollständige Datei wird daneben aufbewahrt."
            )
        )
        if QMessageBox.question(self.window, PRODUCT_NAME, question) != Button.Yes:
            return None
        try:
            WorkshopDocument.restore_backup(path, error.backup)
        except DocumentError as failed:
            QMessageBox.critical(self.window, PRODUCT_NAME, describe_error(failed))
            return None
        return self.open(path)

    def _damaged(self, path: Path, error: CorruptProjectError) -> WorkshopDocument | None:
        question = (
            describe_error(error)
            + "\n\n"
            + self.tr(
                "Eine reparierte Kopie mit allem, was sich noch lesen lässt, anlegen und öffnen? "
                "Die beschädigte Datei bleibt unverändert."
            )
        )
        if QMessageBox.question(self.window, PRODUCT_NAME, question) != Button.Yes:
            return None
        try:
            copy = WorkshopDocument.repair_copy(path)
            document = WorkshopDocument.open(copy)
        except DocumentError as failed:
            QMessageBox.critical(self.window, PRODUCT_NAME, describe_error(failed))
            return None
        QMessageBox.information(
            self.window,
            PRODUCT_NAME,
            self.tr(
                "Die reparierte Kopie „{name}“ ist geöffnet. Bitte prüfen Sie, ob etwas fehlt."
            ).format(name=copy.name),
        )
        return self._opened(document)

    def _opened(self, document: WorkshopDocument) -> WorkshopDocument:
        """What the user should know about a file that opened: a journal set aside, a share."""
        aside = document.recovery.journal_set_aside
        if aside is not None:
            QMessageBox.information(
                self.window,
                PRODUCT_NAME,
                self.tr(
                    "Neben „{name}“ lag ein Journal eines früheren Absturzes, das nicht zu dieser "
                    "Datei gehört (vermutlich wurde eine Sicherung zurückkopiert). Es wurde nicht "
                    "angewendet, sondern als „{journal}“ beiseitegelegt; die Datei ist so "
                    "geöffnet, wie sie ist."
                ).format(name=document.path.name, journal=aside.name),
            )
        long_texts = document.long_texts()
        if long_texts:
            QMessageBox.information(
                self.window,
                PRODUCT_NAME,
                self.tr(
                    "„{name}“ enthält {count} Texte mit mehr als {limit} Zeichen, vermutlich von "
                    "einem anderen Programm geschrieben. Sie werden gekürzt angezeigt und "
                    "exportiert; die Datei behält sie vollständig, bis Sie einen davon bearbeiten."
                ).format(
                    name=document.path.name,
                    count=long_texts,
                    limit=QLocale().toString(TEXT_LIMIT),
                ),
            )
        if document.needs_full_check():
            FullCheck(document, self.window)
        return self._hint_remote(document)

    def _hint_remote(self, document: WorkshopDocument) -> WorkshopDocument:
        """Once per file: a share or a synced folder works, but a dropped connection or a
        sync conflict can cost the last edits; the user may move to a local copy."""
        path = document.path
        kind = remote_kind(path)
        if kind is None or document.read_only or self.preferences.was_hinted(path):
            return document
        self.preferences.mark_hinted(path)
        where = (
            self.tr("auf einem Netzlaufwerk")
            if kind == "network"
            else self.tr("in einem synchronisierten Ordner")
        )
        choice = self._ask(
            self.tr(
                "„{name}“ liegt {where}. Das funktioniert, aber reißt die Verbindung ab oder "
                "bearbeitet ein anderer Rechner dieselbe Datei, können die letzten Änderungen "
                "verloren gehen. Für einen Workshop ohne Netz besser mit einer lokalen Kopie "
                "arbeiten und sie danach zurückkopieren."
            ).format(name=path.name, where=where),
            (self.tr("Hier weiterarbeiten"), QMessageBox.ButtonRole.RejectRole),
            (self.tr("Lokale Kopie verwenden"), QMessageBox.ButtonRole.ActionRole),
        )
        if choice != 1:
            return document
        target = _local_copy_path(path)
        try:
            document.save_copy(target)
            local = WorkshopDocument.open(target)
        except DocumentError as error:
            QMessageBox.critical(self.window, PRODUCT_NAME, describe_error(error))
            return document
        document.close()
        return local


class FullCheck(QObject):
    """SQLite's full integrity check of a large file, in a thread of its own while the user
    works (opening ran the quick check only); damage found is reported with the offer of a
    repaired copy. Deletes itself when done."""

    finished = Signal(str)

    def __init__(self, document: WorkshopDocument, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.path = document.path
        self.finished.connect(self._report)
        thread = threading.Thread(target=lambda: self.finished.emit(self._run(document)))
        thread.daemon = True
        thread.start()

    @staticmethod
    def _run(document: WorkshopDocument) -> str:
        """The check's result; "" when it could not run (the project was closed meanwhile)."""
        try:
            return document.full_check()
        except (sqlite3.DatabaseError, OSError) as error:
            log.info("full check of %s not done: %s", document.path, error)
            return ""

    def _report(self, result: str) -> None:
        self.deleteLater()
        if result in ("ok", ""):
            log.info("full check of %s: %s", self.path, result or "not done")
            return
        log.warning("full check of %s: %s", self.path, result)
        question = self.tr(
            "Die vollständige Prüfung von „{name}“ hat Schäden gefunden ({detail}). Ihre "
            "Änderungen werden weiter gespeichert, aber Teile der Datei sind möglicherweise "
            "nicht mehr lesbar. Jetzt eine reparierte Kopie mit allem anlegen, was sich lesen "
            "lässt? Die Datei selbst bleibt unverändert."
        ).format(name=self.path.name, detail=result.splitlines()[0][:200])
        if QMessageBox.question(self.window, PRODUCT_NAME, question) != Button.Yes:
            return
        try:
            copy = WorkshopDocument.repair_copy(self.path)
        except DocumentError as error:
            QMessageBox.critical(self.window, PRODUCT_NAME, describe_error(error))
            return
        QMessageBox.information(
            self.window,
            PRODUCT_NAME,
            self.tr(
                "Die reparierte Kopie liegt als „{name}“ neben dem Projekt. Öffnen Sie sie über "
                "„Projekt öffnen“ und prüfen Sie, ob etwas fehlt."
            ).format(name=copy.name),
        )


def _local_copy_path(path: Path) -> Path:
    """Where a local working copy of a file on a share goes: the user's documents folder,
    under a name that is free."""
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{path.stem} (lokal {number}){path.suffix}"
    return target
