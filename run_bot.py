"""Dateline's one entry point: `python run_bot.py` runs the bot (or, without a token, the console);
subcommands run the same features from a terminal (`python run_bot.py --help`)."""

import sys

from bot.cli import main

if __name__ == "__main__":
    sys.exit(main())
