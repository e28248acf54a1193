# sys's facts: float_info, hexversion, maxunicode, byteorder; intern, is_finalizing, exception.
import sys
print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info[0], sys.float_info.dig, len(sys.float_info), type(sys.float_info).__name__)
print(sys.version_info, sys.version_info >= (3, 8), sys.version_info.major)
print(sys.hexversion, hex(sys.hexversion), sys.maxunicode, sys.float_repr_style, sys.byteorder)
try:
    raise KeyError(1)
except KeyError:
    print(repr(sys.exception()), sys.exception() is sys.exc_info()[1])
print(sys.exception())
print(sys.intern('ab'), sys.is_finalizing())
for bad in [lambda: sys.intern(1), lambda: sys.is_finalizing(1), lambda: sys.exception(2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
