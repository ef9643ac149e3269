"""Exchanging the picture with partner contingents by file: identity, trust, signed packages.

``identity`` holds this installation's unit identity, its Ed25519 key and the partners it
trusts; ``package`` writes and verifies the package file format (docs/sync-format.md);
``merge`` holds the pure merge rules and ``service`` exports and imports packages.
Plain Python services: this package must not import Qt, and only the store layer (later) may
touch SQLite.
"""
