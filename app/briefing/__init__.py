"""Briefing: saved views, the daily situation report data, and briefing outputs."""
