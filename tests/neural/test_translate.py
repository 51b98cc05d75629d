"""The torch translator on a tiny random-weight Marian model: batching is invisible, nothing is truncated,
and every source sentence gets exactly one translation."""

from __future__ import annotations

import pytest
import torch

from summarize.text.segment import segment
from summarize.translate import chunks

from .conftest import SEED


def seed_sentences() -> list[str]:
    return [s.text for s in segment(SEED.read_text(encoding="utf-8")).sentences]


def short_inputs(translator) -> list[str]:
    """Seed sentences and clauses that fit the window, of many different lengths (so sorting reorders them)."""
    pieces = seed_sentences() + [c for s in seed_sentences() for c in chunks.CLAUSE_BREAK.split(s)]
    fitting = [p for p in dict.fromkeys(pieces) if translator.count_tokens(p) <= translator.limit]
    return fitting[::3]  # every third keeps the lengths varied and the plain per-sentence loop quick


def test_batched_sorted_translation_equals_plain_generate_per_sentence(marian):
    inputs = short_inputs(marian)
    assert len(inputs) > 8 and len({marian.count_tokens(p) for p in inputs}) > 5
    ours = marian.translate(inputs)
    tok, net = marian.tokenizer, marian.net
    plain = []
    for text in inputs:
        with torch.no_grad():
            out = net.generate(**tok([text], return_tensors="pt"), num_beams=1, do_sample=False, max_new_tokens=24)
        plain.append(tok.decode(out[0], skip_special_tokens=True).strip())
    assert ours == plain


def test_every_sentence_gets_one_translation_in_order(marian):
    sentences = seed_sentences()[:4]
    assert marian.translate(sentences) == [marian.translate([s])[0] for s in sentences]
    assert marian.translate(["", "Kota itu besar.", "  "])[0::2] == ["", ""]


def test_long_sentences_are_split_to_fit_not_truncated(marian, monkeypatch):
    long_with_commas = ", ".join(seed_sentences()).replace(".", "")
    no_commas = " ".join(["pembangunan kota cerdas di Indonesia"] * 30)
    seen: list[str] = []
    real = marian.generate

    def spy(texts, *, beams, safe):
        seen.extend(texts)
        return real(texts, beams=beams, safe=safe)

    monkeypatch.setattr(marian, "generate", spy)
    out = marian.translate([long_with_commas, no_commas, "Amran hadir."])
    assert len(out) == 3 and all(out)
    assert all(marian.count_tokens(t) <= marian.limit for t in seen)
    assert len(seen) > 4  # both long sentences needed several pieces
    # Nothing was dropped: the pieces cover every word of the input (they reach the model sorted by length).
    words = (long_with_commas + " " + no_commas + " Amran hadir.").split()
    assert sorted(" ".join(seen).split()) == sorted(words)


def test_guard_retries_looping_output_and_reports_it(marian_dir):
    from summarize.translate.hf import NeuralTranslator

    guarded = NeuralTranslator(str(marian_dir), device="cpu", max_new_tokens=24)
    assert guarded.guard and guarded.retries == []
    out = guarded.translate(["Delegasi Indonesia menghadiri World Smart City Expo pada 2-6 September 2024."])
    info = guarded.describe()
    assert len(out) == 1
    # A random model loops or loses the numbers, so the guard must have retried with safe decoding.
    assert info["retries"] == 1 and info["retry_reasons"]
    assert info["model_type"] == "marian" and info["device"] == "cpu" and info["input_limit"] == 60


def test_safe_settings_cannot_loop(marian):
    greedy = marian.generation_settings(beams=1, safe=False)
    safe = marian.generation_settings(beams=4, safe=True)
    assert greedy == {"num_beams": 1, "do_sample": False, "max_new_tokens": 24}
    assert safe["num_beams"] == 4 and safe["no_repeat_ngram_size"] == 3 and safe["repetition_penalty"] > 1


def test_m2m100_reads_indonesian_and_is_forced_to_write_english(tmp_path):
    from summarize.translate.hf import NeuralTranslator

    from .tiny_models import build_m2m100

    directory = build_m2m100(tmp_path / "tiny-m2m100", [SEED])
    tr = NeuralTranslator(str(directory), device="cpu", guard=False, max_new_tokens=12)
    assert tr.tokenizer.src_lang == "id"
    assert tr.forced_bos == tr.tokenizer.convert_tokens_to_ids("__en__")
    assert tr.tokenizer("Kota").input_ids[0] == tr.tokenizer.convert_tokens_to_ids("__id__")
    out = tr.translate(["Kota itu besar.", "Amran hadir pada 2024."])
    assert len(out) == 2 and not any("__en__" in o for o in out)
    encoded = tr.tokenizer(["Kota itu besar."], return_tensors="pt")
    first = tr.net.generate(**encoded, **tr.generation_settings(beams=1, safe=False))[0]
    assert first[1].item() == tr.forced_bos


@pytest.mark.parametrize("family,source,target", [("nllb", "ind_Latn", "eng_Latn"), ("mbart50", "id_ID", "en_XX")])
def test_nllb_and_mbart50_language_codes(tmp_path, family, source, target):
    from summarize.translate.hf import NeuralTranslator

    from .tiny_models import build_language_coded

    directory = build_language_coded(tmp_path / f"tiny-{family}", [SEED], family=family)
    tr = NeuralTranslator(str(directory), device="cpu", guard=False, max_new_tokens=8)
    assert tr.tokenizer.src_lang == source
    assert tr.forced_bos == tr.tokenizer.convert_tokens_to_ids(target) != tr.tokenizer.unk_token_id
    assert tr.tokenizer.convert_tokens_to_ids(source) in tr.tokenizer("Kota itu besar.").input_ids
    out = tr.translate(["Kota itu besar.", "Amran hadir pada 2024.", "Pemerintah Indonesia."])
    assert len(out) == 3 and not any(target in o for o in out)
    encoded = tr.tokenizer(["Kota itu besar."], return_tensors="pt")
    first = tr.net.generate(**encoded, **tr.generation_settings(beams=1, safe=False))[0]
    assert first[1].item() == tr.forced_bos
