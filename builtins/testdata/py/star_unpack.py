a, *b = (1, 2, 3)
print(a, b)
*init, last = "Привет"
print(init, last)
first, *mid, end = range(5)
print(first, mid, end)
x, *y = [1]
print(x, y)
head, *tail = {"k": 1, "j": 2}
print(head, tail)
name, *scores = "Анна 5 4 3".split()
print(name, [int(s) for s in scores])
def f():
    p, *q = f.__name__ if False else (7, 8, 9)
    return q
print(f())
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
