"""Renderers: turn a Report into text (rich), side-by-side columns, JSON or Markdown. No NLP here."""

from __future__ import annotations

SECTIONS = ("short", "long", "translation")
FORMATS = ("text", "json", "markdown")
TITLES = {"short": "Short summary", "long": "Long summary", "translation": "Translation"}
