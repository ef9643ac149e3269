"""Editing the picture in the GUI: record forms, coordinate entry, map drawing, undo and redo.

Everything here is a thin layer over ``app.editing.service.Editor``: the forms collect field
values, the editor validates and writes them (one transaction per edit), and ``undo.py`` wraps
each edit in a QUndoCommand so that Ctrl+Z takes it back.
"""
