"""Real PNG images for tests, written by hand (no imaging library needed)."""

from __future__ import annotations

import struct
import zlib


def png_tile(rgb: tuple[int, int, int], size: int = 256) -> bytes:
    """A valid single-colour RGB PNG of ``size``×``size`` pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    row = b"\x00" + bytes(rgb) * size  # filter byte 0, then the pixels
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * size))
        + chunk(b"IEND", b"")
    )
