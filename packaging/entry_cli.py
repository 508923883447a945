"""Entry point of the frozen zvdesk-cli program (console, built without Qt)."""

import sys

from zvdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
