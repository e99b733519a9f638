"""Turn an image file into the exact uint8 pixels a model sees.

This module is copied verbatim into every exported ``predict.py`` so that the app and
an export decode identically: it may import only the standard library, numpy and
Pillow, and must not use relative imports. Bump ``DECODER_VERSION`` whenever a change
alters the pixels it produces (the image cache keys on it).

Choices, fixed here once:

* Formats: JPEG, PNG, BMP, GIF (first frame), TIFF (first page), WebP. Anything else
  is refused before Pillow decodes it.
* EXIF orientation is applied (the same transposes as ``ImageOps.exif_transpose``,
  done after the colour conversion, on the smaller image).
* Transparency (P/PA with a transparent colour, LA, RGBA, ...) is composited onto white.
* 16-bit and 32-bit integer greys are rescaled (never clipped): ``I;16*`` by 255/65535;
  ``I`` the same unless its values fall outside 0..65535, then min-max; ``F`` in [0, 1]
  is scaled by 255, else min-max.
* CMYK goes through Pillow's plain conversion (the ICC profile is ignored).
* Resizing uses Pillow's antialiased BILINEAR filter (area-aware when shrinking), with
  no ``reducing_gap``; large images are first shrunk by JPEG DCT scaling (``draft``)
  or ``reduce()``, always keeping at least twice the target size on both sides.
* ``pad`` fills with neutral grey (128, 128, 128), the image centred.
"""

from __future__ import annotations

import os
import stat
from typing import IO, NamedTuple

import numpy as np
from PIL import Image, UnidentifiedImageError

DECODER_VERSION = 1

FORMATS = ("JPEG", "PNG", "BMP", "GIF", "TIFF", "WEBP")
IMAGE_EXTENSIONS = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp"})
COLORS = ("rgb", "gray")
POLICIES = ("stretch", "crop", "pad")
RESAMPLE = Image.Resampling.BILINEAR
PAD_VALUE = 128
BACKGROUND = 255  # what transparent pixels become

# DecodeError kinds
NOT_IMAGE = "not_image"
EMPTY = "empty"
CORRUPT = "corrupt"
TRUNCATED = "truncated"
TOO_LARGE = "too_large"
UNSUPPORTED = "unsupported"
UNREADABLE = "unreadable"
MISSING = "missing"
NOT_REGULAR = "not_regular"  # a pipe, device or socket: never opened as a picture
FILE_TOO_LARGE = "file_too_large"  # more bytes than any picture we accept
DECODE_ERROR_KINDS = (NOT_IMAGE, EMPTY, CORRUPT, TRUNCATED, TOO_LARGE, UNSUPPORTED,
                      UNREADABLE, MISSING, NOT_REGULAR, FILE_TOO_LARGE)
MAX_FILE_BYTES = 1 << 30  # far above any photo; a bigger file would be a pixel bomb anyway

_EXIF_ORIENTATION = 0x0112
_GRAY_16 = ("I;16", "I;16B", "I;16L", "I;16N")
_ALPHA_MODES = ("RGBA", "RGBa", "LA", "La", "PA")

class DecodeError(Exception):
    """An image that cannot be used, with a stable ``kind`` (see ``DECODE_ERROR_KINDS``)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


class ImageInfo(NamedTuple):
    """What the file itself is, before any reduction: size as displayed (EXIF applied)."""

    width: int
    height: int
    mode: str
    format: str


def has_image_extension(path: str | os.PathLike[str]) -> bool:
    return os.path.splitext(os.fspath(path))[1].lower() in IMAGE_EXTENSIONS


def load_image(path: str | os.PathLike[str] | IO[bytes], color: str = "rgb",
               target_size: int | None = None) -> Image.Image:
    """Decode ``path`` (or a binary file object) to an ``RGB`` or ``L`` image.

    With ``target_size``, big images are shrunk cheaply while decoding, keeping at least
    ``2 * target_size`` pixels on each side so the final resize still has detail.
    Raises ``DecodeError``.
    """
    return load_image_info(path, color, target_size)[0]


def load_image_info(path: str | os.PathLike[str] | IO[bytes], color: str = "rgb",
                    target_size: int | None = None) -> tuple[Image.Image, ImageInfo]:
    """Like ``load_image``, also returning the original size, mode and format."""
    if color not in COLORS:
        raise ValueError(f"color must be one of {COLORS}, not {color!r}")
    if isinstance(path, (str, os.PathLike)):
        try:
            f = open_picture(path)
        except FileNotFoundError as exc:
            raise DecodeError(MISSING, str(exc)) from None
        except OSError as exc:
            raise DecodeError(UNREADABLE, str(exc)) from None
        with f:  # our own handle: closing it leaves the loaded image intact
            return _decode(f, color, target_size)
    return _decode(path, color, target_size)


def file_refusal(st: os.stat_result) -> DecodeError | None:
    """Why a path with this ``stat`` is never opened as a picture (None: it may be)."""
    if stat.S_ISDIR(st.st_mode):
        return DecodeError(UNREADABLE, "a folder")
    if not stat.S_ISREG(st.st_mode):
        kind = ("a pipe" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
                else "a device")
        return DecodeError(NOT_REGULAR, kind)
    if st.st_size > MAX_FILE_BYTES:
        return DecodeError(FILE_TOO_LARGE, f"{st.st_size // 1_000_000} MB")
    return None


def open_picture(path: str | os.PathLike[str]) -> IO[bytes]:
    """Open a picture file without ever blocking on a FIFO or reading a device.

    The same few lines as ``core/safe_files.py`` (this module may not import it): stat
    first, open with ``O_NONBLOCK``, check the opened handle again. Raises DecodeError
    (``not_regular``, ``file_too_large``) or OSError.
    """
    refusal = file_refusal(os.stat(path))
    if refusal is not None:
        raise refusal
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        refusal = file_refusal(os.fstat(fd))
        if refusal is not None:
            raise refusal
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _decode(f: IO[bytes], color: str, target_size: int | None) -> tuple[Image.Image, ImageInfo]:
    start = f.tell()
    try:
        if not f.read(1):
            raise DecodeError(EMPTY, "0 bytes")
        f.seek(start)
        img = Image.open(f, formats=FORMATS)
    except DecodeError:
        raise
    except Image.DecompressionBombError as exc:
        raise DecodeError(TOO_LARGE, str(exc)) from None
    except UnidentifiedImageError:
        f.seek(start)
        raise DecodeError(*_identify_other(f)) from None
    except OSError as exc:
        raise DecodeError(UNREADABLE, str(exc)) from None
    except Exception as exc:  # a plugin choking on a damaged header
        raise DecodeError(CORRUPT, f"{type(exc).__name__}: {exc}") from None
    fmt, mode = img.format or "", img.mode
    width, height = img.size
    try:
        if target_size and fmt == "JPEG":
            img.draft(None, (2 * target_size, 2 * target_size))
        img.load()
    except Image.DecompressionBombError as exc:
        raise DecodeError(TOO_LARGE, str(exc)) from None
    except MemoryError:
        raise DecodeError(TOO_LARGE, "not enough memory to decode") from None
    except OSError as exc:
        kind = TRUNCATED if "truncated" in str(exc).lower() else CORRUPT
        raise DecodeError(kind, str(exc)) from None
    except Exception as exc:
        raise DecodeError(CORRUPT, f"{type(exc).__name__}: {exc}") from None
    orientation = _orientation(img)
    out = prepare_image(img, color)
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    if target_size:
        factor = min(out.size) // (2 * target_size)
        if factor >= 2:
            out = out.reduce(factor)
    return out, ImageInfo(width, height, mode, fmt)


def prepare_image(img: Image.Image, color: str = "rgb") -> Image.Image:
    """An image already in memory (pasted, dropped) -> ``RGB``/``L``, as ``load_image`` does.

    Applies the EXIF orientation and the same colour conversion. Raises DecodeError.
    """
    if color not in COLORS:
        raise ValueError(f"color must be one of {COLORS}, not {color!r}")
    orientation = _orientation(img)
    try:
        out = _to_color(img, color)
        if orientation in (2, 3, 4, 5, 6, 7, 8):
            out = _transpose(out, orientation)
    except MemoryError:
        raise DecodeError(TOO_LARGE, "not enough memory to convert") from None
    except (ValueError, OSError) as exc:
        raise DecodeError(UNSUPPORTED, f"mode {img.mode}: {exc}") from None
    return out


def resize_to_array(img: Image.Image, size: int, policy: str = "stretch") -> np.ndarray:
    """Resize to ``size``×``size`` by ``policy`` and return ``(size, size, C)`` uint8.

    stretch: ignore the aspect ratio; crop: centre square, then resize; pad: fit the
    long side, centre on grey.
    """
    if policy not in POLICIES:
        raise ValueError(f"policy must be one of {POLICIES}, not {policy!r}")
    if size < 1:
        raise ValueError("size must be positive")
    if img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    w, h = img.size
    if policy == "stretch" or w == h:
        out = img.resize((size, size), RESAMPLE)
    elif policy == "crop":
        side = min(w, h)
        left, top = (w - side) // 2, (h - side) // 2
        out = img.resize((size, size), RESAMPLE, box=(left, top, left + side, top + side))
    else:
        scale = size / max(w, h)
        nw, nh = max(1, round(w * scale)), max(1, round(h * scale))
        fill = PAD_VALUE if img.mode == "L" else (PAD_VALUE,) * 3
        out = Image.new(img.mode, (size, size), fill)
        out.paste(img.resize((nw, nh), RESAMPLE), ((size - nw) // 2, (size - nh) // 2))
    arr = np.array(out, dtype=np.uint8)
    if arr.ndim == 2:
        arr = arr[:, :, None]
    return arr


def preprocess_file(path: str | os.PathLike[str] | IO[bytes], size: int, color: str = "rgb",
                    policy: str = "stretch") -> np.ndarray:
    """The whole pipeline for one file: ``(size, size, 3 or 1)`` uint8. Raises DecodeError."""
    return resize_to_array(load_image(path, color, target_size=size), size, policy)


def to_model_input(batch: np.ndarray) -> np.ndarray:
    """uint8 NHWC (or one HWC image) -> float32 NCHW in [0, 1], C-contiguous.

    Equal to torch's ``x.permute(0, 3, 1, 2).float() / 255``.
    """
    arr = np.asarray(batch)
    if arr.ndim == 3:
        arr = arr[None]
    if arr.ndim != 4:
        raise ValueError(f"expected an NHWC batch, got shape {arr.shape}")
    out = np.ascontiguousarray(arr.transpose(0, 3, 1, 2), dtype=np.float32)
    np.divide(out, np.float32(255.0), out=out)
    return out


# --- helpers ----------------------------------------------------------------------------

def _identify_other(f: IO[bytes]) -> tuple[str, str]:
    """Tell a real image in a format we refuse from something that is no image at all."""
    start = f.tell()
    try:
        head = f.read(32)
        f.seek(start)
    except OSError as exc:
        return UNREADABLE, str(exc)
    if _looks_like_ours(head):
        return CORRUPT, "damaged header"
    if head[4:8] == b"ftyp":  # HEIC, AVIF (ISO media); also MP4, which is no image
        brand = head[8:12].decode("ascii", "replace")
        if brand in ("heic", "heix", "hevc", "heim", "heis", "mif1", "msf1", "avif", "avis"):
            return UNSUPPORTED, brand.upper()
    try:
        with Image.open(f) as other:  # header only: never decoded
            return UNSUPPORTED, other.format or "unknown"
    except Exception:
        return NOT_IMAGE, "not an image file"


def _looks_like_ours(head: bytes) -> bool:
    """The magic bytes of one of FORMATS: a file Pillow refused is then damaged."""
    return (head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a",
                             b"II*\x00", b"MM\x00*"))
            or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
            or (head[:2] == b"BM" and len(head) >= 14))


def _orientation(img: Image.Image) -> int:
    try:
        value = img.getexif().get(_EXIF_ORIENTATION, 1)
        return int(value) if value else 1
    except Exception:  # damaged EXIF must not cost the picture
        return 1


def _transpose(img: Image.Image, orientation: int) -> Image.Image:
    method = {
        2: Image.Transpose.FLIP_LEFT_RIGHT,
        3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_270,
        7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_90,
    }[orientation]
    return img.transpose(method)


def _to_color(img: Image.Image, color: str) -> Image.Image:
    """Any Pillow mode -> ``RGB`` or ``L``, transparency on white, deep greys rescaled."""
    target = "RGB" if color == "rgb" else "L"
    mode = img.mode
    if mode in _GRAY_16 or mode in ("I", "F"):
        gray = Image.fromarray(_rescale_to_uint8(np.asarray(img)), "L")
        return gray if target == "L" else gray.convert("RGB")
    if mode == "1":
        img = img.convert("L")
        mode = "L"
    if mode in _ALPHA_MODES or "transparency" in img.info:
        img = _on_white(img)
        mode = "RGB"
    if mode == target:
        return img
    if mode == "L" and target == "RGB":
        return img.convert("RGB")
    if target == "L" and mode != "RGB":
        img = img.convert("RGB")  # CMYK, YCbCr, P ... go through RGB for a true luma
    return img.convert(target)


def _on_white(img: Image.Image) -> Image.Image:
    rgba = img.convert("RGBA")
    out = Image.new("RGB", rgba.size, (BACKGROUND,) * 3)
    out.paste(rgba, mask=rgba.getchannel("A"))
    return out


def _rescale_to_uint8(arr: np.ndarray) -> np.ndarray:
    """Map deep grey values to 0..255 without clipping bright ones."""
    if arr.ndim != 2:
        arr = arr.reshape(arr.shape[0], arr.shape[1], -1)[:, :, 0]
    if arr.dtype.kind == "u" and arr.dtype.itemsize == 2:
        scaled = arr.astype(np.float32) * np.float32(255.0 / 65535.0)
    elif arr.dtype.kind in "iu":
        lo, hi = int(arr.min()), int(arr.max())
        if lo >= 0 and hi <= 65535:
            scaled = arr.astype(np.float32) * np.float32(255.0 / 65535.0)
        else:
            scaled = _min_max(arr.astype(np.float64))
    else:
        data = np.nan_to_num(arr.astype(np.float64), nan=0.0, posinf=0.0, neginf=0.0)
        if data.size and data.min() >= 0.0 and data.max() <= 1.0:
            scaled = data * 255.0
        else:
            scaled = _min_max(data)
    return np.clip(np.rint(scaled), 0, 255).astype(np.uint8)


def _min_max(data: np.ndarray) -> np.ndarray:
    lo, hi = (float(data.min()), float(data.max())) if data.size else (0.0, 0.0)
    if hi <= lo:
        return np.zeros_like(data)
    return (data - lo) * (255.0 / (hi - lo))
