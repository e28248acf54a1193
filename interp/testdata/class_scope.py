# A class body's names are not visible in its methods, lambdas and
# nested functions: there the module's (or the builtin) name is found.
x = "module x"


def helper():
    return "module helper"


class Report:
    x = "class x"
    values = [3, 1, 2]
    doubled = [v * 2 for v in values]   # the first iterable is the class's
    size = len(values)

    def format(self, n):
        return "method format " + format(n, ">4")   # the builtin format

    def len(self):
        return 99

    def helper(self):
        return "method helper"

    def show(self):
        return (format(3.14159, ".2f"), len([1, 2, 3]), x, helper(), self.helper(), self.x)

    def missing(self):
        try:
            return values
        except NameError as e:
            return "NameError: " + str(e)

    def nested(self):
        def inner():
            return x, len("абв")
        return inner()

    getx = lambda self: x
    total = sum(values)


r = Report()
print(r.format(7), r.len(), r.show(), r.missing(), r.nested(), r.getx())
print(Report.x, Report.doubled, Report.size, Report.total)


def outer():
    y = "outer y"

    class Inner:
        z = y + " (read in the class body)"

        def get(self):
            return y

    return Inner().get(), Inner.z


print(outer())


class Recursive:
    def count(self, n):
        if n == 0:
            return 0
        try:
            return count(n - 1)
        except NameError as e:
            return "NameError: " + str(e)


print(Recursive().count(2))
