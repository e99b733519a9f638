"""Pictures for the screen: numpy and files to ``QImage`` (safe on worker threads).

``QPixmap`` belongs to the GUI thread, so workers make ``QImage`` objects only; the
widgets turn them into pixmaps when they paint.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

THUMB_PX = 112


def array_to_qimage(pixels: np.ndarray) -> QImage:
    """uint8 H×W, H×W×1 or H×W×3 -> an RGB888 ``QImage`` that owns its memory."""
    arr = np.asarray(pixels, dtype=np.uint8)
    if arr.ndim == 2:
        arr = arr[:, :, None]
    if arr.shape[2] == 1:
        arr = np.repeat(arr, 3, axis=2)
    arr = np.ascontiguousarray(arr[:, :, :3])
    height, width = arr.shape[:2]
    image = QImage(arr.data, width, height, 3 * width, QImage.Format.Format_RGB888)
    return image.copy()  # detach from the numpy buffer


def qimage_to_array(image: QImage) -> np.ndarray:
    """A ``QImage`` (any format) -> uint8 H×W×3 RGB."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    data = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * height)
    return data.reshape(height, stride)[:, :3 * width].reshape(height, width, 3).copy()


def file_thumbnail(path: str, px: int = THUMB_PX) -> QImage | None:
    """A ``px``×``px`` thumbnail of ``path`` decoded by the app's decoder (EXIF turned,
    transparency on white), the picture fitted and centred on a transparent square so
    grids line up; None when the file cannot be read."""
    from PIL import Image

    from lepton_studio.core.data.decode import DecodeError, load_image

    try:
        picture = load_image(path, "rgb", target_size=px).convert("RGB")
    except (DecodeError, OSError):
        return None
    scale = px / max(picture.width, picture.height)
    size = (max(1, round(picture.width * scale)), max(1, round(picture.height * scale)))
    picture = picture.resize(size, Image.Resampling.BILINEAR)
    canvas = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    canvas.paste(picture, ((px - size[0]) // 2, (px - size[1]) // 2))
    arr = np.ascontiguousarray(np.asarray(canvas))
    image = QImage(arr.data, px, px, 4 * px, QImage.Format.Format_RGBA8888)
    return image.copy()


def heat_image(pixels: np.ndarray, heat: np.ndarray | None, opacity: float) -> QImage:
    """The model's input with its heat map over it (or the plain input without one)."""
    from lepton_studio.core.explain import overlay

    if heat is None:
        return array_to_qimage(pixels)
    return array_to_qimage(overlay(pixels, heat, opacity))
