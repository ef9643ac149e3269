"""Turns mission data into map documents; no Qt widgets here."""
