# exec(src, globals()) and friends define module globals; builtins module.
import builtins

exec("alpha = 1\ndef beta():\n    return alpha + 1", globals())
print(alpha, beta())
alpha = 10
print(beta())
exec("gamma = alpha * 2", globals(), locals())
print(gamma)
print("alpha" in globals(), "gamma" in globals())
print(sorted(k for k in globals() if not k.startswith("__")))

print(builtins.len("abc"), getattr(builtins, "max")(3, 9))
print(builtins.__name__, hasattr(builtins, "print"), hasattr(builtins, "nope"))
print(builtins.abs is abs, type(builtins).__name__)
builtins.shared_flag = "set on builtins"
print(shared_flag)
print(eval("shared_flag"))
for name in ["len", "sum", "zip", "eval", "exec", "compile", "locals", "open"]:
    print(name, callable(getattr(builtins, name)))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
try:
    exec("def f():\nreturn 1")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec("if True:\n\tx = 1\n        y = 2")
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    compile("x = (", "prog.py", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("eval:", e)
try:
    compile("1", "<s>", "nope")
except ValueError as e:
    print(e)
for bad in [lambda: eval(5), lambda: exec(None), lambda: eval("1", [1]), lambda: exec("1", 5),
            lambda: eval("1", {}, 5), lambda: exec("1", {}, 5), lambda: compile(3, "<s>", "exec")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
