# The whole traceback through eval and exec, printed with format_exc.
import traceback


def show(src, mode="exec", filename=None):
    try:
        if filename:
            src = compile(src, filename, mode)
        if mode == "eval":
            eval(src)
        else:
            exec(src, {})
    except Exception:
        print(traceback.format_exc())


show("1/0", "eval")
show("x = = 1")
show("def f():\n    return g()\ndef g():\n    return [][1]\nf()")
show("undefined_name", "eval")
show(" indented = 1")
show("int('x')", "eval", "<calc>")
show("while True\n    pass", "exec", "<loop>")
ns = {}
exec("def later(n):\n    raise ValueError(f'bad {n}')", ns)
try:
    ns["later"](3)
except ValueError:
    print(traceback.format_exc())
