"""The "New Project" dialog: a name, and who picks the model.

By default the pictures decide: the model is chosen after the import, with a reason
(``gui/model_advice.py``). "Choose myself" keeps the templates for those who want them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole


class NewProjectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from lepton_studio.core.templates import DEFAULT_TEMPLATE, TEMPLATES

        self._templates = TEMPLATES
        self.name_edit = QLineEdit()
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.model_label = QLabel()
        self.from_data_radio = QRadioButton()
        self.from_data_radio.setObjectName("modelFromData")
        self.from_data_hint = QLabel()
        self.from_data_hint.setWordWrap(True)
        self.from_data_hint.setContentsMargins(24, 0, 0, 6)
        self.choose_radio = QRadioButton()
        self.choose_radio.setObjectName("chooseTemplate")
        self.from_data_radio.setChecked(True)
        self.template_list = QListWidget()
        self.template_list.setWordWrap(True)
        self.template_list.setSpacing(2)
        for template_id in TEMPLATES:
            item = QListWidgetItem()
            item.setData(TEMPLATE_ROLE, template_id)
            self.template_list.addItem(item)
            if template_id == DEFAULT_TEMPLATE:
                self.template_list.setCurrentItem(item)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.template_list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.choose_radio.toggled.connect(self._update_enabled)
        self.template_list.itemClicked.connect(lambda _item: self.choose_radio.setChecked(True))

        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.model_label)
        layout.addWidget(self.from_data_radio)
        layout.addWidget(self.from_data_hint)
        layout.addWidget(self.choose_radio)
        layout.addWidget(self.template_list, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)
        self.resize(540, 480)
        self._update_enabled()
        self.retranslate()
        self.name_edit.setText(self.tr("My classifier"))
        self.name_edit.selectAll()

    def project_name(self) -> str:
        return self.name_edit.text().strip() or self.tr("My classifier")

    def model_from_data(self) -> bool:
        return self.from_data_radio.isChecked()

    def template_id(self) -> str | None:
        """The chosen template, or None when the pictures decide."""
        if self.model_from_data():
            return None
        item = self.template_list.currentItem()
        return item.data(TEMPLATE_ROLE) if item else next(iter(self._templates))

    def _update_enabled(self) -> None:
        # Greyed but clickable: a click on a template chooses "Choose myself".
        choosing = self.choose_radio.isChecked()
        self.template_list.setStyleSheet("" if choosing else "QListWidget { color: palette(mid); }")
        current = self.template_list.currentItem()
        if current is not None:
            current.setSelected(choosing)  # no highlighted template while the pictures decide

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New Project"))
        self.name_label.setText(self.tr("&Name:"))
        self.model_label.setText(self.tr("The model:"))
        self.from_data_radio.setText(self.tr("&Let my pictures decide (recommended)"))
        self.from_data_hint.setText(self.tr(
            "Add your pictures first. Lepton Studio then picks the model that suits them "
            "and tells you why."))
        self.choose_radio.setText(self.tr("C&hoose myself, from a template:"))
        self.hint_label.setText(self.tr("You add the pictures in the next step, and you can "
                                        "change every block of the model later."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        for row in range(self.template_list.count()):
            item = self.template_list.item(row)
            template = self._templates[item.data(TEMPLATE_ROLE)]
            name = QCoreApplication.translate("Templates", template.name)
            description = QCoreApplication.translate("Templates", template.description)
            item.setText(f"{name}\n{description}")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
