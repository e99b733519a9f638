"""Translated names shared by the Data step's widgets (splits, colours, findings, ...).

Functions, not constants: each call translates in the current language, so a widget's
``retranslate()`` just calls them again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from lepton_studio.core import problems as P

from . import findings as F


def split_name(split: str) -> str:
    return {
        "train": QCoreApplication.translate("DataTexts", "Training"),
        "val": QCoreApplication.translate("DataTexts", "Validation"),
        "test": QCoreApplication.translate("DataTexts", "Test"),
    }.get(split, split)


def color_name(color: str) -> str:
    return {
        "rgb": QCoreApplication.translate("DataTexts", "Colour"),
        "gray": QCoreApplication.translate("DataTexts", "Grey"),
    }.get(color, color)


def resize_name(policy: str) -> str:
    return {
        "stretch": QCoreApplication.translate("DataTexts", "Stretch"),
        "crop": QCoreApplication.translate("DataTexts", "Crop"),
        "pad": QCoreApplication.translate("DataTexts", "Pad"),
    }.get(policy, policy)


def resize_help(policy: str) -> str:
    return {
        "stretch": QCoreApplication.translate(
            "DataTexts", "Squeeze the whole picture into the square. Nothing is lost, "
            "but round things may look oval."),
        "crop": QCoreApplication.translate(
            "DataTexts", "Keep the middle square and cut off the edges. Shapes stay true, "
            "but the edges are lost."),
        "pad": QCoreApplication.translate(
            "DataTexts", "Fit the whole picture and fill the rest with grey. Nothing is "
            "lost or bent, but fewer pixels show the picture."),
    }.get(policy, "")


def preset_name(preset: str) -> str:
    return {
        "none": QCoreApplication.translate("DataTexts", "None"),
        "light": QCoreApplication.translate("DataTexts", "Light"),
        "strong": QCoreApplication.translate("DataTexts", "Strong"),
    }.get(preset, preset)


def preset_help(preset: str) -> str:
    return {
        "none": QCoreApplication.translate(
            "DataTexts", "The model sees every picture exactly as it is."),
        "light": QCoreApplication.translate(
            "DataTexts", "Small turns, shifts and changes of light. A good default."),
        "strong": QCoreApplication.translate(
            "DataTexts", "Bigger turns and shifts, stronger light changes and grey patches. "
            "Helps with few pictures, but training takes longer."),
    }.get(preset, "")


def group_title(code: str) -> str:
    """The heading of one kind of finding in the report."""
    titles = {
        P.DATA_NO_IMAGES: QCoreApplication.translate("DataTexts", "No usable pictures"),
        P.DATA_ONE_CLASS: QCoreApplication.translate("DataTexts", "Only one class"),
        P.DATA_CLASS_TOO_FEW: QCoreApplication.translate("DataTexts", "Classes with too few pictures"),
        P.DATA_CORRUPT: QCoreApplication.translate("DataTexts", "Damaged files"),
        P.DATA_TRUNCATED: QCoreApplication.translate("DataTexts", "Files cut short"),
        P.DATA_EMPTY: QCoreApplication.translate("DataTexts", "Empty files"),
        P.DATA_TOO_LARGE: QCoreApplication.translate("DataTexts", "Pictures too large to open"),
        P.DATA_UNSUPPORTED: QCoreApplication.translate("DataTexts", "Unsupported picture formats"),
        P.DATA_UNREADABLE: QCoreApplication.translate("DataTexts", "Files that cannot be read"),
        P.DATA_MISSING: QCoreApplication.translate("DataTexts", "Missing files"),
        P.DATA_NOT_IMAGE: QCoreApplication.translate("DataTexts", "Files that are not pictures"),
        P.DATA_NO_CLASS: QCoreApplication.translate("DataTexts", "Pictures outside the class folders"),
        P.DATA_NO_LABEL: QCoreApplication.translate("DataTexts", "Pictures without a class"),
        P.DATA_BAD_ROW: QCoreApplication.translate("DataTexts", "Unusable lines in the CSV file"),
        P.DATA_BAD_NAME: QCoreApplication.translate("DataTexts", "Names that are not valid text"),
        P.DATA_LINKED_TWICE: QCoreApplication.translate("DataTexts", "Links to pictures counted once"),
        P.DATA_LINK_LOOP: QCoreApplication.translate("DataTexts", "Folder links not followed"),
        P.DATA_LABEL_CONFLICT: QCoreApplication.translate("DataTexts", "Same picture, different classes"),
        P.DATA_DUPLICATES: QCoreApplication.translate("DataTexts", "Exact copies"),
        P.DATA_TINY_IMAGE: QCoreApplication.translate("DataTexts", "Very small pictures"),
        P.DATA_CLASS_FEW: QCoreApplication.translate("DataTexts", "Small classes"),
        P.DATA_CLASS_EMPTY: QCoreApplication.translate("DataTexts", "Empty class folders"),
        P.DATA_IMBALANCE: QCoreApplication.translate("DataTexts", "Unbalanced classes"),
        F.CONVERTED: QCoreApplication.translate("DataTexts", "Pictures whose colours are converted"),
    }
    return titles.get(code, code)


def outcome_name(outcome: str) -> str:
    """What happens to a file or class, in two or three words."""
    return {
        F.LEFT_OUT: QCoreApplication.translate("DataTexts", "Left out"),
        F.EXCLUDED: QCoreApplication.translate("DataTexts", "Excluded"),
        F.KEPT: QCoreApplication.translate("DataTexts", "Kept"),
        F.CONVERTED_OUTCOME: QCoreApplication.translate("DataTexts", "Converted"),
        F.CLASS_DROPPED: QCoreApplication.translate("DataTexts", "Class left out"),
        F.BLOCKS: QCoreApplication.translate("DataTexts", "Must be fixed"),
        F.NOTE: QCoreApplication.translate("DataTexts", "Note"),
        "mixed": QCoreApplication.translate("DataTexts", "Some kept, some excluded"),
    }.get(outcome, outcome)


def conversion_text(mode: str, color: str) -> str:
    """Why and how a picture's colours are converted, e.g. "CMYK → colour"."""
    target = color_name(color)
    if mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        return QCoreApplication.translate(
            "DataTexts", "Transparent parts become white; {mode} → {target}").format(
            mode=mode, target=target)
    if mode.startswith("I") or mode == "F":
        return QCoreApplication.translate(
            "DataTexts", "More than 8 bits per pixel, scaled down; {mode} → {target}").format(
            mode=mode, target=target)
    return QCoreApplication.translate("DataTexts", "{mode} → {target}").format(
        mode=mode, target=target)


class DataTexts(QObject):
    """Texts with a count. lupdate marks a text as plural only in ``self.tr(text, "", n)``,
    so these live in a QObject whose class name is their translation context."""

    def pictures(self, n: int) -> str:
        return self.tr("%n picture(s)", "", n)

    def classes(self, n: int) -> str:
        return self.tr("%n class(es)", "", n)


_plural_texts: DataTexts | None = None


def plural_texts() -> DataTexts:
    global _plural_texts
    if _plural_texts is None:
        _plural_texts = DataTexts()
    return _plural_texts


def pictures(n: int) -> str:
    return plural_texts().pictures(n)


def classes(n: int) -> str:
    return plural_texts().classes(n)
