# types.SimpleNamespace, the type names and the constructible ones
# (MethodType binds a function to an object, ModuleType makes a module).
import types
from types import SimpleNamespace
ns = SimpleNamespace(name="Поток-1", count=3)
print(ns, ns.name, ns.count, type(ns), repr(type(ns)), vars(ns))
ns.count += 1
ns.extra = [1, 2]
del ns.name
print(ns, ns == SimpleNamespace(count=4, extra=[1, 2]), ns != SimpleNamespace(), ns == 1)
ns.me = ns
print(ns, SimpleNamespace())
class Config(SimpleNamespace):
    pass
print(Config(debug=True), isinstance(Config(), SimpleNamespace))
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(SimpleNamespace())
except TypeError as e:
    print("TypeError:", e)
try:
    ns.missing
except AttributeError as e:
    print("AttributeError:", e)
def f(): pass
def g(): yield 1
class A:
    x = 3
    def m(self): return "m"
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(A().m, types.MethodType), isinstance(types, types.ModuleType))
print(types.FunctionType, types.MethodType, types.GeneratorType, types.ModuleType, types.NoneType, types.BuiltinFunctionType)
def hello(self, n):
    return f"hello {self.x} {n}"
a = A()
a.greet = types.MethodType(hello, a)
print(a.greet(5), a.greet.__self__ is a, a.greet.__func__ is hello)
for bad in ((1, 2), (print, None)):
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print("TypeError:", e)
m = types.ModuleType("plugins", "Plugins here.")
m.version = "1.0"
print(m, m.__name__, m.__doc__, m.version, types.ModuleType("x").__doc__)
print(type(None) is types.NoneType, type(...) is types.EllipsisType, type(NotImplemented).__name__)
import sys
