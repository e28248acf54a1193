# The set operators of dict_keys and dict_items give sets in CPython's order.
d = {17: 1, 3: 2, 99: 3, 9: 4}
e = {1: 1, 3: 2, 40: 0}
print(d.keys() | {1, 2}, d.keys() & {3, 9, 5}, d.keys() - {3}, d.keys() ^ {3, 100})
print({1, 2} | d.keys(), {3, 9} & d.keys(), set(d), set(d.keys()), frozenset(d))
print(d.keys() | e.keys(), d.keys() & e.keys(), e.keys() & d.keys(), d.keys() - e.keys(), d.keys() ^ e.keys())
print(d.items() | {(1, 2)}, d.items() & {(3, 2), (4, 5)}, d.items() - {(3, 2)}, d.items() & e.items())
print([1, 99] & d.keys(), d.keys() - [3, 17], d.keys() | range(5), (9, 8) | d.keys())
print(type(d.keys() | e.keys()).__name__, len(d.keys() & set(range(100))))
try:
    d.values() | {1}
except TypeError as err:
    print('TypeError:', err)
