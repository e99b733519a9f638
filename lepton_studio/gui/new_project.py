"""The "New Project" dialog: a name and a model template to start from."""

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
        self.template_label = QLabel()
        self.template_list = QListWidget()
        self.template_list.setWordWrap(True)
        self.template_list.setSpacing(2)
        self.template_label.setBuddy(self.template_list)
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

        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.template_label)
        layout.addWidget(self.template_list, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        self.retranslate()
        self.name_edit.setText(self.tr("My classifier"))
        self.name_edit.selectAll()

    def project_name(self) -> str:
        return self.name_edit.text().strip() or self.tr("My classifier")

    def template_id(self) -> str:
        item = self.template_list.currentItem()
        return item.data(TEMPLATE_ROLE) if item else next(iter(self._templates))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New Project"))
        self.name_label.setText(self.tr("&Name:"))
        self.template_label.setText(self.tr("Start the model from a &template:"))
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
