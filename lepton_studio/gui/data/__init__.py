"""The Data step: the import wizard, the class list and thumbnail gallery, data edits.

Qt-free logic lives in its own modules (``import_state.py``, ``findings.py``, ``rescan.py``;
the dataset edits in ``core/data/edits.py``) so it can be tested without widgets; the widgets only
show that state and turn gestures into undoable commands (``commands.py``).
"""
