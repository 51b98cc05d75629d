"""CTranslate2: `models convert`, the converted directory picked up by the pipeline, and `models check`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import ROOT, SEED

pytest.importorskip("ctranslate2")


@pytest.fixture(scope="module")
def ct2_dir(marian_dir, tmp_path_factory):
    from summarize.neural_models import convert

    out = tmp_path_factory.mktemp("ct2") / "tiny-marian-int8"
    manifest = convert(str(marian_dir), str(out), quantization="int8")
    assert manifest["model_type"] == "marian" and manifest["input_limit"] == 60
    return out


def test_convert_cli_refuses_to_overwrite(cli, marian_dir, ct2_dir, tmp_path):
    again = cli(["models", "convert", str(marian_dir), str(ct2_dir)])
    assert again.code == 2 and "not empty" in again.err
    fresh = cli(["models", "convert", str(marian_dir), str(tmp_path / "f32"), "--quantization", "float32"])
    assert fresh.code == 0, fresh.err
    assert json.loads((tmp_path / "f32" / "summarize-ct2.json").read_text())["quantization"] == "float32"
    assert {"model.bin", "source.spm", "target.spm"} <= {p.name for p in (tmp_path / "f32").iterdir()}


def test_converted_model_runs_in_the_pipeline_and_keeps_every_sentence(cli, ct2_dir):
    result = cli(["--engine", "neural", "--translation-model", str(ct2_dir), "--format", "json", "--file", str(SEED)])
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    rule = json.loads(cli(["--engine", "rule", "--format", "json", "--file", str(SEED)]).out)
    assert doc["engine"]["translation"] == "neural"
    assert len(doc["sentences"]) == len(rule["sentences"])
    assert all(s["translation"] for s in doc["sentences"])


def test_ct2_translator_splits_long_sentences_and_guards(ct2_dir):
    from summarize.translate.ct2 import CT2Translator

    tr = CT2Translator(str(ct2_dir), device="cpu", max_new_tokens=16)
    long = " ".join(["pembangunan kota cerdas di Indonesia, 2024"] * 20)
    out = tr.translate([long, "Amran hadir pada 2-6 September 2024."])
    assert len(out) == 2 and all(out)
    info = tr.describe()
    assert info["engine"] == "ctranslate2" and info["quantization"] == "int8" and info["retries"] >= 1


def test_ct2_path_never_imports_torch(ct2_dir):
    code = ("import socket, sys, io\n"
            "socket.socket.connect = lambda *a: (_ for _ in ()).throw(OSError('network blocked'))\n"
            "from summarize.__main__ import main\n"
            f"assert main(['translate', '--engine', 'neural', '--translation-model', {str(ct2_dir)!r}]) == 0\n"
            "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], input="Kota itu besar. Amran hadir.", capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_models_check_reports_time_and_memory(cli, ct2_dir):
    result = cli(["models", "check", str(ct2_dir)])
    assert result.code == 0, result.err
    fields = dict(line.split("\t", 1) for line in result.out.strip().splitlines())
    assert fields["engine"] == "ctranslate2"
    assert float(fields["load_s"]) >= 0 and float(fields["run_s"]) > 0 and float(fields["peak_rss_mb"]) > 0
    assert fields["output"]


def test_models_check_without_a_model_is_a_usage_error(cli):
    assert cli(["models", "check"]).code == 2


def test_converted_dir_without_manifest_is_a_model_error(cli, ct2_dir, tmp_path):
    import shutil

    bare = tmp_path / "bare"
    shutil.copytree(ct2_dir, bare, ignore=shutil.ignore_patterns("summarize-ct2.json"))
    result = cli(["--engine", "neural", "--translation-model", str(bare)], stdin="Kota itu besar.\n")
    assert result.code == 4 and "models convert" in result.err


def test_float32_conversion_decodes_the_same_tokens_as_torch(marian, marian_dir, tmp_path):
    """Same tokenisation (SentencePiece directly vs MarianTokenizer) and same greedy path, token for token."""
    import torch

    from summarize.neural_models import convert
    from summarize.translate.ct2 import CT2Translator

    convert(str(marian_dir), str(tmp_path / "f32"), quantization="float32")
    ours = CT2Translator(str(tmp_path / "f32"), device="cpu", guard=False, max_new_tokens=24)
    tok, net = marian.tokenizer, marian.net
    for sentence in ["Kota itu besar.", "Amran hadir di Korea Selatan pada 2024.", SEED.read_text()[:120]]:
        assert ours.text.encode(sentence) == tok.convert_ids_to_tokens(tok(sentence).input_ids)
        with torch.no_grad():
            ids = net.generate(**tok([sentence], return_tensors="pt"), num_beams=1, do_sample=False,
                               max_new_tokens=24)[0].tolist()
        # torch: decoder start, the tokens, then the EOS that Marian forces at the length limit (CT2 does not force it).
        expected = tok.convert_ids_to_tokens(ids[1:-1])
        got = ours.engine.translate_batch([ours.text.encode(sentence)], beam_size=1, max_decoding_length=24)
        assert got[0].hypotheses[0][:len(expected)] == expected
