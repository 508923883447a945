"""Entry point of the frozen ZVDesk program (windowed): the app, and its subcommands."""

import sys

from zvdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
