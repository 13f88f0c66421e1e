"""Hilfe › Selbsttest: runs ``lk40_desktop.selftest`` in a worker thread (with a progress
dialog) and shows its checks, one line each; the command line's report can be copied for a
support ticket."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.selftest import Check, header, run_self_test
from lk40_desktop.ui.widgets.background import BackgroundTask
from lk40_desktop.ui.widgets.numbers import number_text


def check_titles() -> dict[str, str]:
    """Each check's title in the UI language (the command line prints English ones)."""

    return {
        "create": QCoreApplication.translate(
            "SelfTestDialog", "Projekt in einem temporären Ordner anlegen"
        ),
        "edit": QCoreApplication.translate(
            "SelfTestDialog",
            "Bearbeiten (Karten, Punkte, Vorschlag, Bewertung, Stakeholder, Rückgängig)",
        ),
        "reopen": QCoreApplication.translate(
            "SelfTestDialog", "Schließen, wieder öffnen und jede Änderung lesen"
        ),
        "export": QCoreApplication.translate(
            "SelfTestDialog", "Strategiepapier (Word) und Arbeitsmappe (Excel) exportieren"
        ),
        "read_docx": QCoreApplication.translate(
            "SelfTestDialog", "Strategiepapier wieder einlesen"
        ),
        "read_xlsx": QCoreApplication.translate("SelfTestDialog", "Arbeitsmappe wieder einlesen"),
        "network": QCoreApplication.translate(
            "SelfTestDialog", "Keine Netzwerkverbindung geöffnet"
        ),
        "cleanup": QCoreApplication.translate("SelfTestDialog", "Temporären Ordner entfernen"),
    }


class SelfTestDialog(QDialog):
    """The outcome of a self-test: a summary, a line per check, and a copy button."""

    def __init__(self, checks: list[Check], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Selbsttest"))
        self.resize(660, 330)
        self.checks = checks
        failed = [check for check in checks if not check.passed]
        if failed:
            summary = self.tr("{failed} von {total} Prüfungen sind fehlgeschlagen.").format(
                failed=len(failed), total=len(checks)
            )
        else:
            summary = self.tr("Alle {total} Prüfungen bestanden: Diese Installation arbeitet.")
            summary = summary.format(total=len(checks))
        self.summary = QLabel(f"<b>{summary}</b>")
        self.summary.setWordWrap(True)
        self.lines = QPlainTextEdit("\n".join(self._line(check) for check in checks))
        self.lines.setReadOnly(True)
        self.lines.setAccessibleName(self.tr("Ergebnis je Prüfung"))
        self.lines.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Bericht &kopieren"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines)
        layout.addWidget(buttons)

    def _line(self, check: Check) -> str:
        titles = check_titles()
        title = titles[check.key]
        if check.blocked_by:
            return self.tr("✗ {title} – nicht ausgeführt, da „{other}“ fehlschlug").format(
                title=title, other=titles[check.blocked_by]
            )
        if not check.passed:
            return self.tr("✗ {title} – {detail}").format(title=title, detail=check.detail)
        seconds = number_text(check.seconds, 1)
        shown = check.seconds >= 0.05  # a tenth of a second or more is worth saying
        timing = self.tr(" ({seconds} s)").format(seconds=seconds) if shown else ""
        return self.tr("✓ {title}").format(title=title) + timing

    def report(self) -> str:
        """The command line's report (English, for support), as ``lk40 --self-test`` prints it."""
        return "\n".join([header(), *(check.line() for check in self.checks)])

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report())


def start_self_test(parent: QWidget) -> BackgroundTask:
    """Run the self-test off the GUI thread, with a progress dialog naming the check that
    runs, and open the dialog of its outcome when it is done."""
    titles = check_titles()
    keys = list(titles)

    def work(progress: Callable[[int, str], bool]) -> list[Check]:
        def report(check: Check) -> None:
            done = keys.index(check.key) + 1
            if done < len(keys):
                progress(100 * done // len(keys), titles[keys[done]] + " …")

        progress(0, titles[keys[0]] + " …")
        return run_self_test(report)

    task = BackgroundTask(QCoreApplication.translate("SelfTestDialog", "Selbsttest"), work, parent)

    def finished(checks: object) -> None:
        dialog = SelfTestDialog(checks if isinstance(checks, list) else [], parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        task.deleteLater()

    task.finished.connect(finished)
    task.start()
    return task
