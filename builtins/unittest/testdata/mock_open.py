# mock_open: a patched open whose handles read read_data afresh at each
# open (read, readline, readlines, iteration), write, bytes data, a
# configured return value; the handle is its own context manager.
from unittest import mock
from unittest.mock import mock_open, patch, call


def first_line(path):
    with open(path, encoding="utf-8") as f:
        return f.readline().rstrip("\n")


def count_lines(path):
    with open(path) as f:
        return sum(1 for _ in f)


def save(path, text):
    with open(path, "w") as f:
        f.write(text)


m = mock_open(read_data="первая\nвторая\nтретья\n")
with patch("builtins.open", m):
    print(first_line("a.txt"), first_line("b.txt"), count_lines("c.txt"))
    with open("d.txt") as f:
        print(f.read(3), f.read(), repr(f.read()))
    with open("e.txt") as f:
        print(f.readlines())
print(m.call_args_list == [call("a.txt", encoding="utf-8"), call("b.txt", encoding="utf-8"), call("c.txt"), call("d.txt"), call("e.txt")])
m2 = mock_open()
with patch("builtins.open", m2):
    save("out.txt", "данные")
m2.assert_called_once_with("out.txt", "w")
m2().write.assert_called_once_with("данные")
print(m2.return_value is m2(), m2().__enter__() is m2())
mb = mock_open(read_data=b"\x00\x01")
with patch("builtins.open", mb):
    with open("x", "rb") as f:
        print(f.read())
m3 = mock_open(read_data="x")
m3.return_value.read.return_value = "override"
with patch("builtins.open", m3):
    print(open("y").read())
print(open is __builtins__.open if hasattr(__builtins__, "open") else "restored")
