"""The layer canvas (the Model step): palette, canvas, inspector, summary.

``CanvasEditor`` (``editor.py``) is the one widget the Model page hosts; it edits a core
``Graph`` through undo commands on the ``QUndoStack`` it is given.
"""

from lepton_studio.gui.pyside_workarounds import protect_none

protect_none()  # PySide6 6.12 + CPython 3.11: see pyside_workarounds.py
