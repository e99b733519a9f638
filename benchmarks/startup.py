"""Start-up time: process start to the window's first paint, against `import torch` alone.

    python benchmarks/startup.py [--runs 7] [--platform offscreen]

Each run starts a fresh ``python -m lepton_studio`` with ``LEPTON_STUDIO_EXIT_AFTER_PAINT=1``
(the app prints ``first-paint`` from a zero-delay timer after its first paint event, then
quits) in a throw-away ``LEPTON_STUDIO_HOME``; the time is taken in this process from just
before the spawn to the moment that line arrives. The same is done for a bare
``python -c "import torch"`` for comparison. Prints medians (and min / max) in seconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def time_until_line(args: list[str], marker: str, env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, env=env)
    assert process.stdout is not None
    elapsed, found = None, ""
    for line in process.stdout:
        if marker in line:
            elapsed, found = time.perf_counter() - start, line.strip()
            break
    process.wait(timeout=120)
    if elapsed is None:
        raise RuntimeError(f"{args} never printed {marker!r}")
    return elapsed, found


def time_process(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def summary(name: str, values: list[float]) -> str:
    return (f"{name:<34} median {statistics.median(values):6.3f} s   "
            f"min {min(values):6.3f}   max {max(values):6.3f}   (n={len(values)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    paint, torch_import, torch_flags = [], [], set()
    with tempfile.TemporaryDirectory(prefix="lepton-startup-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, LEPTON_STUDIO_HOME=home,
                   LEPTON_STUDIO_EXIT_AFTER_PAINT="1")
        # One warm-up of each, so that every timed run sees the same (warm) file cache.
        time_until_line([sys.executable, "-m", "lepton_studio"], "first-paint", env)
        time_process([sys.executable, "-c", "import torch"], env)
        for _ in range(args.runs):
            seconds, line = time_until_line([sys.executable, "-m", "lepton_studio"],
                                            "first-paint", env)
            paint.append(seconds)
            torch_flags.add(line)
            torch_import.append(time_process([sys.executable, "-c", "import torch"], env))
    print(f"Lepton Studio start-up ({args.platform} platform, Python {sys.version.split()[0]})")
    print(summary("process start -> first paint", paint))
    print(summary("python -c 'import torch' (alone)", torch_import))
    ratio = statistics.median(paint) / statistics.median(torch_import)
    print(f"first paint takes {ratio:.2f}x the time of importing torch alone")
    print(f"torch loaded at first paint: {'yes' if any('torch=True' in f for f in torch_flags) else 'no'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
