# os.path string functions with posixpath edge cases, and os functions on
# files and directories with their OSErrors.
import os, os.path
from os.path import join
P = os.path
for a in [("a", "b"), ("a/", "b"), ("a", "/b", "c"), ("", "x"), ("a", ""), ("/",)]:
    print(join(*a))
for p in ["a/b/c.txt", "a/b/", "/", "//x", "x", ".bashrc", "a.tar.gz", "a/.b", "a/b.", "...x", "", "a//b///c", "/../x/./y/..", "../a/../../b", "//a//b"]:
    print(repr(p), P.split(p), P.basename(p), P.dirname(p), P.splitext(p), P.normpath(p), P.isabs(p))
print(P.abspath("x/../y") == os.getcwd() + "/y")
os.makedirs("files_os_d1/d2/d3", exist_ok=True)
os.makedirs("files_os_d1/d2/d3", exist_ok=True)
try:
    os.makedirs("files_os_d1/d2")
except FileExistsError as e:
    print(e)
with open("files_os_d1/d2/f.txt", "w") as f:
    f.write("12345")
print(sorted(os.listdir("files_os_d1/d2")), P.exists("files_os_d1"), P.isdir("files_os_d1"), P.isfile("files_os_d1"), P.isfile("files_os_d1/d2/f.txt"), P.getsize("files_os_d1/d2/f.txt"))
for fn, arg in [(os.remove, "files_os_d1"), (os.rmdir, "files_os_d1/d2/f.txt"), (os.rmdir, "files_os_d1"), (os.remove, "nope"), (os.listdir, "nope"), (os.mkdir, "files_os_d1")]:
    try:
        fn(arg)
    except OSError as e:
        print(type(e).__name__, e)
os.rename("files_os_d1/d2/f.txt", "files_os_d1/g.txt")
os.remove("files_os_d1/g.txt")
os.rmdir("files_os_d1/d2/d3"); os.rmdir("files_os_d1/d2"); os.rmdir("files_os_d1")
print(P.exists("files_os_d1"), P.sep, os.path is P)
print(type(P).__name__, P.__name__)
