"""Briefing in the desktop app: briefing mode, saved views, the time slider and its histogram.

``install_briefing(window, view_menu)`` is the main window's one hook; see ``controller``.
"""

from app.ui.briefing.controller import BriefingController, install_briefing

__all__ = ["BriefingController", "install_briefing"]
