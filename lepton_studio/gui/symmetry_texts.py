"""Words for the mirror / turn questions, shared by the import wizard and the Train step.

A mirrored cat is still a cat; a mirrored "b" is a "d". The user answers Automatic (the
trainer checks, core/training/symmetry.py), Yes or No; these texts ask and explain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lepton_studio.core.settings_schema import SYMMETRY_CHOICES

if TYPE_CHECKING:
    from lepton_studio.core.project import Project
    from lepton_studio.core.training.symmetry import SymmetryCheck

CHOICES = SYMMETRY_CHOICES
KINDS = ("mirror", "turn")


def question(kind: str) -> str:
    if kind == "mirror":
        return QCoreApplication.translate(
            "SymmetryTexts", "Is a mirrored picture still the same class?")
    return QCoreApplication.translate(
        "SymmetryTexts",
        "Is a turned picture (a quarter turn or upside down) still the same class?")


def explanation(kind: str) -> str:
    if kind == "mirror":
        return QCoreApplication.translate(
            "SymmetryTexts", "A mirrored cat is still a cat, but a mirrored “b” is a “d” and a "
            "left shoe becomes a right one.")
    return QCoreApplication.translate(
        "SymmetryTexts", "A field seen from above is a field however it is turned, but a "
        "turned 6 is a 9.")


def choice_name(choice: str) -> str:
    return {
        "auto": QCoreApplication.translate("SymmetryTexts", "Automatic (the app checks)"),
        "yes": QCoreApplication.translate("SymmetryTexts", "Yes"),
        "no": QCoreApplication.translate("SymmetryTexts", "No"),
    }.get(choice, choice)


def choice_help(kind: str) -> str:
    """What "Automatic" does, in one sentence."""
    if kind == "mirror":
        return QCoreApplication.translate(
            "SymmetryTexts", "Automatic: training starts without mirrored copies, checks early "
            "on whether the model still recognises your mirrored validation pictures, and uses "
            "mirrored copies only if it does.")
    return QCoreApplication.translate(
        "SymmetryTexts", "Automatic: training starts without turned copies, checks early on "
        "whether the model still recognises your turned validation pictures, and uses turned "
        "copies only if it does.")


def last_check(project: Project | None) -> SymmetryCheck | None:
    """The decision of the project's latest run that recorded one."""
    from lepton_studio.core.training.symmetry import symmetry_of_run

    for run in reversed(project.runs if project is not None else []):
        check = symmetry_of_run(run.settings)
        if check is not None:
            return check
    return None


def automatic_name(kind: str, check: SymmetryCheck | None) -> str:
    """ "Automatic" in the Train step's list, with what the last run decided."""
    if check is None:
        return QCoreApplication.translate("SymmetryTexts", "Automatic (the app checks)")
    from lepton_studio.core.training import symmetry as S

    reason = getattr(check, f"{kind}_reason")
    if reason not in (S.SAFE, S.UNSAFE, S.CHOSEN):
        return QCoreApplication.translate(
            "SymmetryTexts", "Automatic (last run: not used, could not check)")
    if getattr(check, kind):
        return QCoreApplication.translate("SymmetryTexts", "Automatic (last run: used)")
    return QCoreApplication.translate("SymmetryTexts", "Automatic (last run: not used)")


def _measured(kind: str, used: bool) -> str:
    if kind == "mirror" and used:
        return QCoreApplication.translate(
            "SymmetryTexts", "Mirrored copies are used: the model recognised {changed} of the "
            "mirrored validation pictures and {plain} of the pictures as they are.")
    if kind == "mirror":
        return QCoreApplication.translate(
            "SymmetryTexts", "Mirrored copies are not used: the model recognised only {changed} "
            "of the mirrored validation pictures but {plain} of the pictures as they are.")
    if used:
        return QCoreApplication.translate(
            "SymmetryTexts", "Turned copies are used: the model recognised {changed} of the "
            "turned validation pictures and {plain} of the pictures as they are.")
    return QCoreApplication.translate(
        "SymmetryTexts", "Turned copies are not used: the model recognised only {changed} of "
        "the turned validation pictures but {plain} of the pictures as they are.")


def _why_not(reason: str) -> str:
    from lepton_studio.core.training import symmetry as S

    return {
        S.NO_VALIDATION: QCoreApplication.translate(
            "SymmetryTexts", "there are no validation pictures to check on"),
        S.FEW_VALIDATION: QCoreApplication.translate(
            "SymmetryTexts", "there are too few validation pictures to tell"),
        S.NOT_LEARNED: QCoreApplication.translate(
            "SymmetryTexts", "the model was not yet good enough to tell"),
        S.TOO_SHORT: QCoreApplication.translate(
            "SymmetryTexts", "the run was too short for a check"),
        S.NOT_CHECKED: QCoreApplication.translate(
            "SymmetryTexts", "the run ended before the check"),
        S.NO_AUGMENTATION: QCoreApplication.translate("SymmetryTexts", "variations are off"),
        S.NOT_AVAILABLE: QCoreApplication.translate(
            "SymmetryTexts", "a frozen pretrained model's features cannot be turned"),
    }.get(reason, reason)


def decision_sentence(kind: str, check: SymmetryCheck) -> str:
    """One sentence on what a run decided and why (status bar, tooltips)."""
    from lepton_studio.core.training import symmetry as S

    reason = getattr(check, f"{kind}_reason")
    changed = check.mirrored if kind == "mirror" else check.turned
    if reason in (S.SAFE, S.UNSAFE) and changed is not None and check.plain is not None:
        return _measured(kind, getattr(check, kind)).format(
            changed=f"{changed:.0%}", plain=f"{check.plain:.0%}")
    if reason == S.CHOSEN:
        return (QCoreApplication.translate("SymmetryTexts", "Mirrored copies: as you chose.")
                if kind == "mirror" else
                QCoreApplication.translate("SymmetryTexts", "Turned copies: as you chose."))
    text = (QCoreApplication.translate("SymmetryTexts", "Mirrored copies are not used: {why}.")
            if kind == "mirror" else
            QCoreApplication.translate("SymmetryTexts", "Turned copies are not used: {why}."))
    return text.format(why=_why_not(reason))
