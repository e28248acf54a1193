"""ledger: double-entry bookkeeping in a few hundred lines."""
from .money import *  # noqa: F401,F403
from .accounts import Account, AccountType
from .book import Book, UnbalancedError
from . import money

__all__ = money.__all__ + ["Account", "AccountType", "Book", "UnbalancedError"]
