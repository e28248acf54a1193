# exec: defining functions and classes from strings, namespaces.
ns = {}
exec("def square(n):\n    return n * n\nresult = square(7)", ns)
print(ns["result"], ns["square"](4))
print(sorted(k for k in ns if k != "__builtins__"))
print(exec("1 + 1"))

src = '''
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
'''
env = {}
exec(src, env)
print(env["p"], env["Point"](3, 4))

exec("z = 42")
print(z)
exec("z += 1")
print(z)
counter = 0
for i in range(3):
    exec("counter += i")
print(counter)

g = {"base": 10}
exec("def add(v):\n    return base + v", g)
g["base"] = 20
print(g["add"](1))

later = {}
exec("def greet():\n    return 'hi ' + name", later)
later["name"] = "bob"
print(later["greet"]())

loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(loc)

code = compile("for i in range(3):\n    print('line', i)", "<string>", "exec")
exec(code)
exec(code, {})
print(compile("1", "<s>", "single").co_filename)
exec(compile("1 + 2", "<s>", "single"))
exec(compile("None", "<s>", "single"))


def run_in_function():
    local_value = 3
    exec("print('sees', local_value)")
    exec("made = 1")
    try:
        print(made)
    except NameError as e:
        print("NameError:", e)


run_in_function()

funcs = {}
for name, body in [("double", "n * 2"), ("negate", "-n")]:
    exec(f"def {name}(n):\n    return {body}", funcs)
print(funcs["double"](21), funcs["negate"](5))

exec("import math\nr = math.sqrt(16)", ns)
print(ns["r"])
exec("global_from_def = 1\ndef setg():\n    global gv\n    gv = 5\nsetg()", ns)
print(ns["gv"])
exec("w = (v := 3) + v", ns)
print(ns["w"], ns["v"])


