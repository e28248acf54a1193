from .ops import divide, parse


def main():
    values = parse("1,2,x")
    print(divide(*values[:2]))


print("crash running as", __name__, "in package", __package__)
try:
    divide(1, 0)
except ArithmeticError as e:
    print("caught:", e)
main()
