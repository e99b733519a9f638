"""Garbage collection happens on the GUI thread, never in a worker."""

import gc
import threading


def test_automatic_collection_is_off_and_the_gui_thread_collects(qapp, qtbot):
    from lepton_studio.gui import gc_guard

    guard = gc_guard.install(qapp)
    assert gc_guard.install(qapp) is guard  # once per application
    assert not gc.isenabled()
    collected_on = []

    class Cycle:
        def __del__(self):
            collected_on.append(threading.current_thread() is threading.main_thread())

    def make_garbage_in_a_worker():
        # 2,000 objects in cycles: far past the threshold at which the interpreter would
        # collect right here, in this thread
        for _ in range(1000):
            a, b = Cycle(), Cycle()
            a.other, b.other = b, a
    worker = threading.Thread(target=make_garbage_in_a_worker)
    worker.start()
    worker.join()
    assert collected_on == []  # nothing was freed by the worker
    qtbot.waitUntil(lambda: len(collected_on) == 2000, timeout=10000)
    assert all(collected_on)
