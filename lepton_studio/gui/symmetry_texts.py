"""Words for the mirror / turn questions, shared by the import wizard and the Train step.

A mirrored cat is still a cat; a mirrored "b" is a "d". The user answers Automatic (the
trainer checks, core/training/symmetry.py), Yes or No; these texts ask and explain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from lepton_studio.core.project import Project
    from lepton_studio.core.training.symmetry import SymmetryCheck

CHOICES = ("auto", "yes", "no")
KINDS = ("mirror", "turn")


def _t(text: str) -> str:
    return QCoreApplication.translate("SymmetryTexts", text)


def question(kind: str) -> str:
    if kind == "mirror":
        return _t("Is a mirrored picture still the same class?")
    return _t("Is a turned picture (a quarter turn or upside down) still the same class?")


def explanation(kind: str) -> str:
    if kind == "mirror":
        return _t("A mirrored cat is still a cat, but a mirrored “b” is a “d” and a left "
                  "shoe becomes a right one.")
    return _t("A field seen from above is a field however it is turned, but a turned 6 is a 9.")


def choice_name(choice: str) -> str:
    return {"auto": _t("Automatic (the app checks)"), "yes": _t("Yes"),
            "no": _t("No")}.get(choice, choice)


def choice_help(kind: str) -> str:
    """What "Automatic" does, in one sentence."""
    if kind == "mirror":
        return _t("Automatic: training starts without mirrored copies, checks early on whether "
                  "the model still recognises your mirrored validation pictures, and uses "
                  "mirrored copies only if it does.")
    return _t("Automatic: training starts without turned copies, checks early on whether the "
              "model still recognises your turned validation pictures, and uses turned copies "
              "only if it does.")


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
        return _t("Automatic (the app checks)")
    from lepton_studio.core.training import symmetry as S

    reason = getattr(check, f"{kind}_reason")
    if reason not in (S.SAFE, S.UNSAFE, S.CHOSEN):
        return _t("Automatic (last run: not used, could not check)")
    if getattr(check, kind):
        return _t("Automatic (last run: used)")
    return _t("Automatic (last run: not used)")


def decision_sentence(kind: str, check: SymmetryCheck) -> str:
    """One sentence on what a run decided and why (status bar, tooltips)."""
    from lepton_studio.core.training import symmetry as S

    reason = getattr(check, f"{kind}_reason")
    used = getattr(check, kind)
    changed = check.mirrored if kind == "mirror" else check.turned
    if reason in (S.SAFE, S.UNSAFE) and changed is not None and check.plain is not None:
        values = {"changed": f"{changed:.0%}", "plain": f"{check.plain:.0%}"}
        if kind == "mirror":
            text = (_t("Mirrored copies are used: the model recognised {changed} of the mirrored "
                       "validation pictures and {plain} of the pictures as they are.") if used else
                    _t("Mirrored copies are not used: the model recognised only {changed} of the "
                       "mirrored validation pictures but {plain} of the pictures as they are."))
        else:
            text = (_t("Turned copies are used: the model recognised {changed} of the turned "
                       "validation pictures and {plain} of the pictures as they are.") if used else
                    _t("Turned copies are not used: the model recognised only {changed} of the "
                       "turned validation pictures but {plain} of the pictures as they are."))
        return text.format(**values)
    if reason == S.CHOSEN:
        return (_t("Mirrored copies: as you chose.") if kind == "mirror"
                else _t("Turned copies: as you chose."))
    why = {
        S.NO_VALIDATION: _t("there are no validation pictures to check on"),
        S.FEW_VALIDATION: _t("there are too few validation pictures to tell"),
        S.NOT_LEARNED: _t("the model was not yet good enough to tell"),
        S.TOO_SHORT: _t("the run was too short for a check"),
        S.NOT_CHECKED: _t("the run ended before the check"),
        S.NO_AUGMENTATION: _t("variations are off"),
        S.NOT_AVAILABLE: _t("a frozen pretrained model's features cannot be turned"),
    }.get(reason, reason)
    text = (_t("Mirrored copies are not used: {why}.") if kind == "mirror"
            else _t("Turned copies are not used: {why}."))
    return text.format(why=why)
