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
    assert "Helsinki-NLP/opus-mt-id-en\tmarian\ttranslation\tid->en\t" in r.out and "bert" not in r.out


def test_model_languages():
    from summarize.models import languages

    assert languages("marian", "Helsinki-NLP/opus-mt-id-en") == "id->en"
    assert languages("marian", "my-own-marian") == "unknown pair"
    assert languages("m2m_100", "facebook/nllb-200-distilled-600M") == "multilingual"
    assert languages("bart", "facebook/bart-large-cnn") == "en"


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


def test_config_file_names_the_model(cli, tmp_path, monkeypatch):
    cfg = tmp_path / "summarize" / "config.toml"
    cfg.parent.mkdir()
    cfg.write_text('translation_model = "/no/such/model/dir"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    r = cli(["--engine", "neural", "--file", str(SEED)])
    assert r.code == 4 and "/no/such/model/dir" in r.err          # the configured model was tried
    r = cli(["--format", "json", "--file", str(SEED)])            # auto falls back, saying why
    assert r.code == 0 and json.loads(r.out)["engine"]["fallback_reason"]


def test_flag_beats_environment_beats_config(tmp_path, monkeypatch):
    from summarize.config import model_setting

    cfg = tmp_path / "summarize" / "config.toml"
    cfg.parent.mkdir()
    cfg.write_text('translation_model = "from-config"\nsummary_model = "sum-config"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("SUMMARIZE_TRANSLATION_MODEL", raising=False)
    assert model_setting("translation_model", None) == "from-config"
    monkeypatch.setenv("SUMMARIZE_TRANSLATION_MODEL", "from-env")
    assert model_setting("translation_model", None) == "from-env"
    assert model_setting("translation_model", "from-flag") == "from-flag"


def test_bad_config_file_is_one_usage_error(cli, tmp_path, monkeypatch):
    cfg = tmp_path / "summarize" / "config.toml"
    cfg.parent.mkdir()
    cfg.write_text("translation_model = [unclosed\n")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    r = cli(["--file", str(SEED)])
    assert r.code == 2 and "config file" in r.err and r.err.count("\n") == 1
    cfg.write_text('translaton_model = "typo"\n')
    r = cli(["--file", str(SEED)])
    assert r.code == 2 and "unknown setting" in r.err


def test_guarded_retries_are_recorded_per_document():
    from summarize.pipeline import Options, Pipeline
    from summarize.translate.batched import Retry

    class Flaky:
        """Stands in for a neural translator whose guard retried one sentence of each document."""
        retries: list = []

        def translate(self, sentences):
            self.retries.append(Retry(sentences[0], "dropped numbers 2024"))
            return [s.upper() for s in sentences]

    pipeline = Pipeline(Options(engine="rule"))
    pipeline.translator = Flaky()
    first = pipeline.run("Pada 2024 kota itu besar. Rumah baru.").to_dict()
    second = pipeline.run("Kota kedua. Rumah lain.").to_dict()
    assert first["engine"]["models"]["translation_retries"] == [
        {"text": "Pada 2024 kota itu besar.", "reason": "dropped numbers 2024"}]
    assert second["engine"]["models"]["translation_retries"] == [{"text": "Kota kedua.",
                                                                  "reason": "dropped numbers 2024"}]


def test_public_api(tmp_path, monkeypatch):
    import summarize

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    report = summarize.summarize("Pemerintah Indonesia membangun kota cerdas. Kota itu besar.", engine="rule",
                                 short=1)
    doc = report.to_dict()
    assert doc["engine"]["translation"] == "rule" and len(doc["summaries"]["short"]["sentence_ids"]) == 1
    assert "smart city" in report.translation
    assert summarize.translate(["Kota cerdas."], engine="rule") == ["The smart city."]
    import summarize.translate.rule  # noqa: F401  (importing the subpackage must not hide the function)
    assert callable(summarize.translate)
    try:
        summarize.summarize("Kota.", engine="neural", summary_model=str(tmp_path / "missing"))
    except summarize.ModelError as exc:
        assert exc.exit_code == 4
    else:
        raise AssertionError("a missing model must raise ModelError")
