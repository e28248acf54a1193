exec("if 1:\n\tx=1\n        y=2")
