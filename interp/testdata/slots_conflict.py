# A name both declared in __slots__ and bound in the class body is
# CPython's ValueError when the class is created.
for slots in [("value",), "value", ["a", "value"]]:
    try:
        class Conflict:
            __slots__ = slots
            value = 10
        print("ok")
    except ValueError as e:
        print("ValueError:", e)
class Fine:
    __slots__ = ("x",)
    y = 1
class Method:
    __slots__ = ("run",)
    try:
        pass
    finally:
        pass
print(Fine.y)
try:
    class M2:
        __slots__ = ("run",)
        def run(self): pass
except ValueError as e:
    print("ValueError:", e)
