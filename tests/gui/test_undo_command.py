"""The one undo command of project edits (gui/undo.py): apply, revert, merge, refuse."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from lepton_studio.gui.undo import RevertibleCommand


def test_a_refused_edit_leaves_no_step_and_merged_steps_undo_to_the_start(qapp):
    stack = QUndoStack()
    state = {"value": 0}

    def setter(value):
        def apply():
            old, state["value"] = state["value"], value
            return lambda: state.update(value=old)
        return apply

    def refused():
        raise ValueError("refused")

    with pytest.raises(Exception, match="refused"):
        stack.push(RevertibleCommand("bad", refused))
    assert stack.count() == 0
    for value in (1, 2, 3):
        stack.push(RevertibleCommand("set", setter(value), merge_key="v"))
    assert stack.count() == 1 and state["value"] == 3
    stack.undo()
    assert state["value"] == 0
    stack.redo()
    assert state["value"] == 3
    stack.push(RevertibleCommand("other", setter(9), merge_key="w"))
    assert stack.count() == 2
