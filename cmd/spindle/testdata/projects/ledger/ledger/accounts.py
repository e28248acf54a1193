from dataclasses import dataclass, field
from enum import Enum, auto
from typing import List, Tuple

from .money import Money


class AccountType(Enum):
    ASSET = auto()
    LIABILITY = auto()
    INCOME = auto()
    EXPENSE = auto()

    @property
    def sign(self):
        return 1 if self in (AccountType.ASSET, AccountType.EXPENSE) else -1


@dataclass
class Account:
    name: str
    type: AccountType
    currency: str = "RUB"
    postings: List[Tuple[str, Money]] = field(default_factory=list, repr=False)

    @property
    def balance(self) -> Money:
        total = sum((m for _, m in self.postings), Money(0, self.currency))
        return total * self.type.sign
