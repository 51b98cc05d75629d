"""Golden outputs for the seed articles (text, side-by-side, JSON, Markdown) and determinism."""

import json
import os
import subprocess
import sys

import pytest

from conftest import GOLDEN, ROOT, SEED

sys.path.insert(0, str(GOLDEN))
import regenerate  # noqa: E402

CASES = list(regenerate.cases())


@pytest.mark.parametrize("name,args", CASES, ids=[c[0] for c in CASES])
def test_matches_golden(cli, name, args):
    result = cli(args)
    assert result.code == 0, result.err
    expected = (GOLDEN / name).read_text(encoding="utf-8")
    assert result.out == expected, f"{name} differs: run tests/golden/regenerate.py and review the diff"


def test_golden_json_is_the_contract():
    doc = json.loads((GOLDEN / "wsce.json").read_text(encoding="utf-8"))
    assert set(doc) == {"source_language", "target_language", "engine", "sentences", "translation", "summaries"}
    assert doc["source_language"] == "id" and doc["target_language"] == "en"
    assert doc["engine"] == {"translation": "rule", "summary": "extractive", "models": {}, "fallback_reason": None}
    assert len(doc["sentences"]) == 11
    assert set(doc["sentences"][0]) == {"source", "translation", "paragraph"}
    short, long = doc["summaries"]["short"], doc["summaries"]["long"]
    assert set(short["sentence_ids"]) < set(long["sentence_ids"]) < set(range(11))
    # the summary text is the chosen sentences, with the dateline ("KUTIPAN – ") cut from the summary only
    assert short["source"] == " ".join(doc["sentences"][i]["source"] for i in short["sentence_ids"]).replace(
        "KUTIPAN – ", "", 1)
    assert long["translation"].endswith(doc["sentences"][long["sentence_ids"][-1]]["translation"])
    assert doc["sentences"][0]["source"].startswith("KUTIPAN – ")
    assert doc["translation"].count("\n\n") == 6          # 7 paragraphs


def test_two_processes_give_identical_bytes():
    env = dict(os.environ, COLUMNS="100", PYTHONHASHSEED="random")
    env.pop("NO_COLOR", None)
    outs = []
    for seed in ("1", "2"):
        env["PYTHONHASHSEED"] = seed
        outs.append(subprocess.run([sys.executable, "-m", "summarize", "--engine", "rule", "--format", "json",
                                    "--file", str(SEED)], capture_output=True, env=env, cwd=ROOT, check=True).stdout)
    assert outs[0] == outs[1] and len(outs[0]) > 1000
