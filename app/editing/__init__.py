"""Editing the picture: the one service forms, map drawing, undo and the CLI all use."""
