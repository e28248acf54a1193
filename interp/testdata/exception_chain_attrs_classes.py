# raise ... from sets __cause__ and __suppress_context__; from None hides
# the context; __cause__ can be assigned; add_note fills __notes__;
# super().__str__() and __repr__() of an exception subclass are
# BaseException's.
import traceback


class AppError(Exception):
    def __str__(self):
        return "app: " + super().__str__()

    def __repr__(self):
        return "<" + super().__repr__() + ">"


for cause in ("none", "value", "implicit"):
    try:
        try:
            {}["k"]
        except KeyError as e:
            if cause == "none":
                raise AppError("a") from None
            if cause == "value":
                raise AppError("b", 2) from e
            raise AppError()
    except AppError as e:
        print(cause, str(e), repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = ValueError("v")
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
e.__context__ = None
print(e.__suppress_context__, e.__context__)
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError:", err)
e.add_note("первая")
e.add_note("вторая")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as err:
    print("TypeError:", err)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise AppError("во время")
except AppError as err:
    lines = traceback.format_exception(err)
    print(lines[0], lines[-1], any("During handling" in l for l in lines))
    print(traceback.format_exception_only(err))
