import atexit
import os
import sys

# When a command returns, every file is written and closed and the kernel is shut down, yet the
# interpreter would still spend 0.4-0.7 s tearing down pandas, nbconvert and WeasyPrint module
# by module. Registered first, this handler runs after every other exit handler (last in, first
# out) and ends the process there. Usage errors and uncaught exceptions exit the ordinary way.
_returned: int | None = None


def _exit_without_teardown() -> None:
    if _returned is not None:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_returned)


atexit.register(_exit_without_teardown)

from .cli import main  # noqa: E402  (imported after the handler is registered, so it runs last)

_returned = main()
sys.exit(_returned)
