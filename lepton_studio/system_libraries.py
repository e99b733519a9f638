"""Before the window opens on Linux: are the system libraries Qt's X11 (xcb) plugin needs there?

When one is missing, Qt stops with "could not load the Qt platform plugin xcb" and names
``libxcb-cursor0`` even when another library is the one missing. We try each library the
plugin links against (``dlopen`` by its exact name, as Qt will), and print in plain words
which packages to install. Qt is still allowed to try afterwards: the check may be wrong
on an unusual system, and a wrong warning must never stop a working app.

No Qt here: it runs before any Qt library is loaded, and is tested with a fake loader.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TextIO

from lepton_studio.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONTEXT = "SystemLibraries"
Loader = Callable[[str], bool]
Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class Library:
    soname: str   # the name Qt asks the dynamic loader for
    debian: str   # the Debian / Ubuntu package that has it
    fedora: str   # the Fedora / RHEL package that has it


# What libqxcb.so, libQt6XcbQpa and libQt6Gui of PySide6 6.x link against (readelf -d),
# less what every Linux has (libc, libstdc++, libz). Keep README.md's lists in step.
XCB_LIBRARIES: tuple[Library, ...] = (
    Library("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    Library("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    Library("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    Library("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    Library("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    Library("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    Library("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    Library("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    Library("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    Library("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    Library("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    Library("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    Library("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    Library("libxcb.so.1", "libxcb1", "libxcb"),
    Library("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    Library("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    Library("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    Library("libEGL.so.1", "libegl1", "libglvnd-egl"),
    Library("libGL.so.1", "libgl1", "libglvnd-glx"),
    Library("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    Library("libfreetype.so.6", "libfreetype6", "freetype"),
    Library("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
    Library("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
)


def can_load(soname: str) -> bool:
    """True when the dynamic loader finds ``soname`` (the same search Qt's loading does)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def will_use_xcb(platform: str = sys.platform, env: Mapping[str, str] = os.environ) -> bool:
    """Whether Qt is about to try its X11 plugin (Linux, and no other platform chosen)."""
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip().lower()
    return chosen == "" or chosen.startswith("xcb")


def missing_libraries(loader: Loader = can_load,
                      libraries: Sequence[Library] = XCB_LIBRARIES) -> list[Library]:
    return [library for library in libraries if not loader(library.soname)]


def _unique(names: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(names))


def advice(missing: Sequence[Library], translate: Translate = lambda _c, text: text) -> str:
    """The plain-words note a user reads in the terminal (empty when nothing is missing)."""
    if not missing:
        return ""
    debian = " ".join(_unique([library.debian for library in missing]))
    fedora = " ".join(_unique([library.fedora for library in missing]))
    lines = [
        translate(CONTEXT, QT_TRANSLATE_NOOP(
            "SystemLibraries", "Lepton Studio cannot open its window yet: some system "
            "libraries it needs are not installed ({names}).")).format(
            names=", ".join(library.soname for library in missing)),
        translate(CONTEXT, QT_TRANSLATE_NOOP(
            "SystemLibraries", "On Debian or Ubuntu, install them with:")),
        f"    sudo apt install {debian}",
        translate(CONTEXT, QT_TRANSLATE_NOOP(
            "SystemLibraries", "On Fedora, install them with:")),
        f"    sudo dnf install {fedora}",
        translate(CONTEXT, QT_TRANSLATE_NOOP(
            "SystemLibraries", "Then start Lepton Studio again. The packaged app needs the "
            "same libraries.")),
    ]
    return "\n".join(lines) + "\n"


def check_before_window(stream: TextIO | None = None, loader: Loader = can_load,
                        platform: str = sys.platform, env: Mapping[str, str] = os.environ,
                        translate: Translate = lambda _c, text: text) -> list[Library]:
    """Print the advice when libraries are missing; returns them (Qt still tries after)."""
    if not will_use_xcb(platform, env):
        return []
    missing = missing_libraries(loader)
    if missing:
        log.info("missing system libraries for Qt xcb: %s",
                    ", ".join(library.soname for library in missing))
        print(advice(missing, translate), file=stream or sys.stderr, end="", flush=True)
    return missing
