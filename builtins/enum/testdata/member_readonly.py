import enum
class C(enum.Enum):
    A = 1
for f in [lambda: setattr(C.A, 'name', 'x'), lambda: setattr(C.A, 'value', 2), lambda: delattr(C.A, 'value'), lambda: setattr(C.A, 'other', 1), lambda: delattr(C, 'A'), lambda: setattr(C, 'A', 3)]:
    try: f(); print('ok', C.A.other)
    except Exception as e: print(type(e).__name__, e)
print(C.A.name, C.A.value)
class I(enum.IntEnum):
    A = 1
class F(enum.Flag):
    A = 1
for m in (I.A, F.A):
    try:
        m.value = 3
    except AttributeError as e:
        print(e)
