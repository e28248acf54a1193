# A module-level use of a global above the module's first binding of it
# runs as Python runs it: the value bound by then, or NameError there.
print("start")
for i in range(3):
    if i > 0:
        print("previous", previous, [previous + k for k in range(2)])
    previous = i * 10

try:
    report()
except NameError as e:
    print("NameError:", e)


def report():
    return "report"


print(report())
n = 0
while n < 2:
    if n:
        print("count", count, (lambda: count)())
    count = n
    n += 1

try:
    print(later_value)
except NameError as e:
    print("NameError:", e)
later_value = "Поздно"
print(later_value, len, [len(w) for w in ["ab"]])
len = 5
print(len)
