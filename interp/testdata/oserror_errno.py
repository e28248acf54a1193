# OSError(errno, strerror[, filename]) is the subclass CPython picks by
# errno (2: FileNotFoundError, 13: PermissionError...); a subclass of
# OSError, or an errno without a subclass, keeps its class.
for args in [(2, "нет файла"), (2, "нет", "a.txt"), (13, "доступ"), (1, "операция"), (17, "есть"),
             (20, "не папка"), (21, "папка"), (110, "время"), (111, "отказ"), (999, "x"), (2,), ("2", "x"), (True, "bool")]:
    e = OSError(*args)
    print(type(e).__name__, e, e.errno, isinstance(e, OSError))
try:
    raise OSError(2, "нет такого файла", "данные.txt")
except FileNotFoundError as e:
    print("поймали", type(e).__name__, e.filename, e.strerror)


class MyOS(OSError):
    pass


print(type(MyOS(2, "x")).__name__, type(IOError(2, "x")).__name__, type(EnvironmentError(13, "y")).__name__)
print(issubclass(type(OSError(111, "")), ConnectionError))
