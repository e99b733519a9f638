"""The window keeps painting while a folder is checked and its pictures are prepared.

A timer probe notes the longest gap in the event loop. The bound is relative, not a
number of milliseconds (shared test machines are slow and busy): the longest gap must
be under half of the phase, while a scan on the GUI thread would stall for the whole
of it. ``benchmarks/scan.py`` measures the real figures.
"""

from __future__ import annotations

import time

from lepton_studio.gui.data.responsiveness import StallProbe

STALL_SHARE = 0.5  # of the phase: work on the GUI thread would stall for all of it


def test_scanning_and_preparing_500_pictures_keeps_the_window_responsive(qtbot, window, data_page,
                                                                         steps, clean_folder):
    folder = clean_folder(classes=("a", "b", "c", "d", "e"), per_class=100)
    probe = StallProbe(5)
    wizard = data_page.start_import("folder", str(folder))
    probe.start()
    began = time.monotonic()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 2, timeout=60000)
    scan_stall, scan_ms = probe.stop(), 1000 * (time.monotonic() - began)
    assert wizard.state.report.total == 500
    assert probe.ticks > 3  # the loop ran during the scan

    probe.start()
    began = time.monotonic()
    steps.finish(wizard)
    steps.wait_idle(60000)
    fill_stall, fill_ms = probe.stop(), 1000 * (time.monotonic() - began)
    assert "ready for training" in data_page.browser.work_label.text()
    assert scan_stall < STALL_SHARE * scan_ms, f"stalled {scan_stall:.0f} of {scan_ms:.0f} ms scanning"
    assert fill_stall < STALL_SHARE * fill_ms, f"stalled {fill_stall:.0f} of {fill_ms:.0f} ms preparing"


def test_the_probe_notices_a_blocked_event_loop(qtbot):
    import time

    from PySide6.QtCore import QTimer

    probe = StallProbe(5)
    probe.start()
    QTimer.singleShot(20, lambda: time.sleep(0.25))
    qtbot.wait(400)
    assert probe.stop() >= 200
