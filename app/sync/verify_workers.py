"""Ed25519 checks of many record signatures, spread over the machine's cores.

A large package holds one author signature per record version (about 100 µs each to verify on
one core); ``Verifier`` verifies them in chunks, in worker processes when there are enough to
be worth starting them, while the caller goes on decoding the package. Each worker receives
only bytes (public keys, signatures, signed payloads) and answers which ones fail: the
decisions (who the author is, whether it is trusted or revoked) stay with the caller.

This module is what a worker process imports: it must import nothing but the standard library
and ``cryptography`` (no store, no Qt, no other part of the application).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

#: Signatures per chunk handed to a worker (large enough that sending it costs little beside
#: verifying it, small enough that workers start early and finish together).
CHUNK = 2_000
#: Below this many signatures, starting worker processes costs more than it saves.
PARALLEL_FROM = 6_000

#: One signature to check: (index of its public key, 64-byte signature, signed payload).
Item = tuple[int, bytes, bytes]


def failures(keys: Sequence[bytes], items: Sequence[Item]) -> list[int]:
    """Positions in ``items`` whose signature does not verify (a worker's task)."""
    verifiers: dict[int, Ed25519PublicKey | None] = {}
    failed = []
    for position, (key_index, signature, payload) in enumerate(items):
        if key_index not in verifiers:
            try:
                verifiers[key_index] = Ed25519PublicKey.from_public_bytes(keys[key_index])
            except ValueError:
                verifiers[key_index] = None
        verifier = verifiers[key_index]
        try:
            if verifier is None:
                raise InvalidSignature
            verifier.verify(signature, payload)
        except (InvalidSignature, ValueError):
            failed.append(position)
    return failed


def _context() -> multiprocessing.context.BaseContext:
    # Not "fork": the GUI imports from a worker thread, and forking a threaded process can
    # deadlock the child on a lock another thread held.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class Verifier:
    """Collects signatures to check, verifies them chunk by chunk (in worker processes when
    ``parallel``), and says at the end which failed. ``close`` ends the workers."""

    def __init__(self, parallel: bool) -> None:
        self._keys: list[bytes] = []
        self._key_index: dict[bytes, int] = {}
        self._items: list[Item] = []
        self._done = 0  # items already handed out or verified
        self._failed: list[int] = []
        self._futures: list[tuple[int, Future[list[int]]]] = []
        self._pool: ProcessPoolExecutor | None = None
        if parallel:
            # One core stays with the caller, which decodes the package meanwhile (and, at the
            # end, verifies the chunks no worker has started).
            workers = max(1, os.cpu_count() or 1)
            self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context())

    def add(self, public_key: bytes, signature: bytes, payload: bytes) -> int:
        """Queue one signature; returns its position (as ``failed`` reports it)."""
        index = self._key_index.get(public_key)
        if index is None:
            index = self._key_index[public_key] = len(self._keys)
            self._keys.append(public_key)
        self._items.append((index, signature, payload))
        if self._pool is not None and len(self._items) - self._done >= CHUNK:
            self._hand_out()
        return len(self._items) - 1

    def _hand_out(self) -> None:
        start, chunk = self._done, self._items[self._done :]
        self._done = len(self._items)
        if not chunk:
            return
        if self._pool is None:
            self._failed += [start + p for p in failures(self._keys, chunk)]
        else:
            # Each chunk carries the (few) keys so far: a worker needs no other state.
            self._futures.append((start, self._pool.submit(failures, list(self._keys), chunk)))

    def failed(self) -> set[int]:
        """Positions of every queued signature that does not verify (waits for the workers)."""
        self._hand_out()
        out = set(self._failed)
        # Workers take chunks from the front: the caller, now free, takes them from the back.
        for start, future in reversed(self._futures):
            if future.cancel():
                count = CHUNK if start + CHUNK <= len(self._items) else len(self._items) - start
                chunk = self._items[start : start + count]
                out.update(start + p for p in failures(self._keys, chunk))
        for start, future in self._futures:
            if not future.cancelled():
                out.update(start + p for p in future.result())
        self._futures.clear()
        self._failed = sorted(out)
        return out

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


__all__ = ["CHUNK", "PARALLEL_FROM", "Verifier", "failures"]
