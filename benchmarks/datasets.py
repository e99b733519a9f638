"""Small, real-looking picture sets for the defaults benchmark, generated on the spot.

Our users' pictures are photographed, cluttered and full of handedness (text, arrows, a
left shoe), so tuning on symmetric shapes alone taught the app to mirror pictures. Each
generator writes a folder with one sub-folder per class, is deterministic for a given
seed (and, for ``characters``, the fonts installed), and makes ``per_class`` pictures
per class; a few hundred per class keep one training run on two cores well under a
minute. Files not at a model size (36, 40 px) are resized by the app to the suggested 32.

* ``shapes``: circle, square, triangle, cross on noisy, cluttered backgrounds (48 px PNG);
  symmetric, the control.
* ``characters``: ten handed characters (2 3 5 7 F J N S b d) rendered from the fonts on
  the machine, random font, size, position, slight rotation and colours, on textured,
  cluttered backgrounds, some blur, JPEG (36 px).
* ``arrows``: left/right/up/down, filled or drawn, among distractor shapes (40 px, PNG or
  JPEG).
* ``photos``: crops of the scikit-learn sample photos (china.jpg, flower.jpg): the left
  and right eaves of the pagoda, the left and right sides of the dahlia, the lake, the
  tree; random scale, position, rotation, colour, noise, blur, JPEG (40 px).

``MIRROR_PAIRS`` names, per dataset, the classes whose mirror image is another class.
"""

from __future__ import annotations

import glob
import subprocess
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

SHAPES = ("circle", "square", "triangle", "cross")
CHARACTERS = ("2", "3", "5", "7", "F", "J", "N", "S", "b", "d")
ARROWS = ("left", "right", "up", "down")
# Photo classes: (photo, box of crop centres x0, y0, x1, y1 in the 640×427 original).
PHOTO_REGIONS = {
    "pagoda-left": ("china.jpg", (110, 90, 170, 200)),
    "pagoda-right": ("china.jpg", (240, 90, 300, 200)),
    "flower-left": ("flower.jpg", (200, 130, 255, 310)),
    "flower-right": ("flower.jpg", (360, 130, 415, 310)),
    "lake": ("china.jpg", (380, 200, 520, 290)),
    "tree": ("china.jpg", (565, 160, 605, 300)),
}
MIRROR_PAIRS = {
    "shapes": (),
    "characters": (("b", "d"), ("d", "b")),
    "arrows": (("left", "right"), ("right", "left")),
    "photos": (("pagoda-left", "pagoda-right"), ("pagoda-right", "pagoda-left"),
               ("flower-left", "flower-right"), ("flower-right", "flower-left")),
}
# Classes that are not their own mirror image (a mirrored one is not the same thing).
HANDED = {
    "shapes": (),
    "characters": CHARACTERS,
    "arrows": ("left", "right"),
    "photos": tuple(name for name in PHOTO_REGIONS if name not in ("lake", "tree")),
}


# --- shared pieces -------------------------------------------------------------------------

def _texture(rng: np.random.Generator, size: int) -> np.ndarray:
    """A photographed-looking background: base colour, blotches, a light ramp, sensor noise."""
    from PIL import Image

    base = rng.uniform(20, 235, 3)
    cells = int(rng.integers(3, 8))
    blotch = rng.normal(0, rng.uniform(8, 30), (cells, cells, 3))
    blotch = np.stack([np.asarray(Image.fromarray(blotch[..., c].astype(np.float32), mode="F")
                                  .resize((size, size), Image.BICUBIC)) for c in range(3)], -1)
    ramp = np.linspace(-1, 1, size)
    gx, gy = np.meshgrid(ramp, ramp)
    ramp = (gx * rng.uniform(-25, 25) + gy * rng.uniform(-25, 25))[..., None]
    noise = rng.normal(0, rng.uniform(3, 14), (size, size, 3))
    return np.clip(base + blotch + ramp + noise, 0, 255)


def _contrasting(rng: np.random.Generator, background: np.ndarray) -> tuple[int, int, int]:
    """A colour whose brightness differs clearly from the background's."""
    level = float(background.mean())
    for _ in range(20):
        colour = rng.integers(0, 256, 3)
        if abs(float(colour.mean()) - level) > 70:
            break
    else:
        colour = np.full(3, 0 if level > 128 else 255)
    return tuple(int(v) for v in colour)


def _clutter(draw, rng: np.random.Generator, size: int, count: int) -> None:
    for _ in range(count):
        colour = tuple(int(v) for v in rng.integers(0, 256, 3))
        kind = rng.integers(0, 3)
        a = [int(v) for v in rng.integers(-size // 4, size + size // 4, 2)]
        b = [a[0] + int(rng.integers(3, size // 2)), a[1] + int(rng.integers(3, size // 2))]
        if kind == 0:
            draw.line([tuple(a), tuple(rng.integers(0, size, 2).tolist())], fill=colour,
                      width=int(rng.integers(1, 3)))
        elif kind == 1:
            draw.ellipse([*a, *b], outline=colour, width=1)
        else:
            draw.rectangle([*a, *b], outline=colour, width=1)


def _finish(image, rng: np.random.Generator, path: Path, jpeg: bool) -> None:
    """Blur a little (sometimes), then save as PNG or as a JPEG of varying quality."""
    from PIL import ImageFilter

    if rng.random() < 0.5:
        image = image.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.3, 1.0))))
    if jpeg:
        image.save(path.with_suffix(".jpg"), quality=int(rng.integers(55, 92)))
    else:
        image.save(path.with_suffix(".png"))


# --- shapes (the original, symmetric set; same pictures as before the move) ---------------

def make_shapes(root: Path, per_class: int, seed: int = 0, size: int = 48) -> tuple[str, ...]:
    from PIL import Image, ImageDraw

    rng = np.random.default_rng(seed)
    for name in SHAPES:
        (root / name).mkdir(parents=True, exist_ok=True)
        for index in range(per_class):
            base = rng.uniform(30, 200, 3)
            noise = rng.normal(0, 18, (size, size, 3))
            ramp = np.linspace(-25, 25, size)[None, :, None] * rng.choice([-1, 1])
            image = Image.fromarray(np.clip(base + noise + ramp, 0, 255).astype(np.uint8))
            draw = ImageDraw.Draw(image)
            for _ in range(int(rng.integers(1, 4))):  # clutter lines
                points = [tuple(int(v) for v in rng.integers(0, size, 2)) for _ in range(2)]
                draw.line(points, fill=tuple(int(v) for v in rng.integers(0, 256, 3)), width=1)
            colour = tuple(int(v) for v in rng.integers(0, 256, 3))
            r = int(rng.integers(size // 7, size // 3))
            x, y = (int(v) for v in rng.integers(r, size - r, 2))
            angle = rng.uniform(0, np.pi)
            if name == "circle":
                draw.ellipse([x - r, y - r, x + r, y + r], fill=colour)
            elif name == "square":
                corners = [(x + r * np.cos(angle + k * np.pi / 2), y + r * np.sin(angle + k * np.pi / 2)) for k in range(4)]
                draw.polygon(corners, fill=colour)
            elif name == "triangle":
                corners = [(x + r * np.cos(angle + k * 2 * np.pi / 3), y + r * np.sin(angle + k * 2 * np.pi / 3)) for k in range(3)]
                draw.polygon(corners, fill=colour)
            else:
                w = max(2, r // 3)
                draw.rectangle([x - r, y - w, x + r, y + w], fill=colour)
                draw.rectangle([x - w, y - r, x + w, y + r], fill=colour)
            image.save(root / name / f"{index:04d}.png")
    return SHAPES


# --- characters from the installed fonts --------------------------------------------------

def font_files() -> list[str]:
    """Every outline font the machine has (fc-list, else the usual folders), sorted."""
    try:
        out = subprocess.run(["fc-list", ":", "file"], capture_output=True, text=True,
                             timeout=20).stdout
        files = {line.split(":")[0].strip() for line in out.splitlines()}
    except (OSError, subprocess.SubprocessError):
        files = set()
    if not files:
        files = {f for pattern in ("/usr/share/fonts/**/*", "/Library/Fonts/*", "C:/Windows/Fonts/*")
                 for f in glob.glob(pattern, recursive=True)}
    return sorted(f for f in files if f.lower().endswith((".ttf", ".otf", ".ttc")))


@cache
def _usable_fonts(characters: str) -> tuple[str, ...]:
    """Fonts that draw every one of ``characters`` (not the missing-glyph box)."""
    from PIL import ImageFont

    usable = []
    for path in font_files():
        try:
            font = ImageFont.truetype(path, 24)
            missing = bytes(font.getmask("\ue000"))
            if all(bytes(font.getmask(c)) not in (missing, b"") for c in characters):
                usable.append(path)
        except OSError:
            continue
    return tuple(usable)


def make_characters(root: Path, per_class: int, seed: int = 0, size: int = 36) -> tuple[str, ...]:
    from PIL import Image, ImageDraw, ImageFont

    fonts = _usable_fonts("".join(CHARACTERS))
    rng = np.random.default_rng(seed)
    for label in CHARACTERS:
        folder = root / label  # no two differ only by case
        folder.mkdir(parents=True, exist_ok=True)
        for index in range(per_class):
            background = _texture(rng, size)
            image = Image.fromarray(background.astype(np.uint8))
            _clutter(ImageDraw.Draw(image), rng, size, int(rng.integers(1, 5)))
            points = int(rng.integers(int(size * 0.5), int(size * 0.9)))
            font = (ImageFont.truetype(fonts[int(rng.integers(len(fonts)))], points) if fonts
                    else ImageFont.load_default(points))
            mask = Image.new("L", (size, size))
            centre = tuple(float(v) for v in size / 2 + rng.uniform(-0.12, 0.12, 2) * size)
            ImageDraw.Draw(mask).text(centre, label, font=font, fill=255, anchor="mm")
            mask = mask.rotate(float(rng.uniform(-12, 12)), resample=Image.BICUBIC, center=centre)
            ink = Image.new("RGB", (size, size), _contrasting(rng, background))
            image = Image.composite(ink, image, mask)
            _finish(image, rng, folder / f"{index:04d}", jpeg=True)
    return CHARACTERS


# --- arrows ---------------------------------------------------------------------------------

_ARROW_ANGLE = {"right": 0.0, "down": 90.0, "left": 180.0, "up": 270.0}  # image y points down


def make_arrows(root: Path, per_class: int, seed: int = 0, size: int = 40) -> tuple[str, ...]:
    from PIL import Image, ImageDraw

    rng = np.random.default_rng(seed)
    for name in ARROWS:
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        for index in range(per_class):
            background = _texture(rng, size)
            image = Image.fromarray(background.astype(np.uint8))
            draw = ImageDraw.Draw(image)
            _clutter(draw, rng, size, int(rng.integers(2, 6)))
            length = rng.uniform(0.45, 0.8) * size
            shaft = rng.uniform(0.06, 0.16) * size
            head_len, head_half = rng.uniform(0.3, 0.45) * length, rng.uniform(0.18, 0.3) * size
            local = np.array([(-length / 2, -shaft / 2), (length / 2 - head_len, -shaft / 2),
                              (length / 2 - head_len, -head_half), (length / 2, 0),
                              (length / 2 - head_len, head_half), (length / 2 - head_len, shaft / 2),
                              (-length / 2, shaft / 2)])
            angle = np.radians(_ARROW_ANGLE[name] + rng.uniform(-15, 15))
            rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
            centre = size / 2 + rng.uniform(-0.12, 0.12, 2) * size
            points = [tuple(p) for p in local @ rotation.T + centre]
            colour = _contrasting(rng, background)
            if rng.random() < 0.7:
                draw.polygon(points, fill=colour)
            else:  # a drawn arrow: a line and two strokes of the head
                width = max(2, int(shaft * 0.6))
                tip, tail = points[3], ((points[0][0] + points[6][0]) / 2, (points[0][1] + points[6][1]) / 2)
                draw.line([tail, tip], fill=colour, width=width)
                draw.line([points[2], tip, points[4]], fill=colour, width=width)
            _finish(image, rng, folder / f"{index:04d}", jpeg=bool(rng.random() < 0.5))
    return ARROWS


# --- photos cut from the scikit-learn sample images ----------------------------------------

@lru_cache(maxsize=1)
def _sample_photos() -> dict[str, np.ndarray]:
    from sklearn.datasets import load_sample_images

    photos = load_sample_images()
    return {Path(name).name: image for name, image in zip(photos.filenames, photos.images, strict=True)}


def make_photos(root: Path, per_class: int, seed: int = 0, size: int = 40) -> tuple[str, ...]:
    from PIL import Image

    photos = {name: Image.fromarray(image) for name, image in _sample_photos().items()}
    rng = np.random.default_rng(seed)
    for name, (photo, (x0, y0, x1, y1)) in PHOTO_REGIONS.items():
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        for index in range(per_class):
            cx, cy = rng.uniform(x0, x1), rng.uniform(y0, y1)
            side = rng.uniform(60, 110)
            half = side * 0.75  # room for the rotation
            patch = photos[photo].crop((int(cx - half), int(cy - half), int(cx + half), int(cy + half)))
            patch = patch.rotate(float(rng.uniform(-8, 8)), resample=Image.BICUBIC)
            margin = (patch.width - side) / 2
            patch = patch.crop((int(margin), int(margin), int(margin + side), int(margin + side)))
            pixels = np.asarray(patch.resize((size, size), Image.BILINEAR), dtype=np.float64)
            mean = pixels.mean()
            pixels = (pixels - mean) * rng.uniform(0.7, 1.3) + mean + rng.uniform(-30, 30)
            pixels = pixels * rng.uniform(0.85, 1.15, 3) + rng.normal(0, rng.uniform(1, 8), pixels.shape)
            image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
            _finish(image, rng, folder / f"{index:04d}", jpeg=True)
    return tuple(PHOTO_REGIONS)


DATASETS: dict[str, Callable[..., tuple[str, ...]]] = {
    "shapes": make_shapes,
    "characters": make_characters,
    "arrows": make_arrows,
    "photos": make_photos,
}


def make(name: str, root: Path, per_class: int, seed: int = 0) -> tuple[str, ...]:
    """Write dataset ``name`` under ``root``; returns its class folder names."""
    return DATASETS[name](Path(root), per_class, seed)


if __name__ == "__main__":  # a contact sheet per dataset, to look at them
    import sys
    import tempfile

    from PIL import Image

    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    with tempfile.TemporaryDirectory() as tmp:
        for name in DATASETS:
            classes = make(name, Path(tmp) / name, 8)
            sheet = Image.new("RGB", (8 * 52, len(classes) * 52), "white")
            for row, label in enumerate(classes):
                for col, file in enumerate(sorted((Path(tmp) / name / label).iterdir())):
                    sheet.paste(Image.open(file).convert("RGB").resize((48, 48)), (col * 52, row * 52))
            sheet.save(out / f"{name}.png")
