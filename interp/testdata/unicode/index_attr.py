# self.name[i]: a str held in an attribute.
class Worker:
    def __init__(self, name):
        self.name = name

    def initial(self):
        return self.name[0]

    def tail(self):
        return self.name[-1]

    def letters(self):
        return [self.name[i] for i in range(len(self.name))]


w = Worker("Рабочий")
print(w.initial(), w.tail(), w.letters())
g = Worker("Αθήνα")
print(g.initial(), g.tail(), g.name[2], g.name[-3])
e = Worker("🙂😀")
print(e.initial(), e.tail(), len(e.name))
print(Worker("東京").name[1])
