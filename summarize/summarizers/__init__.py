"""Summarisers: one module per backend behind the `Summarizer` protocol (see base.py)."""
