import functools
import logging

from .accounts import Account, AccountType
from .money import Money

log = logging.getLogger(__name__)


class UnbalancedError(Exception):
    def __init__(self, memo, diff):
        super().__init__(f"transaction {memo!r} is off by {diff}")
        self.diff = diff


def audited(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        result = method(self, *args, **kwargs)
        self.audit.append(method.__name__)
        log.debug("%s%r", method.__name__, args)
        return result

    return wrapper


class Book:
    def __init__(self, currency="RUB"):
        self.currency = currency
        self.accounts = {}
        self.audit = []

    @audited
    def open(self, name, type):
        if name in self.accounts:
            raise KeyError(f"account {name} exists")
        acct = self.accounts[name] = Account(name, type, self.currency)
        return acct

    @audited
    def post(self, memo, *legs):
        total = sum((amount for _, amount in legs), Money(0, self.currency))
        if total:
            log.warning("rejected %r: off by %s", memo, total)
            raise UnbalancedError(memo, total)
        for name, amount in legs:
            self.accounts[name].postings.append((memo, amount))
        log.info("posted %r (%d legs)", memo, len(legs))

    def balances(self, type=None):
        return {a.name: a.balance for a in self.accounts.values() if type is None or a.type is type}

    def trial_balance(self):
        lines = []
        for t in AccountType:
            for name, bal in self.balances(t).items():
                lines.append(f"{t.name:<9} {name:<12} {str(bal):>14}")
        return "\n".join(lines)
