# sys.getdefaultencoding(), sys.getfilesystemencoding() and the streams'
# encoding: UTF-8, as on CPython under a UTF-8 locale.
import sys

print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.stdout.encoding, sys.stderr.encoding, sys.stdout.name)
print("ёлка".encode(sys.stdout.encoding), "Ёж".encode(sys.getdefaultencoding()).decode())
try:
    sys.getdefaultencoding(1)
except TypeError as e:
    print("TypeError:", e)
