"""Odd inputs and process-level behaviour: HTML, mixed language, huge sentences, closed pipes, Ctrl-C."""

import json
import signal
import subprocess
import sys
import time

from conftest import ROOT, SEED

from summarize.text.html import looks_like_html, to_text


def test_html_is_stripped_to_paragraphs(cli):
    page = ("<!doctype html><html><head><title>x</title><style>p{color:red}</style></head><body>"
            "<nav>Menu Beranda</nav><article><h1>Banjir di Jakarta</h1><p>Hujan deras &amp; angin kencang "
            "melanda kota.</p><p>Warga <b>mengungsi</b> ke masjid.</p></article>"
            "<script>alert('x')</script></body></html>")
    doc = json.loads(cli(["--engine", "rule", "--format", "json"], stdin=page).out)
    sources = [s["source"] for s in doc["sentences"]]
    assert sources == ["Banjir di Jakarta", "Hujan deras & angin kencang melanda kota.", "Warga mengungsi ke masjid."]
    assert [s["paragraph"] for s in doc["sentences"]] == [0, 1, 2]
    assert "<" not in doc["translation"] and "alert" not in doc["translation"]


def test_plain_text_with_a_less_than_sign_is_not_html():
    assert not looks_like_html("Harga < Rp5.000 dan suhu > 30 derajat.")
    assert to_text("<p>a</p><p>b</p>") == "a\n\nb"


def test_mixed_language_is_treated_as_indonesian(cli):
    text = "Presiden mengatakan bahwa the economy is strong. Pemerintah akan membangun jalan baru di desa."
    doc = json.loads(cli(["--engine", "rule", "--format", "json"], stdin=text).out)
    assert doc["source_language"] == "id" and len(doc["sentences"]) == 2


def test_source_lang_flag_overrides_detection(cli):
    doc = json.loads(cli(["--engine", "rule", "--format", "json", "--source-lang", "en"],
                         stdin="Kota itu besar.").out)
    assert doc["source_language"] == "en" and doc["translation"] == "Kota itu besar."


def test_single_20000_word_sentence(cli):
    text = " ".join(["pemerintah membangun kota cerdas dan"] * 4000) + " selesai."
    r = cli(["--engine", "rule", "--format", "json"], stdin=text)
    doc = json.loads(r.out)
    assert r.code == 0 and len(doc["sentences"]) == 1
    assert doc["translation"].count("smart city") == 4000


def test_closed_pipe_ends_quietly():
    cmd = (f"{sys.executable} -m summarize --engine rule --side-by-side --file {SEED} | head -1; "
           "echo rc=${PIPESTATUS[0]}")
    r = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, cwd=ROOT)
    assert r.stderr == ""
    assert r.stdout.splitlines()[-1] == "rc=0"


def test_ctrl_c_exits_130_quietly():
    proc = subprocess.Popen([sys.executable, "-m", "summarize", "--engine", "rule"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    time.sleep(1.0)                       # it is now blocked reading stdin
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert b"Traceback" not in err and err.decode().strip() == "summarize: interrupted"


def test_twenty_megabyte_file_is_refused_cleanly(cli, tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Kota itu besar. " * (20 * 1024 * 1024 // 16))
    r = cli(["--engine", "rule", "--file", str(path)])
    assert r.code == 3 and "over the limit" in r.err and r.err.count("\n") == 1


def test_rule_path_makes_no_network_connection(cli, monkeypatch):
    import socket

    attempts = []

    def refuse(self, *args, **kwargs):
        attempts.append(args)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, *a))
    r = cli(["--format", "json", "--file", str(SEED)])
    assert r.code == 0 and json.loads(r.out)["engine"]["translation"] == "rule"
    assert attempts == []
