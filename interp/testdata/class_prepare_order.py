# A metaclass's __prepare__ runs after the bases are evaluated and
# before the class body, as in CPython.
log = []

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, len(bases), sorted(kw)))
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, [k for k in ns if not k.startswith("__")]))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)

def base():
    log.append("bases")
    return object

class A(base(), metaclass=Meta, tag="x"):
    log.append("body")
    x = 1

    def method(self):
        return self.x

class B(A):
    log.append("body B")

for entry in log:
    print(entry)
print(B().method(), type(B).__name__)
