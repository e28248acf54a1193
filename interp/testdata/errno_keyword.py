# errno's numbers and errorcode, os.strerror, OSError's subclass by errno,
# and the keyword module.
import errno
import keyword
import os

print(errno.ENOENT, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[errno.EWOULDBLOCK], len(errno.errorcode))
print(sorted(n for n in dir(errno) if n.startswith("EC")))
print(os.strerror(errno.ENOENT), "|", os.strerror(41), "|", os.strerror(errno.ECONNREFUSED))
e = OSError(errno.EACCES, "Permission denied", "x.txt")
print(type(e).__name__, e, e.errno, e.filename, e.strerror)
print(type(OSError(errno.ENOENT, "nope")).__name__, type(OSError(errno.EAGAIN, "again")).__name__, type(OSError(errno.ETIMEDOUT, "t")).__name__)
errno.errorcode[9999] = "EMINE"
print(errno.errorcode[9999])
print(len(keyword.kwlist), keyword.softkwlist, keyword.kwlist[:4])
print([w for w in "if match x None await _ print".split() if keyword.iskeyword(w)], keyword.issoftkeyword("match"), keyword.iskeyword("Print"))
