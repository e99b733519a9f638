"""Moving a run's "not sure" threshold, as one undoable edit of the project."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

MERGE_ID = 1801  # consecutive moves of one run's threshold undo as one


class SetThresholdCommand(QUndoCommand):
    """``project.set_run_threshold``: the project announces it (``RunThresholdChanged``)
    and the views that show the run follow."""

    def __init__(self, project, run_id: str, old: float | None, new: float | None) -> None:
        super().__init__(QCoreApplication.translate("Evaluate", "Change the “not sure” threshold"))
        self.project, self.run_id = project, run_id
        self.old, self.new = old, new

    def _apply(self, value: float | None) -> None:
        run = self.project.run(self.run_id)
        if run is None or not run.calibration:
            return
        self.project.set_run_threshold(self.run_id, value)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:  # noqa: A003 - Qt name
        return MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt name
        if not isinstance(other, SetThresholdCommand) or other.run_id != self.run_id:
            return False
        self.new = other.new
        return True


class SetCalibrationCommand(QUndoCommand):
    """``project.set_run_calibration``, e.g. one fitted for a run trained before
    calibration existed; the project announces it (``RunCalibrationChanged``)."""

    def __init__(self, project, run_id: str, old: dict | None, new: dict | None) -> None:
        super().__init__(QCoreApplication.translate("Evaluate", "Calibrate the model's confidence"))
        self.project, self.run_id = project, run_id
        self.old, self.new = old, new

    def _apply(self, value: dict | None) -> None:
        if self.project.run(self.run_id) is None:
            return
        self.project.set_run_calibration(self.run_id, value)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)
