# open(): text and binary modes, with, iteration by line, read/readline/
# readlines/write/writelines/seek/tell, encodings and the errors.
import os
with open("files_open.tmp", "w") as f:
    print(f, type(f).__name__, f.write("héllo\nworld\r\nthird"))
with open("files_open.tmp") as f:
    for line in f:
        print(repr(line))
f = open("files_open.tmp", "rb")
print(f, f.read(3), f.tell(), f.read())
f.seek(0)
print(f.readline(), f.readlines())
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
with open("files_open.tmp", "a", encoding="utf-8") as f:
    f.writelines(["x\n", "y\n"])
    print(f)
print(open("files_open.tmp").read(7), open("files_open.tmp").readlines()[-2:])
for bad in [("nosuch.txt", "r"), ("files_open.tmp", "x"), (".", "r"), ("files_open.tmp", "rw"), ("files_open.tmp", "rbt"), ("files_open.tmp", "+")]:
    try:
        open(*bad)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e, getattr(e, "errno", None), getattr(e, "filename", None))
try:
    open("files_open.tmp", "rb", encoding="utf-8")
except ValueError as e:
    print(e)
try:
    open("files_open.tmp", encoding="nope")
except LookupError as e:
    print(e)
with open("files_open.tmp", "r") as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
with open("files_open.tmp", "w") as f:
    try:
        f.write(b"x")
    except TypeError as e:
        print(e)
with open("files_open.bin", "wb") as f:
    try:
        f.write("x")
    except TypeError as e:
        print(e)
    f.write(bytes([0, 255, 10]))
with open("files_open.bin", "r+b") as f:
    print(f, f.read(), f.seek(1), f.read(1), f.tell())
os.remove("files_open.bin")
os.remove("files_open.tmp")
