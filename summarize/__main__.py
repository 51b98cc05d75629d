"""Entry point: `main(argv) -> exit code`. Maps every expected error to one stderr line and its exit code."""

from __future__ import annotations

import os
import sys

from .errors import SummarizeError


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    try:
        from . import cli, commands

        command, args = cli.parse(args_list)
        return commands.COMMANDS[command](args)
    except SummarizeError as exc:
        if debug:
            raise
        print(f"summarize: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except SystemExit as exc:            # --help / --version from argparse
        return exc.code if isinstance(exc.code, int) else 0
    except KeyboardInterrupt:
        print("summarize: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`summarize ... | head -1`): stop quietly, and keep Python's exit-time flush of
        # stdout from raising again.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError:
            pass
        return 0


if __name__ == "__main__":
    sys.exit(main())
