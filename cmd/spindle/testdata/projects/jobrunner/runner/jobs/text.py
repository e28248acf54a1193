from ..registry import job
from .. import log as _log

calls = []


@job
def shout(s):
    calls.append(s)
    return s.upper() + "!"


@job("words", retries=1)
def count_words(s):
    return len(s.split())
