# An uncaught error of x[lo:hi] op= v.
x = [1, 2, 3]
x[1:] += ["б"]
print(x)
x[::2] += [0]
