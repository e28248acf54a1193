# Tabs and spaces mixed inconsistently: TabError, as in CPython.
if True:
	x = 1
        y = 2
print(x)
