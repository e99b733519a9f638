"""Developer tools run with ``python -m lepton_studio.tools.<name>`` (i18n, screenshots)."""
