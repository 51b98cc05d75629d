"""The smaller commands: models list, eval, and flags that only matter to the neural engine."""

import json

from conftest import SEED


def test_models_list_reads_the_local_cache(cli, tmp_path, monkeypatch):
    snap = tmp_path / "models--Helsinki-NLP--opus-mt-id-en" / "snapshots" / "abc123"
    snap.mkdir(parents=True)
    (snap / "config.json").write_text(json.dumps({"model_type": "marian", "architectures": ["MarianMTModel"]}))
    other = tmp_path / "models--someone--bert" / "snapshots" / "def"
    other.mkdir(parents=True)
    (other / "config.json").write_text(json.dumps({"model_type": "bert"}))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))
    r = cli(["models", "list"])
    assert r.code == 0
    assert "Helsinki-NLP/opus-mt-id-en\tmarian\ttranslation" in r.out and "bert" not in r.out


def test_models_list_with_nothing_found(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))
    r = cli(["models", "list"])
    assert r.code == 0 and "no local seq2seq models found" in r.out


def test_eval_mt_and_rouge(cli, tmp_path):
    hyp, ref = tmp_path / "hyp.txt", tmp_path / "ref.txt"
    ref.write_text("the city is big\nthe government builds a smart city\n")
    hyp.write_text("the city is big\nthe government builds a smart city\n")
    r = cli(["eval", "mt", str(hyp), str(ref)])
    assert r.code == 0 and r.out.startswith("chrF 100.0  BLEU 100.0")
    r = cli(["eval", "rouge", str(hyp), str(ref)])
    assert r.code == 0 and r.out.startswith("ROUGE-1/2/L F1 100.00/100.00/100.00")
    hyp.write_text("one line only\n")
    assert cli(["eval", "mt", str(hyp), str(ref)]).code == 3


def test_device_flag_is_accepted_and_recorded_nowhere_for_rule(cli):
    r = cli(["--engine", "rule", "--device", "cpu", "--format", "json", "--file", str(SEED)])
    assert r.code == 0 and json.loads(r.out)["engine"]["models"] == {}
    assert cli(["--device", "tpu"]).code == 2
