"""Input policy: encodings, binary data, limits, HTML-free plain text, directories and unreadable files."""

import pytest

from summarize.errors import InputError, UsageError
from summarize.inputs import decode


def test_utf8_bom_is_dropped():
    assert decode("\ufeffKota".encode("utf-8"), "x").text == "Kota"


def test_invalid_utf8_is_replaced_with_a_warning(cli):
    data = "Kota itu besar. Harga naik ".encode("utf-8") + b"\xff\xfe" + " persen.".encode("utf-8")
    r = cli(["--engine", "rule", "--show", "translation"], stdin=data)
    assert r.code == 0
    assert "invalid UTF-8" in r.err and "--encoding" in r.err
    assert "\ufffd" in r.out or "�" in r.out


def test_other_encoding_by_flag(cli, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Kafé itu besar.".encode("latin-1"))
    r = cli(["translate", "--engine", "rule", "--encoding", "latin-1", "--file", str(path)])
    assert r.code == 0 and "Kafé" in r.out and r.err == ""


def test_binary_data_is_refused(cli):
    r = cli(["--engine", "rule"], stdin=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert r.code == 3 and "binary" in r.err


def test_max_chars_limit(cli):
    r = cli(["--engine", "rule", "--max-chars", "10"], stdin="Kota itu sangat besar sekali.")
    assert r.code == 3 and "--max-chars" in r.err


def test_unknown_encoding_is_usage_error():
    with pytest.raises(UsageError):
        decode(b"abc", "x", encoding="klingon")


def test_wrong_explicit_encoding_is_input_error():
    with pytest.raises(InputError):
        decode(b"\xff\xfe\xfa", "x", encoding="ascii")


def test_unreadable_file(cli, tmp_path, monkeypatch):
    import summarize.inputs

    path = tmp_path / "secret.txt"
    path.write_text("Kota.")

    def denied(*args, **kwargs):          # as root chmod 000 is still readable, so simulate the refusal
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(summarize.inputs, "open", denied, raising=False)
    r = cli(["--file", str(path)])
    assert r.code == 3 and "permission" in r.err


def test_directory_is_refused(cli, tmp_path):
    r = cli(["--file", str(tmp_path)])
    assert r.code == 3 and "directory" in r.err
