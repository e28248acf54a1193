# A function's docstring stays its __doc__ when the function's variables
# live in cells (a try statement's body shares them, a closure reads
# them): the lowering's set-up of the cells comes after the docstring.


def with_try():
    """Ошибка в потоке: try/finally."""
    try:
        t = 1
    finally:
        t = 2
    return t


def with_closure():
    """A closure reads count."""
    count = 0

    def bump():
        nonlocal count
        count += 1
    bump()
    return count


class Case:
    def test_handler(self):
        """Handler and finally in a method."""
        errors = []
        try:
            errors.append(1 / 0)
        except ZeroDivisionError as e:
            errors.append(type(e).__name__)
        finally:
            errors.append("done")
        return errors


def no_doc():
    try:
        x = 1
    finally:
        x = 2
    return x


print(repr(with_try.__doc__), with_try())
print(repr(with_closure.__doc__), with_closure())
print(repr(Case.test_handler.__doc__), Case().test_handler())
print(repr(no_doc.__doc__), no_doc())
