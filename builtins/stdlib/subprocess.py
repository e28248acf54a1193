"""spindle's subprocess: spindle is hermetic and starts no processes.
The module imports, so that code which only sometimes runs a process
loads; every call that would start one raises OSError saying so."""

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        SubprocessError.__init__(self, returncode, cmd)
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        SubprocessError.__init__(self, cmd, timeout)
        self.cmd = cmd
        self.timeout = timeout


def _refuse(*args, **kwargs):
    raise OSError("spindle does not start processes")


Popen = _refuse
run = _refuse
call = _refuse
check_call = _refuse
check_output = _refuse
