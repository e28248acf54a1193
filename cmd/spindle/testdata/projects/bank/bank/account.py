import threading

from . import util
from .util import check_amount


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {util.money(amount)}, balance {util.money(account.balance)}")
        self.account = account
        self.amount = amount


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self._lock = threading.Lock()
        self.id = Account._next_id
        Account._next_id += 1

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

    def deposit(self, amount):
        check_amount(amount)
        with self._lock:
            if self.balance + amount > util.MAX_BALANCE:
                raise OverflowError("balance limit exceeded")
            self.balance += amount
            self.history.append(("deposit", amount))

    def withdraw(self, amount):
        check_amount(amount)
        with self._lock:
            if amount > self.balance:
                raise InsufficientFunds(self, amount)
            self.balance -= amount
            self.history.append(("withdraw", amount))

    def transfer(self, other, amount):
        if other is self:
            raise ValueError("cannot transfer to the same account")
        first, second = sorted([self, other], key=lambda a: a.id)
        with first._lock, second._lock:
            check_amount(amount)
            if amount > self.balance:
                raise InsufficientFunds(self, amount)
            self.balance -= amount
            other.balance += amount
            self.history.append(("out", amount))
            other.history.append(("in", amount))
