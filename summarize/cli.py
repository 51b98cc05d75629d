"""Argument parsing only: argv -> (command, argparse.Namespace). No NLP, no I/O here."""

from __future__ import annotations

import argparse

from .errors import UsageError
from .inputs import DEFAULT_MAX_CHARS
from .pipeline import ENGINES
from .render import FORMATS, SECTIONS

COMMANDS = ("translate", "batch", "models", "eval")

EPILOG = """\
commands:
  summarize [options]            the main job: translation + short and long summaries (this page)
  summarize translate [...]      translation only; --lines keeps one output line per input line
  summarize batch IN.jsonl [...] one JSON record per {"id", "text"} input record
  summarize models list|check|convert   local neural models, whether they load, CTranslate2 conversion
  summarize eval mt|rouge [...]  BLEU/chrF or ROUGE of a hypothesis file against references

exit codes: 0 ok, 2 usage error, 3 bad input, 4 model problem, 130 interrupted.
Run 'summarize COMMAND --help' for a command's options.
"""


class Parser(argparse.ArgumentParser):
    """argparse that raises UsageError (one line, exit 2) instead of printing usage and exiting."""

    def error(self, message: str):
        raise UsageError(message)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _sections(text: str) -> tuple[str, ...]:
    parts = tuple(p.strip() for p in text.split(",") if p.strip())
    bad = [p for p in parts if p not in SECTIONS]
    if bad or not parts:
        raise argparse.ArgumentTypeError(f"choose from {','.join(SECTIONS)} (got {text!r})")
    return tuple(s for s in SECTIONS if s in parts)        # always shown in the canonical order


def _common(p: argparse.ArgumentParser, *, file_flag: bool = True) -> None:
    if file_flag:
        p.add_argument("--file", "-f", metavar="PATH", help="read this file ('-' = stdin; default: stdin)")
    p.add_argument("--engine", choices=ENGINES, default="auto",
                   help="auto (default): neural models if configured and loadable, else the rule engine")
    p.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8; invalid bytes are replaced "
                   "with a warning)")
    p.add_argument("--max-chars", type=_positive, default=DEFAULT_MAX_CHARS, metavar="N",
                   help=f"refuse inputs longer than N characters (default {DEFAULT_MAX_CHARS:,})")
    p.add_argument("--translation-model", metavar="DIR_OR_ID", help="local translation model (neural engine)")
    p.add_argument("--device", choices=("cpu", "cuda", "auto"), default="auto", help="device for neural models")
    p.add_argument("--beams", type=_positive, default=1, metavar="N",
                   help="beam size for neural translation (default 1: greedy, fastest)")
    p.add_argument("--debug", action="store_true", help="show tracebacks for errors")


def _summary_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--short", type=_positive, metavar="N", help="exactly N sentences in the short summary (default: 2 to 5, chosen per text)")
    p.add_argument("--long", type=_positive, metavar="N",
                   help="sentences in the long summary (default: about 30%% of the text, 4 to 6)")
    p.add_argument("--source-lang", choices=("auto", "id", "en"), default="auto",
                   help="input language (default: detected)")
    p.add_argument("--summary-model", metavar="DIR_OR_ID", help="local summarisation model (neural engine)")
    p.add_argument("--prompt-dir", metavar="DIR", help="prompt templates that replace the shipped prompts/ files")


def main_parser() -> Parser:
    p = Parser(
        prog="summarize",
        description="Translate Indonesian text (a news article) to English and summarise it, offline.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _common(p)
    _summary_flags(p)
    p.add_argument("--side-by-side", action="store_true", help="sentence-aligned Indonesian | English columns")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format (default text)")
    p.add_argument("--show", type=_sections, default=SECTIONS, metavar="LIST",
                   help="sections to show, comma-separated: short,long,translation (default: all)")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    return p


def translate_parser() -> Parser:
    p = Parser(prog="summarize translate", description="Translate Indonesian text to English.")
    _common(p)
    p.add_argument("--lines", action="store_true",
                   help="translate each line on its own: exactly one output line per input line")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    return p


def batch_parser() -> Parser:
    p = Parser(prog="summarize batch",
               description='Run the main job on every JSONL record {"id": ..., "text": ...}; one output record each.')
    p.add_argument("input", metavar="INPUT.jsonl", help="input records ('-' = stdin)")
    p.add_argument("--output", "-o", metavar="OUT.jsonl", help="write records here (default: stdout)")
    p.add_argument("--resume", action="store_true", help="skip ids already in --output (a torn last line is redone)")
    p.add_argument("--workers", type=_positive, default=1, metavar="N", help="worker processes (default 1)")
    _common(p, file_flag=False)
    _summary_flags(p)
    return p


def models_parser() -> Parser:
    p = Parser(prog="summarize models",
               description="Find local seq2seq models, check that they load, or convert one for CTranslate2.")
    p.add_argument("action", choices=("list", "check", "convert"))
    p.add_argument("name", nargs="?", help="model directory or id (check; convert: the source)")
    p.add_argument("destination", nargs="?", help="convert: the new CTranslate2 directory")
    p.add_argument("--quantization", default="int8", help="convert: int8 (default), int16, float16, float32 ...")
    p.add_argument("--device", choices=("cpu", "cuda", "auto"), default="auto", help="check: device to load on")
    p.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    return p


def eval_parser() -> Parser:
    p = Parser(prog="summarize eval",
               description="Score a hypothesis file against references: mt (BLEU/chrF, sacrebleu) or rouge "
                           "(ROUGE-1/2/L F1, rouge-score). Needs: pip install 'summarize[bench]'.")
    p.add_argument("metric", choices=("mt", "rouge"))
    p.add_argument("hypothesis", help="one segment per line")
    p.add_argument("reference", help="one segment per line, aligned with the hypothesis")
    p.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    return p


PARSERS = {"translate": translate_parser, "batch": batch_parser, "models": models_parser, "eval": eval_parser}


def parse(argv: list[str]) -> tuple[str, argparse.Namespace]:
    """Split off a subcommand (if any) and parse the rest."""
    if argv and argv[0] in COMMANDS:
        return argv[0], PARSERS[argv[0]]().parse_args(argv[1:])
    return "main", main_parser().parse_args(argv)
