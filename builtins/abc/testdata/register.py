# ABC.register makes a virtual subclass (also as a decorator): isinstance
# and issubclass count it and its subclasses, not for subclasses of the
# ABC; non-classes and cycles are refused.
from abc import ABC, abstractmethod
class Sized(ABC):
    @abstractmethod
    def __len__(self): ...
@Sized.register
class Legacy:
    def __len__(self): return 7
class Sub(Legacy): pass
class SubSized(Sized):
    def __len__(self): return 1
print(isinstance(Legacy(), Sized), issubclass(Sub, Sized), isinstance(Sub(), (int, Sized)), issubclass(Legacy, SubSized), Legacy.__name__)
print(Sized.register(SubSized) is SubSized, isinstance(5, Sized))
try:
    Sized.register(5)
except TypeError as e:
    print(e)
try:
    SubSized.register(Sized)
except RuntimeError as e:
    print(e)
print(Sized.__mro__[0] is Sized, Legacy.__mro__)
