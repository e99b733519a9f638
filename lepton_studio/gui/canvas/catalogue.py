"""The thin Qt side of the block catalogue: translated names, colours, icons, number texts.

The catalogue itself (``core/blocks``) is plain data with English texts marked for the
"Blocks" context; this module translates them at display time and paints each block's
icon, so the palette, the node items and the inspector all show a block the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from lepton_studio.core.blocks import CATEGORY_ORDER, BlockSpec, ParamSpec, all_blocks
from lepton_studio.core.i18n import QT_TRANSLATE_NOOP

BLOCKS_CONTEXT = "Blocks"
CONTEXT = "BlockCatalogue"

CATEGORY_NAMES: dict[str, str] = {
    "io": QT_TRANSLATE_NOOP("BlockCatalogue", "Input and output"),
    "convolution": QT_TRANSLATE_NOOP("BlockCatalogue", "Convolution"),
    "pooling": QT_TRANSLATE_NOOP("BlockCatalogue", "Pooling"),
    "normalisation": QT_TRANSLATE_NOOP("BlockCatalogue", "Normalisation"),
    "activation": QT_TRANSLATE_NOOP("BlockCatalogue", "Activation"),
    "regularisation": QT_TRANSLATE_NOOP("BlockCatalogue", "Regularisation"),
    "reshape": QT_TRANSLATE_NOOP("BlockCatalogue", "Reshape"),
    "dense": QT_TRANSLATE_NOOP("BlockCatalogue", "Dense"),
    "merge": QT_TRANSLATE_NOOP("BlockCatalogue", "Merge branches"),
    "pretrained": QT_TRANSLATE_NOOP("BlockCatalogue", "Pretrained"),
}

# Values of "choice" settings, as people read them.
CHOICE_NAMES: dict[str, str] = {
    "relu": QT_TRANSLATE_NOOP("BlockCatalogue", "ReLU"),
    "leaky_relu": QT_TRANSLATE_NOOP("BlockCatalogue", "Leaky ReLU"),
    "gelu": QT_TRANSLATE_NOOP("BlockCatalogue", "GELU"),
    "silu": QT_TRANSLATE_NOOP("BlockCatalogue", "SiLU (swish)"),
    "sigmoid": QT_TRANSLATE_NOOP("BlockCatalogue", "Sigmoid"),
    "tanh": QT_TRANSLATE_NOOP("BlockCatalogue", "Tanh"),
    "same": QT_TRANSLATE_NOOP("BlockCatalogue", "same"),
    "valid": QT_TRANSLATE_NOOP("BlockCatalogue", "valid"),
    "rgb": QT_TRANSLATE_NOOP("BlockCatalogue", "colour"),
    "gray": QT_TRANSLATE_NOOP("BlockCatalogue", "grey"),
}

CATEGORY_COLOURS: dict[str, QColor] = {
    "io": QColor(90, 110, 130),
    "convolution": QColor(52, 120, 220),
    "pooling": QColor(30, 150, 140),
    "normalisation": QColor(140, 100, 200),
    "activation": QColor(230, 140, 30),
    "regularisation": QColor(150, 150, 60),
    "reshape": QColor(120, 120, 120),
    "dense": QColor(200, 80, 120),
    "merge": QColor(60, 160, 80),
    "pretrained": QColor(170, 90, 40),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def block_name(spec: BlockSpec) -> str:
    return QCoreApplication.translate(BLOCKS_CONTEXT, spec.name)


def block_help(spec: BlockSpec) -> str:
    return QCoreApplication.translate(BLOCKS_CONTEXT, spec.help) if spec.help else ""


def first_sentence(text: str) -> str:
    """The palette's one-line help: the help text up to its first full stop."""
    for stop in (". ", "。", "! ", "? "):
        cut = text.find(stop)
        if cut != -1:
            return text[: cut + len(stop.rstrip())]
    return text


def param_label(param: ParamSpec) -> str:
    return QCoreApplication.translate(BLOCKS_CONTEXT, param.label)


def param_help(param: ParamSpec) -> str:
    return QCoreApplication.translate(BLOCKS_CONTEXT, param.help) if param.help else ""


def choice_text(value: str) -> str:
    english = CHOICE_NAMES.get(value)
    return tr(english) if english else str(value)


def category_name(category: str) -> str:
    english = CATEGORY_NAMES.get(category)
    return tr(english) if english else category.capitalize()


def category_colour(category: str) -> QColor:
    return QColor(CATEGORY_COLOURS.get(category, QColor(110, 110, 110)))


def categories() -> list[tuple[str, list[BlockSpec]]]:
    """(category, its blocks) in palette order; unknown categories come last."""
    grouped: dict[str, list[BlockSpec]] = {}
    for spec in all_blocks():
        grouped.setdefault(spec.category, []).append(spec)
    order = [c for c in CATEGORY_ORDER if c in grouped] + sorted(
        c for c in grouped if c not in CATEGORY_ORDER)
    return [(category, grouped[category]) for category in order]


# --- numbers ---------------------------------------------------------------------------
def format_shape(shape: tuple[int, ...] | None) -> str:
    """``(64, 16, 16)`` -> ``64×16×16``; empty when unknown."""
    return "×".join(str(d) for d in shape) if shape else ""


def format_count(value: int) -> str:
    """A count with the locale's digit grouping (1,234,567)."""
    return QLocale().toString(int(value))


_KILO = QT_TRANSLATE_NOOP("BlockCatalogue", "K")  # thousand
_MEGA = QT_TRANSLATE_NOOP("BlockCatalogue", "M")  # million
_GIGA = QT_TRANSLATE_NOOP("BlockCatalogue", "G")  # billion


def format_compact(value: float) -> str:
    """Short form for big numbers: 950, 12.3 K, 4.5 M, 1.2 G (digits in the locale)."""
    locale = QLocale()
    for limit, suffix in ((1e9, tr(_GIGA)), (1e6, tr(_MEGA)), (1e3, tr(_KILO))):
        if abs(value) >= limit:
            number = value / limit
            digits = 0 if number >= 100 else 1
            return f"{locale.toString(number, 'f', digits)} {suffix}"
    return locale.toString(int(value))


# --- icons -----------------------------------------------------------------------------
def _glyph(painter: QPainter, icon: str, rect: QRectF) -> None:
    """A small white drawing that hints at what the block does."""
    c, w = rect.center(), rect.width()
    s = w * 0.28
    path = QPainterPath()
    if icon in ("conv", "sepconv"):
        for i in range(3):
            offset = (i - 1) * s * 0.45
            path.addRect(QRectF(c.x() - s * 0.6 + offset, c.y() - s * 0.6 - offset, s * 1.0, s * 1.0))
        if icon == "sepconv":
            path.moveTo(c.x() - s, c.y() + s)
            path.lineTo(c.x() + s, c.y() - s)
    elif icon in ("maxpool", "avgpool"):
        path.addRect(QRectF(c.x() - s, c.y() - s, 2 * s, 2 * s))
        path.moveTo(c.x(), c.y() - s)
        path.lineTo(c.x(), c.y() + s)
        path.moveTo(c.x() - s, c.y())
        path.lineTo(c.x() + s, c.y())
        if icon == "maxpool":
            path.addEllipse(QPointF(c.x() + s / 2, c.y() - s / 2), s / 4, s / 4)
    elif icon == "gap":
        path.addRect(QRectF(c.x() - s, c.y() - s, 2 * s, 2 * s))
        path.addEllipse(c, s / 3, s / 3)
    elif icon == "norm":
        path.moveTo(c.x() - s * 1.1, c.y() + s * 0.8)
        path.cubicTo(c.x() - s * 0.3, c.y() + s * 0.8, c.x() - s * 0.4, c.y() - s,
                     c.x(), c.y() - s)
        path.cubicTo(c.x() + s * 0.4, c.y() - s, c.x() + s * 0.3, c.y() + s * 0.8,
                     c.x() + s * 1.1, c.y() + s * 0.8)
    elif icon == "activation":
        path.moveTo(c.x() - s * 1.1, c.y() + s * 0.6)
        path.lineTo(c.x(), c.y() + s * 0.6)
        path.lineTo(c.x() + s * 1.1, c.y() - s * 0.9)
    elif icon == "dropout":
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                r = s * (0.28 if (dx + dy) % 2 else 0.12)
                path.addEllipse(QPointF(c.x() + dx * s * 0.8, c.y() + dy * s * 0.8), r, r)
    elif icon == "flatten":
        path.addRect(QRectF(c.x() - s * 0.7, c.y() - s, s * 0.9, s * 0.9))
        path.moveTo(c.x() - s * 1.1, c.y() + s * 0.6)
        path.lineTo(c.x() + s * 1.1, c.y() + s * 0.6)
    elif icon == "dense":
        for y1 in (-0.8, 0.0, 0.8):
            for y2 in (-0.5, 0.5):
                path.moveTo(c.x() - s, c.y() + y1 * s)
                path.lineTo(c.x() + s, c.y() + y2 * s)
    elif icon == "add":
        path.moveTo(c.x() - s, c.y())
        path.lineTo(c.x() + s, c.y())
        path.moveTo(c.x(), c.y() - s)
        path.lineTo(c.x(), c.y() + s)
    elif icon == "concat":
        path.addRect(QRectF(c.x() - s, c.y() - s, s * 0.9, 2 * s))
        path.addRect(QRectF(c.x() + s * 0.1, c.y() - s, s * 0.9, 2 * s))
    elif icon == "input":
        path.addRect(QRectF(c.x() - s, c.y() - s * 0.8, 2 * s, 1.6 * s))
        path.addPolygon(QPolygonF([QPointF(c.x() - s * 0.8, c.y() + s * 0.6),
                                   QPointF(c.x() - s * 0.2, c.y() - s * 0.2),
                                   QPointF(c.x() + s * 0.3, c.y() + s * 0.3),
                                   QPointF(c.x() + s * 0.8, c.y() + s * 0.6)]))
    elif icon == "output":
        for i, h in enumerate((0.5, 1.0, 0.7)):
            x = c.x() - s + i * s * 0.75
            path.addRect(QRectF(x, c.y() + s - 2 * s * h, s * 0.5, 2 * s * h))
    else:
        path.addEllipse(c, s, s)
    pen = QPen(QColor(255, 255, 255), max(1.0, w / 14), Qt.PenStyle.SolidLine,
               Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def paint_block_icon(painter: QPainter, rect: QRectF, spec: BlockSpec) -> None:
    """The block's icon: its category colour with a glyph, drawn into ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(category_colour(spec.category))
    radius = rect.width() * 0.22
    painter.drawRoundedRect(rect, radius, radius)
    _glyph(painter, spec.icon or spec.id, rect)
    painter.restore()


_ICONS: dict[tuple[str, str, str], QIcon] = {}


def block_icon(spec: BlockSpec) -> QIcon:
    key = (spec.id, spec.icon, spec.category)
    if key not in _ICONS:
        _ICONS[key] = _paint_icon(spec)
    return _ICONS[key]


def _paint_icon(spec: BlockSpec) -> QIcon:
    result = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_block_icon(painter, QRectF(0.5, 0.5, size - 1, size - 1), spec)
        painter.end()
        result.addPixmap(pixmap)
    return result
