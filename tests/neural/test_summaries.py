"""Abstractive summaries: which side the model reads, what the JSON says, map-reduce for long documents, and
prompt templates filled by plain substitution."""

from __future__ import annotations

import json
import tomllib

import pytest

from summarize.errors import ModelError
from summarize.pipeline import Options, Pipeline
from summarize.summarizers import seq2seq

from .conftest import ROOT, SEED


def pipeline(marian_dir, summary_dir, **extra) -> Pipeline:
    p = Pipeline(Options(engine="neural", translation_model=str(marian_dir), summary_model=str(summary_dir),
                         device="cpu", **extra))
    p.translator.guard = False  # a random model always "fails" the guard; keep these tests about summaries
    return p


def test_multilingual_model_summarises_indonesian_then_translates(marian_dir, mt5_dir):
    p = pipeline(marian_dir, mt5_dir)
    doc = p.run(SEED.read_text(encoding="utf-8")).to_dict()
    assert doc["engine"]["summary"] == "seq2seq-source-then-translate"
    assert doc["engine"]["models"] == {"translation": str(marian_dir), "summary": str(mt5_dir)}
    for key in ("short", "long"):
        summary = doc["summaries"][key]
        assert summary["sentence_ids"] is None and "note" not in summary
        assert summary["source"] and summary["translation"]
    # The seed article is far longer than the 44-token window: it was summarised map-reduce.
    assert p.summarizer.map_rounds >= 2
    assert p.summarizer.describe()["reads"] == "source"


def test_english_model_summarises_the_translation_and_says_why_indonesian_is_missing(cli, marian_dir, t5_dir):
    three = " ".join(SEED.read_text(encoding="utf-8").split(". ")[:3])
    result = cli(["--engine", "neural", "--translation-model", str(marian_dir), "--summary-model", str(t5_dir),
                  "--format", "json", "--device", "cpu"], stdin=three)
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    assert doc["engine"]["summary"] == "seq2seq-english"
    assert doc["engine"]["models"]["summary"] == str(t5_dir)
    for key in ("short", "long"):
        summary = doc["summaries"][key]
        assert summary["source"] is None and summary["translation"] and summary["sentence_ids"] is None
        assert "English only" in summary["note"]


def test_english_input_needs_no_translation(marian_dir, t5_dir):
    report = pipeline(marian_dir, t5_dir).run("The mayor opened a new bridge. Traffic fell by 20 percent.")
    assert report.engine.translation == "none"
    assert all(s.source == s.translation and s.sentence_ids is None for s in report.summaries.values())


def test_lengths_map_to_generation_limits_in_one_place():
    short, long = seq2seq.generation_limits(3), seq2seq.generation_limits(6)
    assert short[0] < short[1] < long[1] and short[0] < long[0]


def test_prompt_templates_are_filled_by_plain_substitution(marian_dir, t5_dir, tmp_path, monkeypatch):
    assert seq2seq.fill("ringkas: {{text}} {0}", "{text} {0!r} {{text}}") == "ringkas: {text} {0!r} {{text}} {0}"
    (tmp_path / "summarize-t5.txt").write_text("summarise {x} {0}: {{text}}\n", encoding="utf-8")
    p = pipeline(marian_dir, t5_dir, prompt_dir=str(tmp_path))
    seen = []
    real = p.summarizer.tokenizer.__class__.__call__

    def spy(self, texts, *args, **kwargs):
        seen.append(texts)
        return real(self, texts, *args, **kwargs)

    monkeypatch.setattr(p.summarizer.tokenizer.__class__, "__call__", spy)
    p.run("The mayor opened a bridge.")
    prompts = [t for batch in seen if isinstance(batch, list) for t in batch]
    assert prompts and all(t.startswith("summarise {x} {0}: ") for t in prompts)


def test_prompt_without_placeholder_is_a_model_error(t5_dir, tmp_path):
    (tmp_path / "summarize-t5.txt").write_text("summarise this\n", encoding="utf-8")
    with pytest.raises(ModelError, match="placeholder"):
        seq2seq.Seq2SeqSummarizer(str(t5_dir), device="cpu", prompt_dir=str(tmp_path))


def test_broken_summary_model_auto_falls_back_to_extractive(cli, marian_dir, tmp_path):
    result = cli(["--engine", "auto", "--translation-model", str(marian_dir), "--summary-model",
                  str(tmp_path / "nope"), "--format", "json", "--device", "cpu"],
                 stdin="Kota itu besar. Amran hadir.\n")
    assert result.code == 0 and result.err.count("\n") == 1
    assert result.err.startswith("summarize: using extractive summaries: summary model:")
    doc = json.loads(result.out)
    assert doc["engine"]["translation"] == "neural" and doc["engine"]["summary"] == "extractive"
    assert "summary model" in doc["engine"]["fallback_reason"]
    assert doc["summaries"]["short"]["sentence_ids"] == [0, 1]
    strict = cli(["--engine", "neural", "--translation-model", str(marian_dir), "--summary-model",
                  str(tmp_path / "nope")], stdin="Kota itu besar.\n")
    assert strict.code == 4


def test_prompts_ship_with_the_package():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert config["package-dir"]["summarize.prompts"] == "prompts"
    assert "summarize.prompts" in config["packages"]
    for name, (_, template) in seq2seq.MODEL_TYPES.items():
        assert "{{text}}" in (ROOT / "prompts" / template).read_text(encoding="utf-8"), name
