"""``python -m desktop`` behaves exactly like the ``pressdesk`` command."""

import sys

from desktop.cli import main

sys.exit(main())
