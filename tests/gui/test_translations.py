"""Every shipped language is complete: no string missing, unfinished or with wrong placeholders.

lupdate runs over the whole package into a temporary copy of each .ts file, so a string
added in the code but not yet in the .ts files fails here. Fix with
``python -m lepton_studio.tools.i18n update``, translate, then ``... i18n status``.
"""

import shutil

import pytest

from lepton_studio.gui.translations import LANGUAGES, compile_ts, ts_path
from lepton_studio.tools.i18n import check, entry_problems, read_ts, run_lupdate


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_translation_file_is_complete(tmp_path, language):
    original = ts_path(language)
    assert original.is_file(), f"{original} is missing"
    copy = tmp_path / original.name
    shutil.copy(original, copy)
    run_lupdate(copy, language)
    known = {(e.context, e.source) for e in read_ts(original)}
    missing = [f"[{e.context}] {e.source!r}" for e in read_ts(copy)
               if (e.context, e.source) not in known]
    assert not missing, (f"{len(missing)} string(s) not in {original.name}; run "
                         "python -m lepton_studio.tools.i18n update:\n" + "\n".join(missing[:40]))
    problems = check(copy, language)
    assert not problems, (f"{len(problems)} entries to fix in {original.name}:\n"
                          + "\n".join(problems[:40]))


def test_no_string_without_context():
    """A bare tr() outside a class gets an empty context and is never found at run time."""
    entries = read_ts(ts_path("de"))
    assert [e.source for e in entries if not e.context] == []


def test_placeholder_check_catches_mistakes():
    from lepton_studio.tools.i18n import Entry

    good = Entry("C", "Saved {file}", ["{file} gespeichert"], False, False)
    assert entry_problems(good, "de") == []
    renamed = Entry("C", "Saved {file}", ["{datei} gespeichert"], False, False)
    assert entry_problems(renamed, "de")
    unfinished = Entry("C", "Saved {file}", [""], True, False)
    assert entry_problems(unfinished, "de")
    plural = Entry("C", "%n image(s)", ["%n 枚"], False, True)
    assert entry_problems(plural, "ja") == []
    lost_n = Entry("C", "%n image(s)", ["画像"], False, True)
    assert entry_problems(lost_n, "ja")


def test_compiled_catalogue_translates(tmp_path, qapp):
    from PySide6.QtCore import QTranslator

    qm = tmp_path / "de.qm"
    assert compile_ts(ts_path("de"), qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Steps", "Data") == "Daten"
    english = QTranslator()
    qm_en = tmp_path / "en.qm"
    assert compile_ts(ts_path("en"), qm_en)
    assert english.load(str(qm_en))
    assert english.translate("Steps", "%n picture(s)", None, 1) == "%n picture"
    assert english.translate("Steps", "%n picture(s)", None, 3) == "%n pictures"
