# Платёжные способы: ABC + миксины + super() + __init_subclass__ + сортировка
from abc import ABC, abstractmethod


class Loggable:
    def log(self, msg):
        self.history = getattr(self, "history", [])
        self.history.append(msg)


class Payment(ABC, Loggable):
    fee_percent = 0.0
    kinds = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Payment.kinds.append(cls.__name__)

    def __init__(self, owner, limit):
        self.owner = owner
        self.limit = limit
        self.spent = 0

    def pay(self, amount):
        fee = round(amount * self.fee_percent / 100, 2)
        total = amount + fee
        self.check(total)
        self.spent += total
        self.log(f"{self.label()}: {amount:.2f} + {fee:.2f}")
        return total

    @abstractmethod
    def check(self, total):
        ...

    @abstractmethod
    def label(self):
        ...

    def __lt__(self, other):
        return self.spent < other.spent

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, потрачено={self.spent:.2f})"


class Card(Payment):
    fee_percent = 1.5

    def check(self, total):
        if self.spent + total > self.limit:
            raise ValueError(f"превышен лимит карты {self.owner}: {self.limit}")

    def label(self):
        return "карта"


class Wallet(Payment):
    def check(self, total):
        if total > 5000:
            raise ValueError("кошелёк: не больше 5000 за раз")

    def label(self):
        return "кошелёк"


class CreditCard(Card):
    fee_percent = 3.0

    def check(self, total):
        try:
            super().check(total)
        except ValueError:
            self.log("кредитный лимит использован")

    def label(self):
        return "кредитка/" + super().label()


print(Payment.kinds)
ps = [Card("Анна", 10000), Wallet("Борис", 0), CreditCard("Вера", 1000)]
for p, amounts in zip(ps, [[1000, 2500.5], [4999, 6000], [800, 900]]):
    for a in amounts:
        try:
            print(f"{p.owner}: списано {p.pay(a):.2f}")
        except ValueError as e:
            print(f"{p.owner}: ошибка — {e}")
for p in sorted(ps, reverse=True):
    print(p, p.history)
print([c.__name__ for c in CreditCard.__mro__])
try:
    Payment("x", 1)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(ps[2], Card), isinstance(ps[1], Loggable), CreditCard.fee_percent, Card.fee_percent)
print(max(ps).owner, min(ps, key=lambda p: p.owner[::-1]).owner)
