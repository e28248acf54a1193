# Properties of user exception classes run their getter and setter, and
# an OSError subclass's __init__ can set filename, errno and strerror.
class NetError(OSError):
    def __init__(self, reason, filename=None):
        self.args = (reason,)
        self._reason = reason
        if filename is not None:
            self.filename = filename

    @property
    def reason(self):
        return 'reason: ' + self._reason

    @reason.setter
    def reason(self, v):
        self._reason = v.upper()

    @property
    def fixed(self):
        return 42


e = NetError('timeout', 'http://x')
print(e.reason, e.filename, e.errno, e.strerror, e.args)
e.reason = 'refused'
print(e.reason, e.fixed)
try:
    e.fixed = 1
except AttributeError as err:
    print('AttributeError:', err)


class Sub(NetError):
    pass


s = Sub('dns')
print(s.reason, s.filename)
o = OSError(2, 'No such file', 'f.txt')
o.filename = 'g.txt'
print(o.filename, o)
o = OSError(2, 'No such file')
print(o)
o.filename = 'h.txt'
print(o)
