# handlers are tried in order; the hierarchy decides
def classify(fn):
    try:
        fn()
    except ZeroDivisionError:
        return "ZeroDivisionError"
    except ArithmeticError:
        return "ArithmeticError"
    except (KeyError, IndexError) as e:
        return f"lookup {type(e).__name__}"
    except Exception as e:
        return f"other {type(e).__name__}: {e}"


print(classify(lambda: 1 / 0))
print(classify(lambda: [][1]))
print(classify(lambda: {}["x"]))
print(classify(lambda: int("abc")))
print(classify(lambda: undefined_name))
print(classify(lambda: "a" + 1))
print(classify(lambda: None.foo))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, Exception))
print(isinstance(ValueError("x"), Exception), isinstance(KeyboardInterrupt(), Exception))

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised:", repr(e), e.args)

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print("cause:", repr(e.__cause__))

try:
    raise TypeError
except TypeError as e:
    print("class raised:", repr(e), str(e) == "")

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)

try:
    raise
except RuntimeError as e:
    print("bare raise:", e)
