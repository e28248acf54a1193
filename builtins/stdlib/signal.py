"""spindle's signal: the signal numbers and a table of handlers that
signal() and getsignal() keep. spindle delivers no signals to handlers
(Ctrl-C raises KeyboardInterrupt in the main thread, as in CPython)."""

SIGINT = 2
SIGTERM = 15
SIGALRM = 14
SIGUSR1 = 10
SIGUSR2 = 12
NSIG = 65
SIG_DFL = 0
SIG_IGN = 1


def default_int_handler(signalnum, frame):
    raise KeyboardInterrupt()


_handlers = {SIGINT: default_int_handler, SIGTERM: SIG_DFL}


def _check(signalnum):
    if type(signalnum) != int:
        raise TypeError("an integer is required (got type %s)" % type(signalnum).__name__)
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError("signal number out of range")


def signal(signalnum, handler):
    _check(signalnum)
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    old = _handlers.get(signalnum, SIG_DFL)
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum):
    _check(signalnum)
    return _handlers.get(signalnum, SIG_DFL)
