"""What each command does with its parsed arguments: read input, run the pipeline, render, write."""

from __future__ import annotations

import argparse
import json
import sys

from .errors import InputError, UsageError
from .inputs import read_text
from .pipeline import Options, Pipeline
from .text.normalise import normalise
from .text.segment import segment


def options_from(args: argparse.Namespace) -> Options:
    return Options(
        engine=args.engine,
        short=getattr(args, "short", None),
        long=getattr(args, "long", None),
        source_lang=getattr(args, "source_lang", "auto"),
        translation_model=getattr(args, "translation_model", None),
        summary_model=getattr(args, "summary_model", None),
        device=args.device,
        beams=args.beams,
        prompt_dir=getattr(args, "prompt_dir", None),
    )


def warn(message: str) -> None:
    print(f"summarize: {message}", file=sys.stderr)


def announce_fallback(pipeline: Pipeline, engine_flag: str) -> None:
    if pipeline.engine.fallback_reason and engine_flag == "auto":
        # Only the summary model may have failed (neural translation still runs): say so, not "rule engine".
        what = "the rule engine" if pipeline.engine.translation == "rule" else "extractive summaries"
        warn(f"using {what}: {pipeline.engine.fallback_reason}")


def run_main(args: argparse.Namespace) -> int:
    from .render import json as render_json
    from .render import markdown as render_markdown

    if args.version:
        from . import __version__
        print(f"summarize {__version__}")
        return 0
    source = read_text(args.file, encoding=args.encoding, max_chars=args.max_chars)
    for w in source.warnings:
        warn(w)
    pipeline = Pipeline(options_from(args))
    announce_fallback(pipeline, args.engine)
    report = pipeline.run(source.text)
    out = sys.stdout
    if args.format == "json":
        out.write(render_json.render(report))
    elif args.format == "markdown":
        out.write(render_markdown.render(report, show=args.show, side_by_side=args.side_by_side))
    else:
        from .render import side_by_side, text

        con = text.console(out, wrap=args.side_by_side or out.isatty())
        (side_by_side if args.side_by_side else text).render(report, con, show=args.show)
    out.flush()
    return 0


def run_translate(args: argparse.Namespace) -> int:
    source = read_text(args.file, encoding=args.encoding, max_chars=args.max_chars)
    for w in source.warnings:
        warn(w)
    pipeline = Pipeline(options_from(args))
    announce_fallback(pipeline, args.engine)
    translator = pipeline.translator
    out = sys.stdout
    if args.lines:
        lines = source.text.split("\n")
        if lines and lines[-1] == "" and source.text.endswith("\n"):
            lines.pop()
        results = []
        for line in lines:
            clean = normalise(line)
            if not clean:
                results.append("")
                continue
            sents = [s.text for s in segment(clean, normalised=True).sentences]
            results.append(" ".join(translator.translate(sents)))
        if args.format == "json":
            out.write(json.dumps({"engine": pipeline.engine.to_dict(), "lines": results}, ensure_ascii=False) + "\n")
        else:
            out.write("".join(r + "\n" for r in results))
        return 0
    clean = normalise(source.text)
    if not clean:
        raise InputError("no text to translate: the input is empty or whitespace only")
    doc = segment(clean, normalised=True)
    translations = translator.translate([s.text for s in doc.sentences])
    if args.format == "json":
        sents = [{"source": s.text, "translation": t, "paragraph": s.paragraph}
                 for s, t in zip(doc.sentences, translations)]
        out.write(json.dumps({"engine": pipeline.engine.to_dict(), "sentences": sents}, ensure_ascii=False,
                             indent=2) + "\n")
        return 0
    paras: list[list[str]] = []
    last = None
    for s, t in zip(doc.sentences, translations):
        if s.paragraph != last:
            paras.append([])
            last = s.paragraph
        paras[-1].append(t)
    out.write("\n\n".join(" ".join(p) for p in paras) + "\n")
    return 0


def run_batch(args: argparse.Namespace) -> int:
    from .batch import run_batch as batch

    return batch(args, options_from(args))


def run_models(args: argparse.Namespace) -> int:
    from . import models

    return models.command(args)


def run_eval(args: argparse.Namespace) -> int:
    from . import evaluate

    return evaluate.command(args)


COMMANDS = {"main": run_main, "translate": run_translate, "batch": run_batch, "models": run_models,
            "eval": run_eval}
