# An uncaught NameError in a function: the default sys.excepthook
# suggests a local variable of the innermost frame.
def average(values):
    total_sum = sum(values)
    return totl_sum / len(values)


print("start")
average([1, 2, 3])
