from . import inner
from .inner import deep as d
from .inner.deep import VALUE

def summary():
    return (inner.__name__, d.VALUE, VALUE, __package__)
