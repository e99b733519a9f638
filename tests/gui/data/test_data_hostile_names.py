"""The import wizard with hostile names: CSV encodings named, odd names shown harmlessly."""

from __future__ import annotations

import os

import pytest


def test_report_says_how_a_csv_was_read(data_page, steps, picture, tmp_path):
    names = [f"猫の写真{i}.png" for i in range(3)] + [f"犬の写真{i}.png" for i in range(3)]
    for i, name in enumerate(names):
        picture(tmp_path / "pics" / name, i)
    rows = [f"pics/{n};{'ねこ' if n.startswith('猫') else 'いぬ'}" for n in names]
    csv_path = tmp_path / "labels.csv"
    csv_path.write_bytes("\r\n".join(rows).encode("shift_jis"))
    wizard = steps.scan_to_report(data_page, "csv", csv_path)
    assert wizard.state.usable_counts() == {"ねこ": 3, "いぬ": 3}
    summary = wizard.report_page.summary.text()
    assert "Shift_JIS" in summary and "semicolons" in summary
    if os.environ.get("LEPTON_SHOTS"):
        wizard.grab().save(os.path.join(os.environ["LEPTON_SHOTS"], "csv_report.png"))


@pytest.mark.skipif(os.name == "nt", reason="Windows forbids these names")
def test_control_characters_and_undecodable_names_do_not_break_the_wizard(
        window, data_page, steps, picture, tmp_path):
    root = tmp_path / "data"
    for c, label in enumerate(("\x1b]0;pwned\x07", "\x1b[2J\u202e")):
        for i in range(4):
            picture(root / label / f"p{i}\x07.png", 10 * c + i)
    picture(root / os.fsdecode(b"\xff\xfe") / "x.png", 50)
    wizard = steps.scan_to_report(data_page, "folder", root)
    assert sorted(wizard.state.usable_counts().values()) == [4, 4]
    titles = [wizard.report_page.tree.topLevelItem(i).text(0)
              for i in range(wizard.report_page.tree.topLevelItemCount())]
    assert any(t.startswith("Names that are not valid text") for t in titles)
    rows = [wizard.report_page.tree.topLevelItem(i).child(j).text(0)
            for i in range(wizard.report_page.tree.topLevelItemCount())
            for j in range(wizard.report_page.tree.topLevelItem(i).childCount())]
    assert "Class “\\x1b[2J\\u202e” has only 4 images." in rows  # the override cannot reverse it
    assert not any("\x1b" in row or "\u202e" in row for row in rows)
    if os.environ.get("LEPTON_SHOTS"):
        wizard.grab().save(os.path.join(os.environ["LEPTON_SHOTS"], "odd_names_report.png"))
    steps.finish(wizard)
    steps.wait_idle()
    assert len(data_page.project.dataset.class_names) == 2
