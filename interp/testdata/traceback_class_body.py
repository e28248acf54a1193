# A class body runs in a frame named after the class, which tracebacks
# show; the class statement's own line gets no carets.
import traceback


def deco(cls):
    return cls


def boom():
    raise ValueError("boom")


try:
    @deco
    class A:
        x = boom()
except ValueError:
    print(traceback.format_exc())

try:
    class B:
        def m(self, d=undefined_name):
            pass
except NameError:
    print(traceback.format_exc())


class Meta(type):
    pass


try:
    class C(metaclass=Meta):
        y = [1][5]
except IndexError:
    print(traceback.format_exc())

try:
    class D: z = {}["k"]
except KeyError:
    print(traceback.format_exc())


class Outer:
    class Inner:
        v = 1
    w = Inner.v


def make():
    class Local:
        q = 1 + "a"
    return Local


try:
    make()
except TypeError:
    print(traceback.format_exc())
