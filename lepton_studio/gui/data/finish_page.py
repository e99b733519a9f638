"""Wizard page 7: a summary of what will be added, and a model suggestion for small classes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QVBoxLayout

from lepton_studio.gui import symmetry_texts

from . import texts
from .context import WizardContext, WizardPageBase
from .import_state import SMALL_CLASS_AVERAGE, TRANSFER_TEMPLATE


def transfer_available() -> bool:
    from lepton_studio.core.templates import TEMPLATES

    return TRANSFER_TEMPLATE in TEMPLATES


class FinishPage(WizardPageBase):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.advice = QFrame()
        self.advice.setObjectName("transferAdvice")
        self.advice.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice_text = QLabel()
        self.advice_text.setWordWrap(True)
        self.use_transfer = QCheckBox()
        self.use_transfer.toggled.connect(self._on_transfer)
        advice_layout = QVBoxLayout(self.advice)
        advice_layout.addWidget(self.advice_text)
        advice_layout.addWidget(self.use_transfer)
        self.after = QLabel()
        self.after.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.advice)
        layout.addWidget(self.after)
        layout.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        recommend = self.state.recommend_transfer()
        available = transfer_available()
        self.advice.setVisible(recommend)
        self.use_transfer.setVisible(available)
        self.use_transfer.setChecked(recommend and available)
        self.state.use_transfer = recommend and available
        self._fill()

    def _on_transfer(self, checked: bool) -> None:
        self.state.use_transfer = checked and transfer_available()

    def _fill(self) -> None:
        state = self.state
        if state.result is None:
            self.summary.setText("")
            return
        locale = QLocale()
        preview = state.split_preview()
        totals = {split: sum(c[split] for c in preview.values()) for split in ("train", "val", "test")}
        used = sum(totals.values())
        image = state.image
        rows = [
            (self.tr("Pictures"), texts.pictures(used) + " · " + texts.classes(len(preview))),
            (self.tr("Split"), " · ".join(f"{texts.split_name(s)} {locale.toString(totals[s])}"
                                          for s in ("train", "val", "test"))),
            (self.tr("Picture size"), self.tr("{size} × {size} pixels, {colour}, {fitting}").format(
                size=image.size, colour=texts.color_name(image.color).lower(),
                fitting=texts.resize_name(image.resize).lower())),
            (self.tr("Variations"), texts.preset_name(state.augment)),
            (self.tr("Mirrored = same class"), symmetry_texts.choice_name(state.mirror)),
            (self.tr("Turned = same class"), symmetry_texts.choice_name(state.turn)),
        ]
        excluded = sum(1 for p in state.result.paths if state.is_excluded(p))
        if excluded:
            rows.append((self.tr("Excluded"), self.tr(
                "%n picture(s), kept in the project so you can take them back later",
                "", excluded)))
        table = "".join(f"<tr><td style='padding-right:16px'><b>{escape(k)}</b></td>"
                        f"<td>{escape(v)}</td></tr>" for k, v in rows)
        self.summary.setText(f"<table cellspacing='0' cellpadding='3'>{table}</table>")
        average = state.average_per_class()
        self.advice_text.setText(self.tr(
            "Your classes are small: about {count} pictures each (under {limit}). A model that "
            "starts from one already trained on millions of photos usually does much better "
            "with so few pictures. We recommend the “Transfer learning” template.").format(
            count=locale.toString(round(average)), limit=SMALL_CLASS_AVERAGE)
            + ("" if transfer_available() else " " + self.tr(
                "It is not available in this version, so your model stays as it is.")))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready to add the pictures"))
        self.setSubTitle(self.tr("Check the summary and press “Add to project”."))
        self.use_transfer.setText(self.tr("Use the Transfer learning template (replaces the "
                                          "current model; Undo brings it back)"))
        self.after.setText(self.tr("After adding, the pictures are prepared for training in the "
                                   "background. You can go on to the Model step right away."))
        if self.state.result is not None:
            self._fill()
