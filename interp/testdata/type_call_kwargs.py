# type(name, bases, dict, **kwargs) hands kwargs to __init_subclass__.
class B:
    def __init_subclass__(cls, k=0, **kw):
        super().__init_subclass__(**kw)
        cls.k = k
print(type("X", (B,), {}, k=5).k, type("Y", (B,), {}).k)
for a, kw in [(("X", (), {}), {"k": 1}), ((1,), {"k": 1}), (("X", (B,), {}), {"z": 1})]:
    try:
        type(*a, **kw)
    except TypeError as e:
        print(e)
