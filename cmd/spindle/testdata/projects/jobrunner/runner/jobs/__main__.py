"""python3 -m runner.jobs: the job modules and what they register."""
from runner import JOBS

from . import load_all

for module in load_all():
    names = sorted(n for n, fn in JOBS.items() if fn.__module__ == module.__name__)
    print(f"{module.__name__:18} {module.__package__} {names}")
print(__name__, __package__, __spec__.name)
