"""Helpers for benchmarks: timing, medians and the one line format every figure uses."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def median_of(fn: Callable[[], object], runs: int) -> float:
    return statistics.median(timed(fn) for _ in range(runs))


def report(name: str, value: float, unit: str, baseline_name: str, baseline: float) -> None:
    """One figure beside its same-run baseline and the ratio between them."""
    ratio = value / baseline if baseline else float("inf")
    print(
        f"   {name:<44} {value:>12,.1f} {unit:<10} | {baseline_name}: "
        f"{baseline:,.1f} {unit} | ratio {ratio:.2f}"
    )
