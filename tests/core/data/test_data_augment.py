"""augment.py: whole-batch augmentation keeps shape, range and device, and is seeded."""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from lepton_studio.core.data.augment import SPECS, augment_batch, batch_to_tensor  # noqa: E402
from lepton_studio.core.data.decode import to_model_input  # noqa: E402


def batch(n=8, c=3, size=24, seed=0):
    g = torch.Generator().manual_seed(seed)
    return torch.rand((n, c, size, size), generator=g)


def test_none_is_identity():
    x = batch()
    assert augment_batch(x, "none", torch.Generator().manual_seed(0)) is x


@pytest.mark.parametrize("preset", ["light", "strong"])
def test_shape_dtype_device_and_range(preset):
    for c in (1, 3):
        x = batch(c=c)
        out = augment_batch(x, preset, torch.Generator().manual_seed(1))
        assert out.shape == x.shape and out.dtype == x.dtype and out.device == x.device
        assert float(out.min()) >= 0.0 and float(out.max()) <= 1.0
        assert not torch.equal(out, x)
        assert torch.equal(x, batch(c=c))  # the input is left alone


@pytest.mark.parametrize("preset", ["light", "strong"])
def test_same_seed_same_result(preset):
    x = batch()
    a = augment_batch(x, preset, torch.Generator().manual_seed(5))
    b = augment_batch(x, preset, torch.Generator().manual_seed(5))
    c = augment_batch(x, preset, torch.Generator().manual_seed(6))
    assert torch.equal(a, b)
    assert not torch.equal(a, c)


def test_mirror_alone_mirrors_exactly(monkeypatch):
    from lepton_studio.core.data import augment

    monkeypatch.setitem(augment.SPECS, "light", augment.AugmentSpec())
    x = batch(n=64, size=8)
    out = augment_batch(x, "light", torch.Generator().manual_seed(0), mirror=True)
    mirrored = torch.flip(x, dims=[3])
    same = [torch.allclose(o, a, atol=1e-5) for o, a in zip(out, x, strict=True)]
    flipped = [torch.allclose(o, m, atol=1e-5) for o, m in zip(out, mirrored, strict=True)]
    assert all(s or f for s, f in zip(same, flipped, strict=True))
    assert 16 < sum(flipped) < 48  # about half


def test_turn_alone_gives_exact_quarter_turns(monkeypatch):
    from lepton_studio.core.data import augment

    monkeypatch.setitem(augment.SPECS, "light", augment.AugmentSpec())
    x = batch(n=64, size=8)
    out = augment_batch(x, "light", torch.Generator().manual_seed(0), turn=True)
    seen = set()
    for o, a in zip(out, x, strict=True):
        k = [k for k in range(4) if torch.allclose(o, torch.rot90(a, k, dims=(1, 2)), atol=1e-5)]
        assert len(k) == 1
        seen.add(k[0])
    assert seen == {0, 1, 2, 3}
    wide = torch.rand((32, 1, 6, 10), generator=torch.Generator().manual_seed(1))
    out = augment_batch(wide, "light", torch.Generator().manual_seed(0), turn=True)
    for o, a in zip(out, wide, strict=True):  # not square: upright or upside down only
        assert torch.allclose(o, a, atol=1e-5) or torch.allclose(o, torch.rot90(a, 2, dims=(1, 2)), atol=1e-5)


def test_strong_cutout_paints_grey_squares():
    x = torch.zeros((64, 3, 32, 32))
    out = augment_batch(x, "strong", torch.Generator().manual_seed(2))
    grey = (out == 0.5).all(dim=1).flatten(1).any(dim=1)
    assert 10 < int(grey.sum()) < 54  # about half the images, with cutout probability 0.5


def test_light_keeps_pictures_recognisable():
    x = torch.zeros((16, 1, 32, 32))
    x[:, :, 8:24, 8:24] = 1.0  # a white square in the middle
    out = augment_batch(x, "light", torch.Generator().manual_seed(3))
    assert float((out - x).abs().mean()) < 0.15


def test_bad_input_is_refused():
    with pytest.raises(ValueError):
        augment_batch(torch.zeros((3, 8, 8)), "light")
    with pytest.raises(ValueError):
        augment_batch(batch(), "extreme")
    assert set(SPECS) == {"none", "light", "strong"}


def test_batch_to_tensor_matches_numpy():
    rng = np.random.default_rng(0)
    arr = rng.integers(0, 256, (4, 10, 10, 3), dtype=np.uint8)
    x = batch_to_tensor(arr)
    assert x.shape == (4, 3, 10, 10) and x.dtype == torch.float32 and x.is_contiguous()
    assert np.array_equal(x.numpy(), to_model_input(arr))
    cl = batch_to_tensor(arr, channels_last=True)
    assert cl.is_contiguous(memory_format=torch.channels_last)
    assert torch.equal(cl, x)
