"""Loading is strictly offline and safe; every model problem is a ModelError (exit 4), and `--engine auto` falls
back to the rule engine with one line on stderr."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from summarize.errors import ModelError
from summarize.translate import base

from .conftest import ROOT, SEED

TWO_SENTENCES = "Delegasi Indonesia menghadiri pameran di Korea Selatan. Kunjungan ini penting bagi kota cerdas.\n"


def test_neural_is_a_registered_backend():
    from summarize.translate.hf import NeuralTranslator

    assert base.backend("neural") is NeuralTranslator


def test_cli_neural_end_to_end_keeps_every_sentence(cli, marian_dir):
    rule = cli(["--engine", "rule", "--format", "json", "--file", str(SEED)])
    neural = cli(["--engine", "neural", "--translation-model", str(marian_dir), "--format", "json",
                  "--file", str(SEED)])
    assert neural.code == 0, neural.err
    assert neural.err == ""
    doc, rule_doc = json.loads(neural.out), json.loads(rule.out)
    assert doc["engine"]["translation"] == "neural"
    assert doc["engine"]["models"]["translation"] == str(marian_dir)
    assert doc["engine"]["fallback_reason"] is None
    assert len(doc["sentences"]) == len(rule_doc["sentences"]) > 5
    assert all(s["translation"] for s in doc["sentences"])
    assert [s["source"] for s in doc["sentences"]] == [s["source"] for s in rule_doc["sentences"]]


def test_translate_lines_with_beams(cli, marian_dir):
    result = cli(["translate", "--lines", "--engine", "neural", "--beams", "2", "--translation-model",
                  str(marian_dir)], stdin="Kota itu besar.\n\nAmran hadir.\n")
    assert result.code == 0, result.err
    lines = result.out.split("\n")
    assert len(lines) == 4 and lines[1] == "" and lines[0] and lines[2]


def broken_dirs(tmp: Path, good: Path) -> dict[str, Path]:
    dirs = {"missing": tmp / "nope"}
    dirs["no config"] = tmp / "empty"
    dirs["no config"].mkdir()
    dirs["no weights"] = tmp / "no-weights"
    shutil.copytree(good, dirs["no weights"], ignore=shutil.ignore_patterns("*.safetensors"))
    dirs["corrupt weights"] = tmp / "corrupt"
    shutil.copytree(good, dirs["corrupt weights"])
    (dirs["corrupt weights"] / "model.safetensors").write_bytes(b"not a tensor file")
    dirs["bad config"] = tmp / "bad-config"
    shutil.copytree(good, dirs["bad config"])
    (dirs["bad config"] / "config.json").write_text("{", encoding="utf-8")
    return dirs


def test_missing_or_broken_model_exits_4_with_one_line(cli, marian_dir, tmp_path):
    for what, directory in broken_dirs(tmp_path, marian_dir).items():
        result = cli(["--engine", "neural", "--translation-model", str(directory)], stdin=TWO_SENTENCES)
        assert result.code == 4, (what, result.err)
        assert result.out == "" and result.err.count("\n") == 1 and "Traceback" not in result.err, what


def test_auto_falls_back_to_rule_with_one_stderr_line(cli, tmp_path):
    result = cli(["--engine", "auto", "--translation-model", str(tmp_path / "nope"), "--format", "json"],
                 stdin=TWO_SENTENCES)
    assert result.code == 0
    assert result.err.count("\n") == 1 and result.err.startswith("summarize: using the rule engine:")
    doc = json.loads(result.out)
    assert doc["engine"]["translation"] == "rule" and "does not exist" in doc["engine"]["fallback_reason"]
    assert len(doc["sentences"]) == 2


def test_loading_sets_offline_mode_and_never_trusts_remote_code(marian_dir, monkeypatch):
    import transformers

    from summarize.translate.hf import NeuralTranslator

    seen = []
    for cls in (transformers.AutoTokenizer, transformers.AutoModelForSeq2SeqLM):
        real = cls.from_pretrained

        def spy(*args, _real=real, **kwargs):
            seen.append(kwargs)
            return _real(*args, **kwargs)

        monkeypatch.setattr(cls, "from_pretrained", spy)
    NeuralTranslator(str(marian_dir), device="cpu")
    assert len(seen) == 2
    assert all(k["trust_remote_code"] is False and k["local_files_only"] is True for k in seen)
    assert os.environ["HF_HUB_OFFLINE"] == "1" and os.environ["TRANSFORMERS_OFFLINE"] == "1"


def test_no_source_file_ever_enables_remote_code():
    for path in (ROOT / "summarize").rglob("*.py"):
        text = path.read_text(encoding="utf-8").replace(" ", "")
        assert "trust_remote_code=True" not in text, path
        assert text.count("from_pretrained(") <= text.count("trust_remote_code=False"), path


def test_pickled_weights_load_only_with_weights_only(marian_dir, tmp_path, monkeypatch):
    import torch
    from safetensors.torch import load_file

    from summarize.translate.hf import NeuralTranslator

    bin_dir = tmp_path / "bin-only"
    shutil.copytree(marian_dir, bin_dir, ignore=shutil.ignore_patterns("*.safetensors"))
    torch.save(load_file(marian_dir / "model.safetensors"), bin_dir / "pytorch_model.bin")
    calls = []
    real_load = torch.load

    def spy(*args, **kwargs):
        calls.append(kwargs.get("weights_only"))
        return real_load(*args, **kwargs)

    monkeypatch.setattr(torch, "load", spy)
    translator = NeuralTranslator(str(bin_dir), device="cpu", max_new_tokens=8)
    assert calls and all(w is True for w in calls)
    assert len(translator.translate(["Kota itu besar."])) == 1

    monkeypatch.setattr(torch, "__version__", "2.5.1")
    with pytest.raises(ModelError, match="CVE-2025-32434"):
        NeuralTranslator(str(bin_dir), device="cpu")


def test_model_id_resolves_in_the_local_cache_only(marian_dir, tmp_path, monkeypatch):
    from summarize.translate.hf import NeuralTranslator

    repo = tmp_path / "hub" / "models--tiny--marian-id-en"
    shutil.copytree(marian_dir, repo / "snapshots" / "abc123")
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text("abc123", encoding="utf-8")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    translator = NeuralTranslator("tiny/marian-id-en", device="cpu", max_new_tokens=8)
    assert translator.directory == repo / "snapshots" / "abc123"
    with pytest.raises(ModelError, match="local Hugging Face cache"):
        NeuralTranslator("tiny/not-there", device="cpu")


def test_cuda_request_without_cuda_is_a_model_error(marian_dir):
    import torch

    from summarize.translate.hf import NeuralTranslator

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    with pytest.raises(ModelError, match="CUDA"):
        NeuralTranslator(str(marian_dir), device="cuda")


def test_rule_path_never_imports_the_neural_stack():
    import subprocess
    import sys

    code = ("import sys\n"
            "from summarize.__main__ import main\n"
            "assert main(['--engine', 'rule', '--format', 'json']) == 0\n"
            "assert main(['models', 'list']) == 0\n"
            "print(sorted(m for m in ('torch', 'transformers', 'ctranslate2', 'sentencepiece') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], input="Kota itu besar.", capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "HF_HOME": "/nonexistent"}, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
