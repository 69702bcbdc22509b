"""`python -m platform_constructs release ...` (see release_cli)."""
import sys

from .release_cli import main

sys.exit(main())
