"""`summarize batch`: one record per input, bad records recorded, resume, and crash safety (SIGKILL)."""

import json
import os
import signal
import subprocess
import sys
import time

from conftest import ROOT, SEED

ARTICLE = SEED.read_text(encoding="utf-8")


def write_jsonl(path, lines):
    path.write_text("".join(lines), encoding="utf-8")


def read_records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_batch_writes_one_record_per_input_and_keeps_going(cli, tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [
        json.dumps({"id": "a", "text": ARTICLE}) + "\n",
        "this is not json\n",
        json.dumps({"id": "b"}) + "\n",
        json.dumps({"text": "tanpa id"}) + "\n",
        json.dumps({"id": "c", "text": "   "}) + "\n",
        json.dumps({"id": "a", "text": "duplikat"}) + "\n",
        json.dumps([1, 2]) + "\n",
        json.dumps({"id": 7, "text": "Kota itu besar."}) + "\n",
        json.dumps({"id": "huge", "text": "kata " * 1000}) + "\n",
    ])
    out = tmp_path / "out.jsonl"
    r = cli(["batch", str(src), "--output", str(out), "--engine", "rule", "--max-chars", "4000"])
    assert r.code == 0
    recs = read_records(out)
    assert len(recs) == 9
    ok = [rec for rec in recs if "summaries" in rec]
    assert [rec["id"] for rec in ok] == ["a", 7]
    errors = [rec for rec in recs if "error" in rec]
    assert len(errors) == 7 and all(isinstance(e["error"], str) and e["error"] for e in errors)
    assert {e["id"] for e in errors} >= {"b", "c", "huge", None}
    assert "7 of 9 records had errors" in r.err


def test_batch_to_stdout(cli, tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [json.dumps({"id": i, "text": f"Kota nomor {i} besar."}) + "\n" for i in range(3)])
    r = cli(["batch", str(src), "--engine", "rule"])
    assert [json.loads(x)["id"] for x in r.out.splitlines()] == [0, 1, 2]


def test_batch_from_stdin(cli):
    r = cli(["batch", "-", "--engine", "rule"], stdin=json.dumps({"id": "s", "text": "Rumah itu baru."}) + "\n")
    assert json.loads(r.out)["id"] == "s"


def test_resume_skips_done_ids_and_redoes_torn_line(cli, tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [json.dumps({"id": i, "text": f"Kota nomor {i} besar."}) + "\n" for i in range(5)])
    out = tmp_path / "out.jsonl"
    cli(["batch", str(src), "--output", str(out), "--engine", "rule"])
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:2]) + lines[2][: len(lines[2]) // 2], encoding="utf-8")   # crash mid-write
    r = cli(["batch", str(src), "--output", str(out), "--engine", "rule", "--resume"])
    assert r.code == 0
    assert [rec["id"] for rec in read_records(out)] == [0, 1, 2, 3, 4]


def test_workers_keep_input_order(cli, tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [json.dumps({"id": i, "text": f"Kota nomor {i} besar. Rumah itu baru."}) + "\n"
                      for i in range(40)] + ["broken\n"])
    out = tmp_path / "out.jsonl"
    r = cli(["batch", str(src), "--output", str(out), "--engine", "rule", "--workers", "2"])
    assert r.code == 0
    recs = read_records(out)
    assert [rec["id"] for rec in recs[:40]] == list(range(40)) and "error" in recs[40]


def test_sigkill_midway_then_resume_loses_nothing(tmp_path):
    src = tmp_path / "in.jsonl"
    n = 400
    write_jsonl(src, [json.dumps({"id": f"doc-{i}", "text": ARTICLE}) + "\n" for i in range(n)])
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "summarize", "batch", str(src), "--output", str(out), "--engine", "rule"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= 20:
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    written_before = out.read_bytes().count(b"\n")
    assert 0 < written_before < n, "the batch should have been killed midway"
    with open(out, "ab") as fh:                       # simulate the torn line a kill mid-write leaves
        fh.write(b'{"id": "doc-9999", "summ')
    subprocess.run(cmd + ["--resume"], cwd=ROOT, check=True, stderr=subprocess.DEVNULL)
    recs = read_records(out)
    ids = [rec["id"] for rec in recs]
    assert sorted(ids) == sorted(f"doc-{i}" for i in range(n)) and len(set(ids)) == n
    assert all("summaries" in rec and rec["summaries"]["short"]["sentence_ids"] for rec in recs)
    assert os.path.getsize(out) == sum(len(x) for x in out.read_bytes().splitlines(keepends=True))
