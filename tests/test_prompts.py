"""Prompt templates are data: placeholders are filled by plain substitution, nothing is ever interpreted."""

import pytest

from summarize.summarizers import seq2seq

TRICKY = ["{text.__class__}", "{0}", "%s", "${HOME}", "{{text}}", "{text!r:>10}", "%(text)s", "$(rm -rf /)"]


@pytest.mark.parametrize("tricky", TRICKY)
def test_tricky_input_stays_literal(tricky):
    assert seq2seq.fill("Ringkas: {{text}}", f"Berita {tricky} selesai.") == f"Ringkas: Berita {tricky} selesai."


@pytest.mark.parametrize("tricky", [t for t in TRICKY if t != "{{text}}"])   # {{text}} is the placeholder itself
def test_tricky_template_text_stays_literal(tricky):
    template = f"{tricky} :: {{{{text}}}}"
    assert seq2seq.fill(template, "isi") == f"{tricky} :: isi"


def test_shipped_templates_have_the_placeholder_and_load():
    for name in ("summarize-id.txt", "summarize-en.txt", "summarize-t5.txt"):
        assert seq2seq.PLACEHOLDER in seq2seq.load_prompt(name)
