from .noall import *

result = twice(VALUE) + число
