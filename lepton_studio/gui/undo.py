"""The undo command every project edit uses: ``redo`` applies, ``undo`` reverts.

The edits themselves are core functions returning a ``Revert``
(``core/project_edits.py``); a command only remembers that revert. Commands touch the
project alone; views redraw from the project's events.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

Revert = Callable[[], None]


class RevertibleCommand(QUndoCommand):
    """``redo`` runs ``apply()`` (which returns a revert); ``undo`` runs that revert.

    With ``merge_key`` a command merges into the previous one of the same key (the
    steps of one spin box become one undo step): undo goes back to before the first,
    redo applies the last.
    """

    MERGE_ID = 20_020

    def __init__(self, text: str, apply: Callable[[], Revert], merge_key: str = "") -> None:
        super().__init__(text)
        self._apply = apply
        self._revert: Revert | None = None
        self.merge_key = merge_key

    def redo(self) -> None:
        try:
            self._revert = self._apply()
        except Exception:
            # Nothing was changed (each edit checks first): the stack must not keep a step
            # that undoes nothing. The error still goes to the window's exception hook.
            self._revert = None
            self.setObsolete(True)
            raise

    def undo(self) -> None:
        if self._revert is not None:
            self._revert()
            self._revert = None

    def id(self) -> int:  # noqa: A003 - Qt name
        return self.MERGE_ID if self.merge_key else -1

    def mergeWith(self, other) -> bool:  # noqa: N802 - Qt name
        if not isinstance(other, RevertibleCommand) or other.merge_key != self.merge_key:
            return False
        self._apply = other._apply  # this command's revert still goes back to the start
        return True
