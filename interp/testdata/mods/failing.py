def inner(n):
    return {}[n]

def outer(n):
    return inner(n + 1)
