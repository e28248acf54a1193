class A:
    x = 1
    y = 2
class B(A):
    pass
del A.x
print(hasattr(A, 'x'), hasattr(B, 'x'), B.y)
for f in (lambda: delattr(A, 'x'), lambda: delattr(B, 'y'), lambda: delattr(int, 'real')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
