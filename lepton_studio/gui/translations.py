"""Languages: which ones ship, where their compiled ``.qm`` files are, and switching.

Decision on ``.qm`` files: the ``.ts`` sources in ``translations/`` are committed; the
``.qm`` files are build output (git-ignored) in ``lepton_studio/resources/translations/``,
made by ``python -m lepton_studio.tools.i18n build`` (packaging runs it). In a source
checkout the app also compiles a missing or outdated ``.qm`` on the fly with the
``lrelease`` that PySide6 ships, so a fresh clone is translated without an extra step.

Switching: ``LanguageManager.set_language`` removes the old translators and installs the
new ones; Qt then sends ``QEvent.LanguageChange`` to every widget, and each widget
rebuilds its texts in its ``retranslate()``.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent.parent
QM_DIR = PACKAGE_DIR / "resources" / "translations"
TS_DIR = PACKAGE_DIR.parent / "translations"  # present in a source checkout only
BASENAME = "lepton_studio"

# Language code -> its own name (shown untranslated, so anyone can find their language).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "ja": "日本語",
    "zh_CN": "简体中文",
}
SOURCE_LANGUAGE = "en"
# Languages with a full .ts (English has one holding only the plural forms).
TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
SYSTEM = ""  # the settings value meaning "follow the system language"


def ts_path(code: str) -> Path:
    return TS_DIR / f"{BASENAME}_{code}.ts"


def qm_name(code: str) -> str:
    return f"{BASENAME}_{code}.qm"


def lrelease_executable() -> Path | None:
    """The ``lrelease`` shipped inside the PySide6 wheel, if any."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def compile_ts(ts: Path, qm: Path) -> bool:
    """Run lrelease on one file; False (and a log line) when that is impossible."""
    tool = lrelease_executable()
    if tool is None:
        log.warning("lrelease not found; cannot build %s", qm)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0 or not qm.is_file():
        log.warning("lrelease failed for %s: %s", ts, result.stderr.strip())
        return False
    return True


def _fallback_qm_dir() -> Path:
    from lepton_studio.core import paths

    return paths.cache_dir() / "translations"


def _is_fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def find_qm(code: str) -> Path | None:
    """The compiled catalogue for ``code``, building it first in a source checkout."""
    ts = ts_path(code)
    name = qm_name(code)
    candidates = [QM_DIR / name]
    if ts.is_file():
        candidates.append(_fallback_qm_dir() / name)
    for qm in candidates:
        if _is_fresh(qm, ts):
            return qm
    if ts.is_file():
        for qm in candidates:
            try:
                if compile_ts(ts, qm):
                    return qm
            except OSError as exc:  # a read-only install folder: try the next place
                log.info("cannot write %s: %s", qm, exc)
    return candidates[0] if candidates[0].is_file() else None


def system_language() -> str:
    """The first of the user's preferred UI languages that we ship, else English."""
    for name in QLocale.system().uiLanguages():
        name = name.replace("-", "_")
        if name in LANGUAGES:
            return name
        base = name.split("_")[0]
        if base == "zh":
            # Simplified Chinese is what we ship; Traditional users still prefer it to English.
            return "zh_CN"
        if base in LANGUAGES:
            return base
    return SOURCE_LANGUAGE


def resolve(code: str) -> str:
    """Map the settings value (possibly ``SYSTEM`` or unknown) to a shipped language."""
    if code == SYSTEM or code not in LANGUAGES:
        return system_language()
    return code


class LanguageManager:
    """Holds the installed translators (Python references keep them alive)."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.current = SOURCE_LANGUAGE

    def set_language(self, code: str) -> str:
        """Install ``code`` (after resolving ``SYSTEM``); returns the language now active."""
        app = QCoreApplication.instance()
        language = resolve(code)
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_base = QTranslator()
        if language != SOURCE_LANGUAGE and qt_base.load(f"qtbase_{language}", qt_dir):
            self._translators.append(qt_base)
        ours = QTranslator()
        qm = find_qm(language)
        if qm is not None and ours.load(str(qm)):
            self._translators.append(ours)
        elif language != SOURCE_LANGUAGE:
            log.warning("no translation catalogue for %s", language)
        for translator in self._translators:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        self.current = language
        # Qt posts LanguageChange to every widget; deliver it now, so that the whole
        # window has changed language when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
        return language
