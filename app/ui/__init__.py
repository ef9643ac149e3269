"""The Qt desktop application: the only package that imports PySide6.

Widgets stay thin: Qt models adapt the store's services to views, and long work runs off the GUI
thread through ``app.ui.workers``.
"""
