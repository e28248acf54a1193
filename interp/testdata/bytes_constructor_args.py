# bytes(source, encoding, errors): a str (or str subclass) encoded by the codec
# named, with CPython's errors for other arguments.
print(bytes("ж", "utf-8"), bytes("ж", encoding="utf-8"))
class S(str): pass
print(bytes(S("ё"), "utf-8"))
try:
  bytes([1], "utf-8")
except TypeError as e: print(e)
try:
  bytes(errors="strict")
except TypeError as e: print(e)
print(bytes("ж", "cp1251"), bytes("ж", "ascii", "replace"), "ж".encode("cp1251"))
try:
  bytes("ж", "nope")
except LookupError as e: print(e)
try:
  bytes("ж", "ascii")
except UnicodeEncodeError as e: print(e)
try:
  bytes("ж", 5)
except TypeError as e: print(e)
