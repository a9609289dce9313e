"""`python -m reader`: the command-line interface."""

import sys

from reader.cli import main

sys.exit(main())
