# The signal module's Python half, as CPython's signal.py: the Signals
# and Handlers enumerations over the native functions (the _names).
import enum as _enum

Signals = _enum.IntEnum("Signals", _names, module="signal")
Handlers = _enum.IntEnum("Handlers", [("SIG_DFL", 0), ("SIG_IGN", 1)], module="signal")

SIGHUP = Signals.SIGHUP
SIGINT = Signals.SIGINT
SIGQUIT = Signals.SIGQUIT
SIGILL = Signals.SIGILL
SIGTRAP = Signals.SIGTRAP
SIGABRT = Signals.SIGABRT
SIGIOT = Signals.SIGIOT
SIGBUS = Signals.SIGBUS
SIGFPE = Signals.SIGFPE
SIGKILL = Signals.SIGKILL
SIGUSR1 = Signals.SIGUSR1
SIGSEGV = Signals.SIGSEGV
SIGUSR2 = Signals.SIGUSR2
SIGPIPE = Signals.SIGPIPE
SIGALRM = Signals.SIGALRM
SIGTERM = Signals.SIGTERM
SIGSTKFLT = Signals.SIGSTKFLT
SIGCHLD = Signals.SIGCHLD
SIGCLD = Signals.SIGCLD
SIGCONT = Signals.SIGCONT
SIGSTOP = Signals.SIGSTOP
SIGTSTP = Signals.SIGTSTP
SIGTTIN = Signals.SIGTTIN
SIGTTOU = Signals.SIGTTOU
SIGURG = Signals.SIGURG
SIGXCPU = Signals.SIGXCPU
SIGXFSZ = Signals.SIGXFSZ
SIGVTALRM = Signals.SIGVTALRM
SIGPROF = Signals.SIGPROF
SIGWINCH = Signals.SIGWINCH
SIGIO = Signals.SIGIO
SIGPOLL = Signals.SIGPOLL
SIGPWR = Signals.SIGPWR
SIGSYS = Signals.SIGSYS
SIGRTMIN = Signals.SIGRTMIN
SIGRTMAX = Signals.SIGRTMAX
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
NSIG = _NSIG
default_int_handler = _default_int_handler
raise_signal = _raise_signal
strsignal = _strsignal
alarm = _alarm
setitimer = _setitimer
getitimer = _getitimer
pthread_kill = _pthread_kill
ItimerError = _ItimerError
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    return _int_to_enum(_getsignal(signalnum), Handlers)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _valid_signals()}
