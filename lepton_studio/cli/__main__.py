"""``python -m lepton_studio.cli``: the command line without the window."""

import sys

from . import main

sys.exit(main())
