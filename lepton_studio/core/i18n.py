"""Marking strings for translation without importing Qt.

The core speaks English. Strings a user will read are marked with ``QT_TRANSLATE_NOOP``
so that ``pyside6-lupdate`` extracts them (it parses source statically); the GUI then
passes the same (context, text) pair to ``QCoreApplication.translate`` when showing it.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate needs this name
    """Return ``text`` unchanged; the call only marks it for extraction."""
    return text
