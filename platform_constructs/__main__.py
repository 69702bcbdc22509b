"""`python -m platform_constructs release ...` (see release_cli) and `... validate DIR` (see validate)."""
import sys

if sys.argv[1:2] == ["validate"]:
    from .validate import main as validate

    sys.exit(validate(sys.argv[2:]))

from .release_cli import main  # noqa: E402

sys.exit(main())
