"""Translators: one module per backend behind the `Translator` protocol (see base.py)."""
