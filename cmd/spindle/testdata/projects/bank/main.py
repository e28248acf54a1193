import sys

import bank
from bank import Account, run_transfers
from bank.util import money

print("exports:", sorted(bank.__all__))
print("main is", __name__, "file ends with", __file__.rsplit("/", 1)[-1])
rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 1
alice, bob = Account("alice", 10_000), Account("bob", 500)
jobs = [(alice, bob, 100)] * (rounds * 10) + [(bob, alice, 50)] * (rounds * 4)
done, failures = run_transfers(jobs)
print("done:", done)
print("failures:", failures)
done, failures = run_transfers([(bob, alice, 99_999), (alice, bob, 1)], workers=1)
print("then:", done, failures)
print(alice.owner, money(alice.balance))
print(bob.owner, money(bob.balance))
print("total:", money(alice.balance + bob.balance))
try:
    alice.withdraw(-5)
except ValueError as e:
    print("ValueError:", e)
