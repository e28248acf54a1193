# Indexing the result of a call, a method call and a conditional.
def name():
    return "Сергей"


def names():
    return ["Анна", "Борис"]


def pick(flag):
    return "Да" if flag else "Нет"


print(name()[0], name()[-1], names()[1][0], pick(True)[1], pick(False)[-1])
print("Привет мир".split()[1][0])
print("ПРИВЕТ".lower()[2], " пробел ".strip()[0], "a,б,в".split(",")[1][0])
print(str("Ёж")[0], repr("ёж")[1], "%s!" % "Ура"[0], f"{'ура'}"[2])
print(("Жук" + "Паук")[3], ("ой" * 3)[-1])
print(max(["яблоко", "банан"])[0], min(["яблоко", "банан"])[-1])
print(sorted(["в", "а", "б"])[0][0])
