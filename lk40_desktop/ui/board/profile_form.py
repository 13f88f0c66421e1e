"""The fields of a measure profile (Maßnahmensteckbrief), laid out for a laptop: the number
and title on top, the rest on tabs "Wirkung", "Finanzierung", "Umsetzung" and "Quellen" —
about 25 fields do not fit one screen, and a page can only give each of its fields its own
Alt key when not all of them are shown at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.services.proposals import MEASURE_STATUSES, TIME_HORIZONS
from lk40_desktop.ui.board.profile_inputs import AmountEdit, CommitTextEdit
from lk40_desktop.ui.widgets.display import text_line
from lk40_desktop.ui.widgets.photo_strip import PhotoStrip

TEXT_FIELDS = (
    "problem",
    "goal",
    "effect",
    "target_groups",
    "measures",
    "kpis",
    "funding_programmes",
    "partners",
    "milestones",
    "risks",
)
"""The multi-line fields of a profile, stored as they are typed."""


class ProfileForm(QWidget):
    """Every input of a profile; the editor fills them and writes what the user changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_fields()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("profileTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._effect_tab(), self.tr("&Wirkung"))
        self.tabs.addTab(self._finance_tab(), self.tr("&Finanzierung"))
        self.tabs.addTab(self._implementation_tab(), self.tr("&Umsetzung"))
        self.tabs.addTab(self._sources_tab(), self.tr("&Quellen"))
        header = QFormLayout()
        header.addRow(self.number)
        header.addRow(self.tr("&Titel"), self.title)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def _make_fields(self) -> None:
        self.number = QLabel()
        self.number.setObjectName("proposalNumber")
        self.number.setStyleSheet("font-weight: bold")
        self.title = text_line()
        self.title.setObjectName("proposalTitle")
        self.message = QLabel()
        self.message.setObjectName("profileMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4000f")
        self.message.hide()
        self.texts = {name: CommitTextEdit() for name in TEXT_FIELDS}
        self.goals = QListWidget()
        self.goals.setAccessibleName(self.tr("Ziele des Handlungsfelds"))
        self.goals.setMaximumHeight(110)
        self.no_goals = QLabel(
            self.tr("Dieses Handlungsfeld hat noch keine Ziele (Seite „Strategiepapier“).")
        )
        self.no_goals.setObjectName("hint")
        self.no_goals.setWordWrap(True)
        euro = self.tr("z. B. 250.000 (leer: noch offen)")
        self.amounts = {
            "cost_estimate_eur": AmountEdit("cost_estimate_eur", euro),
            "own_share_eur": AmountEdit("own_share_eur", self.tr("z. B. 50.000")),
            "grants_eur": AmountEdit("grants_eur", self.tr("z. B. 200.000")),
            "follow_up_eur": AmountEdit("follow_up_eur", self.tr("z. B. 12.000 pro Jahr")),
            "staff_fte": AmountEdit("staff_fte", self.tr("z. B. 1,5"), decimals=2),
        }
        self.cost = self.amounts["cost_estimate_eur"]
        self.lead = text_line()
        self.horizon = QComboBox()
        horizons = (
            self.tr("kurzfristig (bis 1 Jahr)"),
            self.tr("mittelfristig (1–3 Jahre)"),
            self.tr("langfristig (über 3 Jahre)"),
        )
        for value, label in zip(TIME_HORIZONS, horizons, strict=True):
            self.horizon.addItem(label, value)
        self.start_quarter = QLineEdit()
        self.start_quarter.setPlaceholderText(self.tr("z. B. Q2 2027 oder 2/2027"))
        self.status = QComboBox()
        statuses = (self.tr("geplant"), self.tr("laufend"), self.tr("abgeschlossen"))
        for value, label in zip(MEASURE_STATUSES, (*statuses, self.tr("gestoppt")), strict=True):
            self.status.addItem(label, value)
        self.quick_win = QCheckBox(self.tr("Quick Win (schnell und sichtbar umsetzbar)"))
        self.depends = QListWidget()
        self.depends.setAccessibleName(self.tr("Abhängig von"))
        self.depends.setMaximumHeight(110)
        self.cards = QListWidget()
        self.cards.setAccessibleName(self.tr("Quellkarten"))
        self.cards.setMaximumHeight(110)
        self.unlink = QPushButton(self.tr("Verknüpfung lösen"))
        self.photos = PhotoStrip()

    @staticmethod
    def _page(form: QFormLayout) -> QWidget:
        """A tab of rows at their natural height: a short tab keeps its rows together at the
        top instead of spreading them over the height of the tallest."""
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels over fields
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _effect_tab(self) -> QWidget:
        form = QFormLayout()
        form.addRow(self.tr("P&roblem"), self.texts["problem"])
        form.addRow(self.tr("&Ziel"), self.texts["goal"])
        form.addRow(self.tr("&Erwartete Wirkung"), self.texts["effect"])
        form.addRow(self.tr("Ziel&gruppen"), self.texts["target_groups"])
        form.addRow(self.tr("&Maßnahmen"), self.texts["measures"])
        goals = QVBoxLayout()
        goals.addWidget(self.goals)
        goals.addWidget(self.no_goals)
        form.addRow(self.tr("Ziele de&s Handlungsfelds"), goals)
        form.addRow(self.tr("&Kennzahlen (KPI)"), self.texts["kpis"])
        self._buddy(form, goals, self.goals)
        return self._page(form)

    def _finance_tab(self) -> QWidget:
        form = QFormLayout()
        form.addRow(self.tr("Ko&sten gesamt (€)"), self.cost)
        form.addRow(self.tr("&Eigenanteil (€)"), self.amounts["own_share_eur"])
        form.addRow(self.tr("Förder&mittel (€)"), self.amounts["grants_eur"])
        form.addRow(self.tr("Fö&rderprogramme"), self.texts["funding_programmes"])
        form.addRow(self.tr("Fol&gekosten pro Jahr (€)"), self.amounts["follow_up_eur"])
        return self._page(form)

    def _implementation_tab(self) -> QWidget:
        form = QFormLayout()
        form.addRow(self.tr("Federführun&g"), self.lead)
        form.addRow(self.tr("Partn&er"), self.texts["partners"])
        form.addRow(self.tr("Personal (&VZÄ)"), self.amounts["staff_fte"])
        form.addRow(self.tr("Zeithori&zont"), self.horizon)
        form.addRow(self.tr("Sta&rtquartal"), self.start_quarter)
        form.addRow(self.tr("&Meilensteine"), self.texts["milestones"])
        form.addRow(self.tr("Risi&ken"), self.texts["risks"])
        form.addRow(self.tr("&Status"), self.status)
        form.addRow("", self.quick_win)
        return self._page(form)

    def _sources_tab(self) -> QWidget:
        form = QFormLayout()
        form.addRow(self.tr("Abhängig &von"), self.depends)
        cards = QVBoxLayout()
        cards.addWidget(self.cards)
        cards.addWidget(self.unlink, 0, Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Quellkarten"), cards)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        photos = QLabel(self.tr("Fotos"))
        photos.setObjectName("photosHeading")
        photos.setStyleSheet("font-weight: bold")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(photos)
        layout.addWidget(self.photos, 1)  # the photo documentation: pinboards it came from
        return page

    @staticmethod
    def _buddy(form: QFormLayout, row: QVBoxLayout, field: QWidget) -> None:
        """Let a row's label whose field is a layout (a list and its hint) go to the list."""
        label = form.labelForField(row)
        if isinstance(label, QLabel):
            label.setBuddy(field)
