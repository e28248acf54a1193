# A parameter or local named like a def of the file holds any value:
# calling a str method on it works (the front-end routes attributes of
# names that defs bind through its function-attribute path).


def name():
    return "function"


def check(name):
    return name.isidentifier(), name.upper(), name.split("_")


print(check("snake_case"), check("1abc"))


class Parameter:
    def __init__(self, name):
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    @property
    def name(self):
        return self._name


print(Parameter("x").name)
try:
    Parameter("not valid")
except ValueError as e:
    print(e)
name.tag = "set"
print(name.tag, name())
