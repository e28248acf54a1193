# A compiled pattern's repr names its flags, as CPython's does.
import re

print(re.compile("a"), re.compile("a", re.U), re.compile(r"\d+", re.I))
print(re.compile("a", re.I | re.M | re.S | re.X | re.A))
print(re.compile("x", re.MULTILINE | re.UNICODE), re.compile("x", re.DOTALL | re.VERBOSE))
print([re.compile("k", re.ASCII)], {"p": re.compile("ы", re.IGNORECASE)})
