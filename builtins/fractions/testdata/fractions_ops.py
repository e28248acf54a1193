from fractions import Fraction
import threading

# Exact arithmetic where floats drift.
print(sum([Fraction(1, 10)] * 10), sum([0.1] * 10))
total = Fraction(0)
for d in range(1, 11):
    total += Fraction(1, d)
print(total, float(total), repr(total))
print(Fraction('3.1415926535897932').limit_denominator(1000), Fraction(0.1).limit_denominator(10))
print(sorted([Fraction(2, 3), Fraction(-1, 2), Fraction(5, 7), Fraction(1, 3)]))
print(max(Fraction(1, 3), Fraction(2, 7)), min([Fraction(3, 8), Fraction(1, 4)]))
print({Fraction(1, 2): 'half', Fraction(2, 4): 'same key'})
print(f'{Fraction(22, 7)} {Fraction(22, 7)!r} {str(Fraction(-6, 3))}')
print(Fraction(355, 113).numerator, Fraction(355, 113).denominator, Fraction(6, -4).as_integer_ratio())
print(round(Fraction(355, 113), 3), round(Fraction(7, 2)), round(Fraction(9, 2)), int(Fraction(-9, 2)))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), hash(Fraction(1, 3)))

# Threads adding exact shares under a lock sum to exactly one.
share = Fraction(1, 7)
lock = threading.Lock()
acc = [Fraction(0)]
def add(n):
    for _ in range(n):
        with lock:
            acc[0] += share
threads = [threading.Thread(target=add, args=(7,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(acc[0], acc[0] == Fraction(3))

class Money:
    def __init__(self, amount):
        self.amount = Fraction(amount)
    def split(self, n):
        return [Money(self.amount / n) for _ in range(n)]
    def __repr__(self):
        return f'Money({self.amount})'
parts = Money('100.00').split(3)
print(parts, sum(p.amount for p in parts))
