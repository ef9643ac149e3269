"""A tiny real PNG for tests that embed an image (made by hand, no imaging library)."""

from __future__ import annotations

from pngs import png_tile


def tiny_png() -> bytes:
    return png_tile((40, 90, 160), size=8)
