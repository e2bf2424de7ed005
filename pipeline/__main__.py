"""`python -m pipeline` is the `competency-kb` command."""

import sys

from .cli import main

sys.exit(main())
