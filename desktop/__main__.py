"""``python -m desktop`` behaves exactly like the ``pressdesk`` command."""

import multiprocessing
import sys

FREEZE_SUPPORT = True
"""A large contact import reads its file in a second process (contact_import_pipeline); in the
bundled app that process starts here and freeze_support runs it instead of the app."""

multiprocessing.freeze_support()

from desktop.cli import main  # noqa: E402

sys.exit(main())
