# Numbers formatted with non-ASCII fill characters and text around.
def money(n, cur="₽"):
    return f"{n:ж>10,.2f} {cur}"


print(money(1234567.891), money(5, "€"), f"{42:*^9d}", f"{-7:ё<6}|", f"{3.5:Ω=+8.2f}")
print("{:ж^12}".format("итого"), "{:>{w}}".format("сумма", w=8), format(255, "ы>6x"))
print("Итого: %8.2f руб. | %-8s|" % (99.5, "скидка"), "%5s%%" % "ж")
