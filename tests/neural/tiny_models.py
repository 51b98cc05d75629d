"""Tiny random-weight models built at test time, so the real loading, tokenising, fitting and generation code runs
without downloading anything. Seeded, so every run builds the same model."""

from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path


def train_spm(texts: list[Path], prefix: Path, vocab_size: int) -> Path:
    import sentencepiece as spm

    spm.SentencePieceTrainer.train(
        input=",".join(str(t) for t in texts), model_prefix=str(prefix), vocab_size=vocab_size,
        model_type="unigram", character_coverage=1.0, hard_vocab_limit=False, minloglevel=2,
        input_sentence_size=200_000, shuffle_input_sentence=True, seed_sentencepiece_size=200_000)
    return prefix.with_suffix(".model")


def marian_vocab(spm_model: Path) -> dict[str, int]:
    """The opus-mt vocab.json layout: </s> and <unk> first, the SentencePiece pieces, and <pad> last (CTranslate2's
    converter relies on that: it drops the final <pad> row)."""
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(spm_model))
    vocab = {"</s>": 0, "<unk>": 1}
    for i in range(sp.get_piece_size()):
        if not sp.is_control(i) and not sp.is_unknown(i):
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    vocab["<pad>"] = len(vocab)
    return vocab


def build_marian(directory: Path, texts: list[Path], *, vocab_size: int = 300, d_model: int = 16, layers: int = 1,
                 heads: int = 2, ffn: int = 32, max_positions: int = 64, seed: int = 0) -> Path:
    """A MarianMT directory in the opus-mt layout (source.spm, target.spm, vocab.json, safetensors)."""
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    directory.mkdir(parents=True, exist_ok=True)
    spm_model = train_spm(texts, directory.parent / f"{directory.name}-spm", vocab_size)
    vocab = marian_vocab(spm_model)
    (directory / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    shutil.copy(spm_model, directory / "source.spm")
    shutil.copy(spm_model, directory / "target.spm")
    with warnings.catch_warnings():  # "pip install sacremoses": optional, and not needed for these tests
        warnings.simplefilter("ignore")
        MarianTokenizer(source_spm=str(directory / "source.spm"), target_spm=str(directory / "target.spm"),
                        vocab=str(directory / "vocab.json"), model_max_length=max_positions).save_pretrained(directory)
    torch.manual_seed(seed)
    config = MarianConfig(
        vocab_size=len(vocab), d_model=d_model, encoder_layers=layers, decoder_layers=layers,
        encoder_attention_heads=heads, decoder_attention_heads=heads, encoder_ffn_dim=ffn, decoder_ffn_dim=ffn,
        max_position_embeddings=max_positions, pad_token_id=vocab["<pad>"], eos_token_id=0,
        decoder_start_token_id=vocab["<pad>"],
        forced_eos_token_id=0, init_std=0.3)
    MarianMTModel(config).save_pretrained(directory)
    return directory


def build_t5(directory: Path, texts: list[Path], *, multilingual: bool, vocab_size: int = 300,
             max_positions: int = 64, seed: int = 0) -> Path:
    """A T5 (English-style) or mT5 (multilingual) directory; its short window forces map-reduce summaries."""
    import sentencepiece as spm
    import torch
    from transformers import MT5Config, MT5ForConditionalGeneration, T5Config, T5ForConditionalGeneration
    from transformers import T5Tokenizer

    directory.mkdir(parents=True, exist_ok=True)
    sp = spm.SentencePieceProcessor(model_file=str(train_spm(texts, directory.parent / f"{directory.name}-spm",
                                                             vocab_size)))
    pieces = [(sp.id_to_piece(i), sp.get_score(i)) for i in range(sp.get_piece_size())]
    specials = [("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0)]
    vocab = specials + [p for p in pieces if p[0] not in ("<unk>", "<s>", "</s>")]
    tokenizer = T5Tokenizer(vocab=vocab, extra_ids=0, model_max_length=max_positions)
    tokenizer.save_pretrained(directory)
    config_cls, model_cls = (MT5Config, MT5ForConditionalGeneration) if multilingual else (
        T5Config, T5ForConditionalGeneration)
    torch.manual_seed(seed)
    config = config_cls(vocab_size=len(tokenizer), d_model=16, d_kv=8, d_ff=32, num_layers=1, num_decoder_layers=1,
                        num_heads=2, decoder_start_token_id=0, pad_token_id=0, eos_token_id=1)
    model_cls(config).save_pretrained(directory)
    return directory


def build_m2m100(directory: Path, texts: list[Path], *, vocab_size: int = 300, seed: int = 0) -> Path:
    """An M2M100 directory (language tokens __id__/__en__), to exercise the multilingual code path."""
    import sentencepiece as spm
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, M2M100Tokenizer

    directory.mkdir(parents=True, exist_ok=True)
    spm_model = train_spm(texts, directory.parent / f"{directory.name}-spm", vocab_size)
    sp = spm.SentencePieceProcessor(model_file=str(spm_model))
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for i in range(sp.get_piece_size()):
        if not sp.is_control(i) and not sp.is_unknown(i):
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    (directory / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    shutil.copy(spm_model, directory / "sentencepiece.bpe.model")
    M2M100Tokenizer(vocab_file=str(directory / "vocab.json"), spm_file=str(directory / "sentencepiece.bpe.model"),
                    model_max_length=64).save_pretrained(directory)
    torch.manual_seed(seed)
    config = M2M100Config(  # ids: the vocabulary, then 100 language tokens and 8 made-up words
        vocab_size=len(vocab) + 108, d_model=16, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=32, decoder_ffn_dim=32, max_position_embeddings=64,
        pad_token_id=1, bos_token_id=0, eos_token_id=2, decoder_start_token_id=2, init_std=0.3)
    M2M100ForConditionalGeneration(config).save_pretrained(directory)
    return directory


def build_language_coded(directory: Path, texts: list[Path], *, family: str, seed: int = 0) -> Path:
    """A tiny NLLB (M2M100 architecture, NllbTokenizer) or mBART-50 (MBart50Tokenizer) directory.

    The tokenizers are built from a SentencePiece model by transformers itself; what matters for these tests is
    the language-code plumbing (source code before the text, forced English first token), which is the part of
    the code that differs between the families.
    """
    import torch
    from transformers import (M2M100Config, M2M100ForConditionalGeneration, MBart50Tokenizer, MBartConfig,
                              MBartForConditionalGeneration, NllbTokenizer)

    directory.mkdir(parents=True, exist_ok=True)
    spm_model = train_spm(texts, directory.parent / f"{directory.name}-spm", 200)
    tokenizer_cls, config_cls, model_cls = {
        "nllb": (NllbTokenizer, M2M100Config, M2M100ForConditionalGeneration),
        "mbart50": (MBart50Tokenizer, MBartConfig, MBartForConditionalGeneration),
    }[family]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tokenizer = tokenizer_cls(vocab_file=str(spm_model), model_max_length=64)
    tokenizer.save_pretrained(directory)
    torch.manual_seed(seed)
    config = config_cls(
        vocab_size=len(tokenizer) + 8, d_model=16, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=32, decoder_ffn_dim=32, max_position_embeddings=64,
        pad_token_id=tokenizer.pad_token_id, bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.eos_token_id, init_std=0.3)
    model_cls(config).save_pretrained(directory)
    return directory
