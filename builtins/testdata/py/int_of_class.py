# int(), float() and friends of a class whose instances convert: the
# class object itself does not (its __int__ is an unbound method).
class Деньги:
    def __init__(self, копейки):
        self.копейки = копейки

    def __int__(self):
        return self.копейки // 100

    def __index__(self):
        return self.копейки


print(int(Деньги(250)), [1, 2, 3][Деньги(1)])
for f in (int, float, complex):
    try:
        f(Деньги)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
