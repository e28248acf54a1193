# A data subclass whose operator method returns NotImplemented loses
# its base's concatenation; a number's operator still applies where the
# other operand's type takes its value, as in CPython.
class I(int):
    def __add__(s, o): return NotImplemented
class F(float):
    def __mul__(s, o): return NotImplemented
    def __add__(s, o): return NotImplemented
class T(tuple):
    def __add__(s, o): return NotImplemented
class S(str):
    def __mul__(s, o): return NotImplemented
for e in ["I(1)+1", "1+I(1)", "I(1)+I(1)", "I(1)+1.5", "F(2)*3", "F(2)*F(2)", "F(2)+1", "F(2)+1.0", "F(2)+F(1)", "F(2)*True", "(1,)+T((2,))", "T((2,))+(1,)", "T((1,))+T((2,))", "S('a')*2", "2*S('a')", "S('a')+'b'"]:
    try: print(e, eval(e))
    except TypeError as x: print(e, "TypeError", x)
