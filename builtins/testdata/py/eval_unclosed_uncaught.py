eval("(")
