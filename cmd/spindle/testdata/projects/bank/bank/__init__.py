"""A tiny bank: accounts, transfers and a pool of worker threads."""

from .account import Account, InsufficientFunds
from . import util
from .worker import run_transfers

__all__ = ["Account", "InsufficientFunds", "run_transfers", "util"]
__version__ = "1.2"
