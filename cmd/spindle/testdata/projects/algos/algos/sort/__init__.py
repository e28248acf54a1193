from .merge import merge_sort
from .insertion import insertion_sort

SORTS = {"merge": merge_sort, "insertion": insertion_sort}

# the submodules are attributes of the package, and so globals here
MODULES = {name: mod.__name__ for name, mod in (("merge", merge), ("insertion", insertion))}
