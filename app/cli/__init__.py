"""The ``bluehelmet`` command line: the same services as the GUI, without a screen.

``main`` (the console script ``app.cli:main``) is in ``app.cli.main``; shared helpers in
``app.cli.common``; each command group in its own module with ``register(subparsers)``.
"""

from app.cli.main import main

__all__ = ["main"]
