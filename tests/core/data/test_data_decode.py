"""decode.py: every odd file a real folder holds becomes the right pixels or a classified error."""

from __future__ import annotations

import ast
import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from lepton_studio.core.data import decode
from lepton_studio.core.data.decode import (
    DecodeError,
    load_image,
    load_image_info,
    preprocess_file,
    resize_to_array,
    to_model_input,
)


def kind_of(source, **kwargs) -> str:
    with pytest.raises(DecodeError) as info:
        load_image(source, **kwargs)
    return info.value.kind


def test_module_imports_only_stdlib_numpy_and_pillow():
    tree = ast.parse(Path(decode.__file__).read_text("utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "relative import would break the copy in predict.py"
            roots.add(node.module.split(".")[0])
    assert roots <= {"__future__", "os", "stat", "typing", "numpy", "PIL"}, roots


def test_text_file_named_jpg_is_not_an_image(tmp_path):
    path = tmp_path / "fake.jpg"
    path.write_text("this is not a picture")
    assert kind_of(path) == "not_image"


def test_empty_file(tmp_path):
    path = tmp_path / "empty.png"
    path.write_bytes(b"")
    assert kind_of(path) == "empty"
    assert kind_of(io.BytesIO(b"")) == "empty"


def test_missing_file_and_folder(tmp_path):
    assert kind_of(tmp_path / "nope.jpg") == "missing"
    assert kind_of(tmp_path) == "unreadable"


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
@pytest.mark.parametrize("target", [None, 16])
def test_truncated_files_are_detected(tmp_path, write_image, fmt, target):
    path = write_image(tmp_path / f"full.{fmt.lower()}", (200, 150), noise=True, format=fmt)
    data = path.read_bytes()
    cut = tmp_path / f"cut.{fmt.lower()}"
    cut.write_bytes(data[: len(data) // 2])
    assert load_image(path, target_size=target).size[0] > 0  # the whole file is fine
    assert kind_of(cut, target_size=target) == "truncated"


def test_damaged_header_is_corrupt(tmp_path, write_image):
    path = write_image(tmp_path / "a.png", (20, 20))
    data = bytearray(path.read_bytes())
    data[16:24] = b"\xff" * 8  # width/height in IHDR become absurd; CRC no longer matches
    path.write_bytes(bytes(data))
    assert kind_of(path) in ("corrupt", "too_large")


def test_decompression_bomb_is_too_large(tmp_path, write_image, monkeypatch):
    path = write_image(tmp_path / "bomb.png", (100, 100))
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)  # 10 000 px > 2 x 1000
    assert kind_of(path) == "too_large"


def test_other_image_format_is_unsupported(tmp_path, write_image):
    path = write_image(tmp_path / "icon.jpg", (16, 16), format="ICO")
    with pytest.raises(DecodeError) as info:
        load_image(path)
    assert info.value.kind == "unsupported" and "ICO" in info.value.detail


def test_cmyk_becomes_rgb(tmp_path):
    path = tmp_path / "cmyk.jpg"
    Image.new("CMYK", (16, 16), (255, 0, 0, 0)).save(path, quality=95)  # pure cyan
    img, info = load_image_info(path)
    assert info.mode == "CMYK" and img.mode == "RGB"
    r, g, b = np.asarray(img)[8, 8].astype(int)
    assert r < 40 and g > 215 and b > 215


def test_16_bit_png_is_rescaled_not_clipped(tmp_path):
    values = np.linspace(1000, 60000, 64 * 64).reshape(64, 64).astype(np.uint16)
    path = tmp_path / "deep.png"
    Image.fromarray(values).save(path)
    img, info = load_image_info(path, "gray")
    assert info.mode.startswith("I;16")
    arr = np.asarray(img).astype(int)
    assert arr.max() < 250 and arr.min() < 10  # convert("L") would make almost all 255
    assert np.count_nonzero(arr == 255) == 0
    assert abs(arr[-1, -1] - round(60000 * 255 / 65535)) <= 1
    assert np.all(np.diff(arr.ravel()) >= 0)  # order kept
    rgb = np.asarray(load_image(path, "rgb"))
    assert rgb.shape == (64, 64, 3) and np.array_equal(rgb[:, :, 0], arr)


def test_32_bit_int_and_float_images_are_rescaled(tmp_path):
    ints = (np.arange(256, dtype=np.int32).reshape(16, 16) * 1000 - 50000)
    Image.fromarray(ints, "I").save(tmp_path / "int.tif")
    floats = np.linspace(0, 1, 256, dtype=np.float32).reshape(16, 16)
    Image.fromarray(floats, "F").save(tmp_path / "float.tif")
    out_i = np.asarray(load_image(tmp_path / "int.tif", "gray")).astype(int)
    out_f = np.asarray(load_image(tmp_path / "float.tif", "gray")).astype(int)
    assert out_i.min() == 0 and out_i.max() == 255  # negative values: min-max
    assert out_f[0, 0] == 0 and out_f[-1, -1] == 255 and 120 <= out_f[8, 0] <= 135


def test_rgba_is_composited_on_white(tmp_path):
    arr = np.zeros((4, 4, 4), dtype=np.uint8)
    arr[0, 0] = (255, 0, 0, 0)      # fully transparent red -> white
    arr[1, 1] = (0, 0, 255, 255)    # opaque blue stays blue
    arr[2, 2] = (0, 0, 0, 128)      # half black -> mid grey
    path = tmp_path / "alpha.png"
    Image.fromarray(arr, "RGBA").save(path)
    out = np.asarray(load_image(path)).astype(int)
    assert out[0, 0].tolist() == [255, 255, 255]
    assert out[1, 1].tolist() == [0, 0, 255]
    assert all(120 <= v <= 135 for v in out[2, 2])
    assert np.asarray(load_image(path, "gray"))[0, 0] == 255


def test_la_image_is_composited_on_white(tmp_path):
    img = Image.new("LA", (4, 4), (0, 0))
    img.putpixel((1, 1), (0, 255))
    path = tmp_path / "la.png"
    img.save(path)
    out = np.asarray(load_image(path, "gray"))
    assert out[0, 0] == 255 and out[1, 1] == 0


def test_palette_with_transparency_is_composited_on_white(tmp_path):
    img = Image.new("P", (8, 8), 0)
    img.putpalette([255, 0, 0, 0, 255, 0] + [0] * 762)  # 0 red, 1 green
    img.putpixel((3, 3), 1)
    path = tmp_path / "pal.png"
    img.save(path, transparency=0)
    out = np.asarray(load_image(path)).astype(int)
    assert out[0, 0].tolist() == [255, 255, 255]
    assert out[3, 3].tolist() == [0, 255, 0]
    gif = tmp_path / "pal.gif"
    img.save(gif, transparency=0)
    assert np.asarray(load_image(gif))[0, 0].tolist() == [255, 255, 255]


def test_gif_uses_the_first_frame(tmp_path):
    frames = [Image.new("RGB", (8, 8), (255, 0, 0)), Image.new("RGB", (8, 8), (0, 0, 255))]
    path = tmp_path / "anim.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100)
    r, g, b = np.asarray(load_image(path))[4, 4].astype(int)
    assert r > 200 and b < 50


def test_one_bit_image(tmp_path):
    img = Image.new("1", (8, 8), 0)
    img.putpixel((2, 2), 1)
    path = tmp_path / "bits.bmp"
    img.save(path)
    out = np.asarray(load_image(path, "gray"))
    assert out[2, 2] == 255 and out[0, 0] == 0


def test_exif_rotated_jpeg_comes_out_upright(tmp_path):
    arr = np.zeros((20, 40, 3), dtype=np.uint8)  # 40 wide, 20 high
    arr[:, :20] = (255, 0, 0)                   # left half red
    arr[:, 20:] = (0, 0, 255)                   # right half blue
    exif = Image.Exif()
    exif[0x0112] = 6  # display rotated 90 degrees clockwise
    path = tmp_path / "rotated.jpg"
    Image.fromarray(arr).save(path, exif=exif, quality=95)
    img, info = load_image_info(path)
    assert img.size == (20, 40) and (info.width, info.height) == (20, 40)
    out = np.asarray(img).astype(int)
    assert out[2, 10, 0] > 200 and out[-3, 10, 2] > 200  # red on top, blue at the bottom
    with Image.open(path) as raw:
        reference = np.asarray(ImageOps.exif_transpose(raw).convert("RGB")).astype(int)
    assert np.abs(out - reference).max() <= 2
    with Image.open(path) as raw:  # an image already in memory goes the same way
        assert np.array_equal(np.asarray(decode.prepare_image(raw)), np.asarray(img))
    # and the fast path applies it too
    w, h = load_image(path, target_size=4).size
    assert h == 2 * w and w >= 8


def test_big_images_are_shrunk_while_decoding_but_keep_twice_the_target(tmp_path, write_image):
    jpeg = write_image(tmp_path / "big.jpg", (1024, 768), noise=True, quality=90)
    png = write_image(tmp_path / "big.png", (1024, 768), noise=True)
    for path in (jpeg, png):
        small = load_image(path, target_size=32)
        assert 64 <= min(small.size) < 768
        assert load_image(path).size == (1024, 768)


def test_fast_path_gives_nearly_the_same_pixels(tmp_path):
    y, x = np.mgrid[0:600, 0:800]
    smooth = np.stack([x * 255 // 800, y * 255 // 600, (x + y) * 255 // 1400], -1).astype(np.uint8)
    path = tmp_path / "smooth.jpg"
    Image.fromarray(smooth).save(path, quality=95)
    fast = preprocess_file(path, 32)
    slow = resize_to_array(load_image(path), 32)
    assert np.abs(fast.astype(int) - slow.astype(int)).mean() < 3


def test_resize_policies(tmp_path):
    wide = Image.new("RGB", (300, 100), (255, 0, 0))
    wide.paste((0, 255, 0), (100, 0, 200, 100))  # green centre square
    stretch = resize_to_array(wide, 30, "stretch")
    crop = resize_to_array(wide, 30, "crop")
    pad = resize_to_array(wide, 30, "pad")
    assert stretch.shape == crop.shape == pad.shape == (30, 30, 3)
    assert stretch.dtype == np.uint8
    assert stretch[15, 2, 0] > 200 and stretch[15, 15, 1] > 200  # red sides kept
    assert crop[:, :, 1].min() > 200 and crop[:, :, 0].max() < 60  # only the green centre
    assert pad[0, 15].tolist() == [decode.PAD_VALUE] * 3  # grey bars above and below
    assert pad[15, 15, 1] > 200
    gray = resize_to_array(wide.convert("L"), 16, "pad")
    assert gray.shape == (16, 16, 1) and gray[0, 8, 0] == decode.PAD_VALUE
    with pytest.raises(ValueError):
        resize_to_array(wide, 30, "zoom")


def test_preprocess_file_handles_unicode_and_spaces(tmp_path, write_image):
    path = write_image(tmp_path / "ünï cødé" / "ファイル 1.png", (40, 30), color=(10, 200, 30))
    out = preprocess_file(path, 16, "rgb", "crop")
    assert out.shape == (16, 16, 3) and out[8, 8].tolist() == [10, 200, 30]
    assert preprocess_file(path, 16, "gray", "stretch").shape == (16, 16, 1)


def test_to_model_input():
    batch = np.arange(2 * 4 * 4 * 3, dtype=np.uint8).reshape(2, 4, 4, 3) * 2
    out = to_model_input(batch)
    assert out.shape == (2, 3, 4, 4) and out.dtype == np.float32 and out.flags.c_contiguous
    assert out[1, 2, 3, 1] == np.float32(batch[1, 3, 1, 2]) / np.float32(255)
    assert 0.0 <= out.min() and out.max() <= 1.0
    assert to_model_input(batch[0]).shape == (1, 3, 4, 4)
