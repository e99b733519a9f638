"""Saving the project while it trains, so a crash or a kill keeps the best model so far.

Called on the GUI thread only (the project belongs to it; see ``session.py``). A project
that has a file is saved to that file, silently (no dialog in the middle of training; a
failure falls back to the autosave copy and is logged). A project that was never saved
goes to the shell's autosave copy, which the next start offers to recover.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from lepton_studio.core.problems import LeptonError

if TYPE_CHECKING:
    from lepton_studio.gui.shell import Shell

log = logging.getLogger(__name__)

SAVED_TO_FILE = "file"
SAVED_TO_AUTOSAVE = "autosave"


def persist_project(shell: Shell) -> str:
    """Write the open project to its file or the autosave copy; says which ("" if neither)."""
    from lepton_studio.core.project import save_project

    document = shell.document
    if document.project is None:
        return ""
    if document.path is not None:
        try:
            save_project(document.project, document.path)
        except (LeptonError, OSError, ValueError, TypeError) as exc:
            log.warning("saving the project during training failed: %s", exc)
        else:
            document.mark_saved(document.path)
            return SAVED_TO_FILE
    if not document.is_modified:
        document.mark_modified()  # autosave only writes a modified project
    return SAVED_TO_AUTOSAVE if shell.controller.autosave_now() else ""
