# A function defined by exec fails later: its frames name "<string>".
ns = {}
exec("""
def divide(a, b):
    return a / b

def outer(x):
    return divide(x, 0)
""", ns)
print("defined")
ns["outer"](1)
