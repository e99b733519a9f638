"""The Train step's parts: settings, the training session, progress, live plots, run history.

- ``session.py``: ``TrainingSession`` runs the core trainer through the shell's workers
  API and keeps the open project in step with it (GUI thread only).
- ``persist.py``: saving the project while training (the project file, or the autosave
  copy when it has never been saved).
- ``settings_panel.py``, ``progress.py``, ``plots.py``, ``history.py``,
  ``problem_banner.py``: the widgets; ``pages/train_page.py`` assembles them.
- ``texts.py``: translated names of settings, statuses and durations.
"""
