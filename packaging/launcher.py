"""The script PyInstaller freezes: the same entry point as the ``lepton-studio`` command.

``main`` calls ``multiprocessing.freeze_support()`` first, so a frozen child process
(should any library start one) runs its task instead of a second window.
"""

from lepton_studio.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
