# Random histories of set operations (a fixed-seed generator): every
# print must show CPython's table order.

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


def value():
    k = rand(6)
    if k == 0:
        return rand(1000) - 500
    if k == 1:
        return rand(100) / 8
    if k == 2:
        return (rand(10), rand(10))
    if k == 3:
        return 2**rand(130) - rand(3)
    if k == 4:
        return rand(40) * 64
    return rand(2) == 1


for round in range(12):
    s = set()
    other = set(value() for _ in range(rand(30)))
    for step in range(60):
        op = rand(12)
        if op < 4:
            s.add(value())
        elif op == 4:
            s.discard(value())
        elif op == 5 and s:
            s.pop()
        elif op == 6:
            s.update([value() for _ in range(rand(8))])
        elif op == 7:
            s = s | other
        elif op == 8:
            s = s - other if rand(2) else s.difference(list(other))
        elif op == 9:
            s = s ^ {value() for _ in range(rand(5))}
        elif op == 10:
            s = s & (other | {value() for _ in range(rand(20))}) if rand(3) else s.copy()
        else:
            s.intersection_update(s | {value()})
    print(round, len(s), s)
    print(round, frozenset(s) == s, list(s) == list(set(list(s))), [hash(v) for v in sorted(s, key=repr)][:8])
