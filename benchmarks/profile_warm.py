"""Where the warm path's CPU time goes: a sampling profile of the 200x sample, by function
and by line, each sample weighed by the CPU time since the one before.

Why not cProfile: its hook on every call slowed this workload some 6.5 times (13 million
calls for 84 documents), and more where calls are many and short, so its shares leaned
towards call-heavy code. Why weighed samples: a signal handler runs only between byte
codes, so a timer tick that falls inside a long regex search in C is delivered when the
search returns, several ticks coalesced into one; counting ticks would under-count the
regex engine, weighing each by the CPU time elapsed charges it to the line that called it.

The sample is the benchmark's (``benchmarks/run.py``: every tenth file of the corpus),
parsed after ``warm_up`` and one pass over ``data/raw``, as the benchmark does.

usage: python benchmarks/profile_warm.py [--scale 200] [--passes 1] [--top 40]
       [--by function|line|file] [--under NAME]
``--under NAME``: the time of the calls under function NAME, by the function it calls.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import time
from pathlib import Path
from types import FrameType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

Key = tuple[str, int, str]


def _key(frame: FrameType) -> Key:
    code = frame.f_code
    name = code.co_filename
    cut = name.find("/ctdocs/")
    return (name[cut + 8 :] if cut >= 0 else name, code.co_firstlineno, code.co_name)


class Sampler:
    """CPU-time-weighed samples of the Python stack (``ITIMER_PROF``)."""

    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.stacks: dict[tuple[tuple[Key, int], ...], float] = collections.defaultdict(float)
        self.total = 0.0
        self._last = 0.0

    def _tick(self, _sig: int, frame: FrameType | None) -> None:
        now = time.process_time()
        weight, self._last = now - self._last, now
        self.total += weight
        stack: list[tuple[Key, int]] = []
        while frame is not None:
            stack.append((_key(frame), frame.f_lineno or 0))
            frame = frame.f_back
        self.stacks[tuple(reversed(stack))] += weight

    def __enter__(self) -> Sampler:
        signal.signal(signal.SIGPROF, self._tick)
        self._last = time.process_time()
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(self, *_exc: object) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)

    def inclusive(self) -> dict[Key, float]:
        out: dict[Key, float] = collections.defaultdict(float)
        for stack, w in self.stacks.items():
            for k in {k for k, _ in stack}:
                out[k] += w
        return out

    def own(self, by: str) -> dict[Key, float]:
        out: dict[Key, float] = collections.defaultdict(float)
        for stack, w in self.stacks.items():
            (path, first, name), line = stack[-1]
            out[
                (path, line, name)
                if by == "line"
                else (path, 0, "")
                if by == "file"
                else (path, first, name)
            ] += w
        return out

    def under(self, name: str) -> dict[Key, float]:
        out: dict[Key, float] = collections.defaultdict(float)
        for stack, w in self.stacks.items():
            for i, (k, _) in enumerate(stack):
                if k[2] == name:
                    out[stack[i + 1][0] if i + 1 < len(stack) else ("<own>", 0, name)] += w
                    break
        return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scale", type=float, default=200)
    ap.add_argument("--passes", type=int, default=1)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--by", choices=("function", "line", "file"), default="function")
    ap.add_argument("--under", help="the calls under this function, by callee")
    args = ap.parse_args()
    import corpus as corpus_builder

    import ctdocs
    from ctdocs.views._corpus import warm_up

    paths = corpus_builder.build(args.scale).paths[::10]
    warm_up()
    for p in sorted((ROOT / "data" / "raw").glob("*.txt")):
        ctdocs.parse_document(p)
    t0 = time.process_time()
    with Sampler() as s:
        for _ in range(args.passes):
            for p in paths:
                ctdocs.parse_document(p)
    cpu = time.process_time() - t0
    print(f"{len(paths)} files x {args.passes}: {cpu:.2f} s CPU, {s.total:.2f} s sampled")
    own = s.own("function")
    if args.under:
        rows = s.under(args.under)
    else:
        rows = s.inclusive() if args.by == "function" else s.own(args.by)
    for k, w in sorted(rows.items(), key=lambda kw: -kw[1])[: args.top]:
        mine = (
            f"own {100 * own.get(k, 0.0) / s.total:5.2f} %  "
            if args.by == "function" and not args.under
            else ""
        )
        print(f"{100 * w / s.total:6.2f} %  {mine}{k[0]}:{k[1]} {k[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
