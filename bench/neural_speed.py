"""Neural translation speed: naive per-sentence generate vs our torch engine vs our CTranslate2 int8 engine.

No model is downloaded: the benchmark builds a random-weight MarianMT with the shape of Helsinki-NLP/opus-mt-id-en
(d_model 512, 6+6 layers, 8 heads, FFN 2048, 54,796-token vocabulary) whose SentencePiece models are trained on
the news text itself (the vocabulary is padded to the real size, so the embedding and output layers cost what
they cost in the real model). Random weights say nothing about quality, only about speed, so every engine is
forced to write the same number of tokens per sentence (min = max new tokens) and the guard is off.

Each engine runs in its own process so that its peak RSS is its own.

    PYTHONPATH=. python bench/neural_speed.py [--lines 1000] [--tokens 32] [--work /tmp/summarize-bench]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "news-mt" / "dev.id"
OPUS_MT_ID_EN = {"vocab_size": 54796, "d_model": 512, "layers": 6, "heads": 8, "ffn": 2048, "max_positions": 512}
ENGINES = ("naive", "torch", "ct2-int8")


def build(work: Path) -> tuple[Path, Path]:
    """The random opus-mt-shaped model and its CTranslate2 int8 conversion (built once, then reused)."""
    model, converted = work / "opus-mt-shape", work / "opus-mt-shape-ct2-int8"
    if not (model / "model.safetensors").is_file():
        build_model(model, [DATA, DATA.with_suffix(".en")])
    if not (converted / "model.bin").is_file():
        from summarize.neural_models import convert

        convert(str(model), str(converted), quantization="int8")
    return model, converted


def build_model(directory: Path, texts: list[Path]) -> None:
    import shutil

    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    sys.path.insert(0, str(ROOT))
    from tests.neural.tiny_models import marian_vocab, train_spm

    shape = OPUS_MT_ID_EN
    directory.mkdir(parents=True, exist_ok=True)
    spm_model = train_spm(texts, directory.parent / "news-spm", 8000)
    vocab = marian_vocab(spm_model)
    pad = vocab.pop("<pad>")
    assert pad == len(vocab)
    for i in range(shape["vocab_size"] - len(vocab) - 1):  # filler rows up to the real vocabulary size
        vocab[f"▁<unused{i}>"] = len(vocab)
    vocab["<pad>"] = len(vocab)
    (directory / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    shutil.copy(spm_model, directory / "source.spm")
    shutil.copy(spm_model, directory / "target.spm")
    MarianTokenizer(source_spm=str(directory / "source.spm"), target_spm=str(directory / "target.spm"),
                    vocab=str(directory / "vocab.json"), model_max_length=shape["max_positions"]
                    ).save_pretrained(directory)
    torch.manual_seed(0)
    config = MarianConfig(
        vocab_size=len(vocab), d_model=shape["d_model"], encoder_layers=shape["layers"],
        decoder_layers=shape["layers"], encoder_attention_heads=shape["heads"],
        decoder_attention_heads=shape["heads"], encoder_ffn_dim=shape["ffn"], decoder_ffn_dim=shape["ffn"],
        max_position_embeddings=shape["max_positions"], pad_token_id=vocab["<pad>"], eos_token_id=0,
        decoder_start_token_id=vocab["<pad>"], forced_eos_token_id=0, activation_function="swish",
        scale_embedding=True, share_encoder_decoder_embeddings=True)
    MarianMTModel(config).save_pretrained(directory)


def run_engine(engine: str, model: Path, converted: Path, lines: list[str], tokens: int, threads: int) -> dict:
    """Translate `lines` with one engine in this process; returns speed, memory and output lengths."""
    started = time.perf_counter()
    if engine == "naive":
        translate = naive(model, tokens, threads)
    elif engine == "torch":
        import torch

        from summarize.translate.hf import NeuralTranslator

        torch.set_num_threads(threads)
        translate = NeuralTranslator(str(model), device="cpu", guard=False, max_new_tokens=tokens,
                                     min_new_tokens=tokens).translate
    else:
        from summarize.translate.ct2 import CT2Translator

        translate = CT2Translator(str(converted), device="cpu", guard=False, max_new_tokens=tokens,
                                  min_new_tokens=tokens, threads=threads).translate
    loaded = time.perf_counter()
    outputs = translate(lines)
    done = time.perf_counter()
    return {"engine": engine, "sentences": len(lines), "load_s": round(loaded - started, 2),
            "translate_s": round(done - loaded, 2), "sentences_per_s": round(len(lines) / (done - loaded), 2),
            "peak_rss_mb": peak_rss_mb(),
            "empty_outputs": sum(1 for o in outputs if not o.strip())}


def peak_rss_mb() -> float:
    """VmHWM, the peak RSS of this process image (getrusage's ru_maxrss survives fork+exec from the parent)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError("no VmHWM in /proc/self/status (Linux only)")


def naive(model: Path, tokens: int, threads: int):
    """What transformers' translation pipeline did (transformers 5 dropped the task): one generate per sentence."""
    import torch
    from transformers import AutoTokenizer, MarianMTModel

    torch.set_num_threads(threads)
    tokenizer = AutoTokenizer.from_pretrained(str(model), local_files_only=True)
    net = MarianMTModel.from_pretrained(str(model), local_files_only=True).eval()

    def translate(lines: list[str]) -> list[str]:
        outputs = []
        with torch.no_grad():
            for line in lines:
                out = net.generate(**tokenizer([line], return_tensors="pt", truncation=True), num_beams=1,
                                   do_sample=False, min_new_tokens=tokens, max_new_tokens=tokens)
                outputs.append(tokenizer.decode(out[0], skip_special_tokens=True))
        return outputs

    return translate


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--lines", type=int, default=1000)
    p.add_argument("--naive-lines", type=int, help="fewer lines for the (slow) naive baseline; its rate is per line")
    p.add_argument("--tokens", type=int, default=32, help="new tokens forced per sentence (default 32)")
    p.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    p.add_argument("--work", type=Path, default=Path("/tmp/summarize-bench"))
    p.add_argument("--engines", default=",".join(ENGINES))
    p.add_argument("--one", choices=ENGINES, help=argparse.SUPPRESS)  # the child process: run one engine
    args = p.parse_args()
    os.environ["HF_HUB_OFFLINE"] = "1"
    lines = DATA.read_text(encoding="utf-8").splitlines()[:args.lines]
    model, converted = build(args.work)
    if args.one:
        print(json.dumps(run_engine(args.one, model, converted, lines, args.tokens, args.threads)))
        return 0
    results = []
    for engine in args.engines.split(","):
        count = args.naive_lines if engine == "naive" and args.naive_lines else args.lines
        child = subprocess.run([sys.executable, __file__, "--one", engine, "--lines", str(count),
                                "--tokens", str(args.tokens), "--threads", str(args.threads), "--work",
                                str(args.work)], capture_output=True, text=True, check=True)
        results.append(json.loads(child.stdout.strip().splitlines()[-1]))
        print(json.dumps(results[-1]), flush=True)
    base = next((r["sentences_per_s"] for r in results if r["engine"] == "naive"), None)
    for r in results:
        speedup = f"{r['sentences_per_s'] / base:.1f}x" if base else "-"
        print(f"{r['engine']:9} {r['sentences_per_s']:8.2f} sent/s  {speedup:>6}  peak RSS {r['peak_rss_mb']:7.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
