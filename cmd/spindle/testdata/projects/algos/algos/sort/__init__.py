from .merge import merge_sort
from .insertion import insertion_sort

SORTS = {"merge": merge_sort, "insertion": insertion_sort}
