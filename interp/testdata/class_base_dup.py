# type.__base__ (the base whose layout a class extends) and the
# TypeError for a base listed twice.
class M: pass
class A(M, int): pass
class E(M, ValueError): pass
class D(dict): pass
class L(M, list): pass
print(object.__base__, int.__base__, bool.__base__, M.__base__, A.__base__, E.__base__, D.__base__, L.__base__, ValueError.__base__, KeyError.__base__, type.__base__)
class A: pass
for bases in [(A, A), (A, int, A), (int, int)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print(e)
