# A SyntaxError's text is the source line with its newline, as CPython's.
for src in ["x = (", "a = 1\nb = = 2\n", "def f(:\n    pass", "print('hi'", "if True\n    x = 1"]:
    try:
        compile(src, "cfg.py", "exec")
    except SyntaxError as e:
        print(repr(e.text), e.lineno, e.offset, e.msg, e.args[1][3] == e.text)
