"""The Linux start-up check: which Qt xcb libraries are missing, said in package names."""

import io

from lepton_studio import system_libraries as S


def fake_loader(missing: set[str]):
    asked: list[str] = []

    def load(soname: str) -> bool:
        asked.append(soname)
        return soname not in missing
    load.asked = asked
    return load


def test_names_exactly_the_missing_libraries_and_their_packages():
    loader = fake_loader({"libxcb-icccm.so.4", "libxcb-keysyms.so.1"})
    out = io.StringIO()
    missing = S.check_before_window(out, loader, platform="linux", env={})
    assert [m.soname for m in missing] == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    text = out.getvalue()
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1\n" in text
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms\n" in text
    assert "libxcb-cursor0" not in text  # the one Qt's own message wrongly blames


def test_silent_when_everything_loads():
    out = io.StringIO()
    assert S.check_before_window(out, fake_loader(set()), platform="linux", env={}) == []
    assert out.getvalue() == ""


def test_fedora_packages_listed_once_when_several_libraries_share_one():
    text = S.advice([lib for lib in S.XCB_LIBRARIES if lib.fedora == "libxcb"])
    assert "sudo dnf install libxcb\n" in text


def test_not_checked_off_linux_or_on_another_qt_platform():
    loader = fake_loader({"libxcb.so.1"})
    assert S.check_before_window(io.StringIO(), loader, platform="win32", env={}) == []
    assert S.check_before_window(io.StringIO(), loader, platform="darwin", env={}) == []
    assert S.check_before_window(io.StringIO(), loader, platform="linux",
                                 env={"QT_QPA_PLATFORM": "offscreen"}) == []
    assert loader.asked == []
    assert S.check_before_window(io.StringIO(), loader, platform="linux",
                                 env={"QT_QPA_PLATFORM": "xcb"})


def test_translated_through_the_given_function():
    text = S.advice(S.XCB_LIBRARIES[:1], lambda context, t: f"[{context}]{t}")
    assert text.startswith("[SystemLibraries]Lepton Studio cannot open its window")


def test_real_loader_finds_libc_and_not_a_made_up_name():
    assert S.can_load("libc.so.6")
    assert not S.can_load("libnot-a-real-library-lepton.so.9")


def test_readme_lists_every_debian_package():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for library in S.XCB_LIBRARIES:
        assert library.debian in readme, library.debian
        assert library.fedora in readme, library.fedora
