# Банковский счёт: property с getter/setter/deleter, classmethod-конструкторы
class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(need, have)
        self.need = need
        self.have = have

    def __str__(self):
        return f"недостаточно средств: нужно {self.need}, есть {self.have}"


class Account:
    _next_number = 1000
    currency = "₽"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []

    @classmethod
    def from_string(cls, text):
        owner, _, amount = text.partition(";")
        return cls(owner.strip(), int(amount))

    @staticmethod
    def validate(amount):
        if not isinstance(amount, (int, float)) or amount <= 0:
            raise ValueError(f"неверная сумма: {amount!r}")
        return amount

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("баланс не может быть отрицательным")
        self.history.append(("set", value))
        self._balance = value

    @balance.deleter
    def balance(self):
        print(f"  счёт {self.number} обнулён")
        self._balance = 0

    def deposit(self, amount):
        self._balance += self.validate(amount)
        self.history.append(("+", amount))
        return self

    def withdraw(self, amount):
        self.validate(amount)
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("-", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"

    def __str__(self):
        return f"№{self.number} {self.owner:<12} {self._balance:>8,}{self.currency}"


class SavingsAccount(Account):
    currency = "₽ (сбер.)"

    def __init__(self, owner, balance=0, rate=0.05):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self._balance * self.rate)
        return self.deposit(interest)


a = Account("Иван Петров", 1500)
b = Account.from_string("Мария Сидорова ; 25000")
c = SavingsAccount.from_string("Олег;100000")
print(type(c).__name__, c.rate)
c.add_interest().deposit(500)
for acc in (a, b, c):
    print(acc)
a.deposit(250).withdraw(100)
print(repr(a), a.history)
try:
    a.withdraw(10_000)
except InsufficientFunds as e:
    print(e, "|", e.args, "|", repr(e))
for bad in (-5, "сто", 0):
    try:
        a.deposit(bad)
    except ValueError as e:
        print("ValueError:", e)
a.balance = 42
print(a.balance, a.history[-1])
try:
    a.balance = -1
except ValueError as e:
    print(e)
del a.balance
print(a.balance)
print(Account.currency, c.currency, a.currency)
a.currency = "$"
print(a, Account.currency, "currency" in vars(a), sorted(vars(a)))
print(Account._next_number, SavingsAccount._next_number)
print(isinstance(Account.__dict__["validate"], staticmethod), type(Account.__dict__["from_string"]).__name__)
print(Account.balance.fget.__name__, Account.balance.fset is not None, Account.balance.fdel is not None)
