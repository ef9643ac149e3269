"""Run every benchmark: ``python -m benchmarks [NAME …] [--quick]``."""

from __future__ import annotations

import argparse
import importlib
import sys
import time

BENCHMARKS = ["store", "map", "analysis", "sync", "interop", "sheets", "feeds", "postgis"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", choices=[*BENCHMARKS, []], help="benchmarks to run")
    parser.add_argument("--quick", action="store_true", help="a tenth of the data, for a smoke run")
    args = parser.parse_args(argv)
    for name in args.names or BENCHMARKS:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        print(f"== {name}: {module.__doc__.strip().splitlines()[0]}")
        started = time.perf_counter()
        module.run(quick=args.quick)
        print(f"   ({time.perf_counter() - started:.1f} s)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
