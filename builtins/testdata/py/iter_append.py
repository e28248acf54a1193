# A for loop over a list sees elements appended by its body.
queue = [1, 2, 3]
for x in queue:
    if x < 3:
        queue.append(x * 10)
    print('got', x)
print(queue)

# Nested loops over the same list, and appends during a comprehension.
pairs = []
for a in queue:
    for b in queue:
        if a == b:
            pairs.append((a, b))
print(len(pairs), pairs[:2])

# Dict loops see keys; reassigning values is allowed.
d = {'b': 1, 'a': 2}
for k in d:
    d[k] = d[k] * 100
print(d)
for ch in 'Анна':
    print(ch, end='|')
print()
for n in set([5, 3, 9, 1]):
    print(n, end=' ')
print()
for i, v in enumerate(['x', 'y'], 1):
    print(i, v)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, 'done'))
