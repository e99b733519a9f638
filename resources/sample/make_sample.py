"""Make the bundled sample dataset: simple shapes a first-time user can train on at once.

    python resources/sample/make_sample.py

Writes ``images/<class>/<class>_NNN.png`` (64x64 RGB) beside this script: four classes of
80 pictures each, drawn with random colours, sizes, positions, rotations and backgrounds
(plain, gradient, speckled), with a fixed seed so the output is reproducible. The images
are committed together with this script; rerun it only to change the sample.
"""

from __future__ import annotations

import math
import random
import shutil
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

CLASSES = ("circle", "square", "triangle", "star")
PER_CLASS = 80  # 64 per class to train on: enough for a from-scratch CNN to reach ~95%
SIZE = 64
SCALE = 4  # draw large, then shrink: smooth edges
SEED = 20240605
OUT = Path(__file__).resolve().parent / "images"


def _colour(rng: random.Random, light: bool) -> tuple[int, int, int]:
    low, high = (150, 255) if light else (0, 150)
    return tuple(rng.randint(low, high) for _ in range(3))  # type: ignore[return-value]


def _background(rng: random.Random) -> Image.Image:
    big = SIZE * SCALE
    light = rng.random() < 0.6
    kind = rng.choice(("plain", "gradient", "speckle"))
    first, second = _colour(rng, light), _colour(rng, light)
    if kind == "gradient":
        # Rotate a gradient twice the size, then cut the middle: no empty corners.
        wide = 2 * big
        strip = Image.linear_gradient("L").resize((wide, wide))
        strip = strip.rotate(rng.uniform(0, 360), resample=Image.BILINEAR)
        strip = strip.crop((big // 2, big // 2, big // 2 + big, big // 2 + big))
        return Image.composite(Image.new("RGB", (big, big), first),
                               Image.new("RGB", (big, big), second), strip)
    image = Image.new("RGB", (big, big), first)
    if kind == "speckle":
        draw = ImageDraw.Draw(image)
        for _ in range(rng.randint(20, 60)):
            x, y, r = rng.randrange(big), rng.randrange(big), rng.randint(2, 10)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=second)
    return image


def _polygon(cx: float, cy: float, radius: float, corners: int, angle: float,
             inner: float | None = None) -> list[tuple[float, float]]:
    points = []
    steps = corners * 2 if inner else corners
    for i in range(steps):
        r = radius if not inner or i % 2 == 0 else radius * inner
        a = angle + 2 * math.pi * i / steps
        points.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return points


def draw_shape(kind: str, rng: random.Random) -> Image.Image:
    image = _background(rng)
    big = SIZE * SCALE
    draw = ImageDraw.Draw(image)
    background = image.getpixel((0, 0))
    light_bg = sum(background) / 3 > 127
    fill = _colour(rng, not light_bg)
    radius = rng.uniform(0.22, 0.42) * big
    margin = radius + 4
    cx, cy = rng.uniform(margin, big - margin), rng.uniform(margin, big - margin)
    angle = rng.uniform(0, 2 * math.pi)
    outline = rng.random() < 0.25
    width = int(rng.uniform(0.06, 0.12) * radius) if outline else 0
    if kind == "circle":
        box = (cx - radius, cy - radius, cx + radius, cy + radius)
        draw.ellipse(box, fill=None if outline else fill, outline=fill, width=width or 1)
        return _finish(image, rng)
    if kind == "square":
        points = _polygon(cx, cy, radius, 4, angle)
    elif kind == "triangle":
        points = _polygon(cx, cy, radius, 3, angle)
    else:
        points = _polygon(cx, cy, radius, 5, angle, inner=0.45)
    if outline:
        draw.line(points + points[:1], fill=fill, width=width, joint="curve")
    else:
        draw.polygon(points, fill=fill)
    return _finish(image, rng)


def _finish(image: Image.Image, rng: random.Random) -> Image.Image:
    image = image.resize((SIZE, SIZE), Image.LANCZOS)
    if rng.random() < 0.3:
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    return image


def main() -> None:
    rng = random.Random(SEED)
    if OUT.exists():
        shutil.rmtree(OUT)
    total = 0
    for kind in CLASSES:
        folder = OUT / kind
        folder.mkdir(parents=True)
        for index in range(PER_CLASS):
            path = folder / f"{kind}_{index:03d}.png"
            draw_shape(kind, rng).save(path, optimize=True)
            total += path.stat().st_size
    print(f"wrote {len(CLASSES) * PER_CLASS} images, {total / 1e6:.2f} MB, to {OUT}")


if __name__ == "__main__":
    main()
