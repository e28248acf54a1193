# A file that refers to names it never binds: the earlier lines run, and
# each reference raises NameError when it runs.
print('before')
def f():
    return missing + 1
try:
    f()
except NameError as e:
    print(e)
print(len('ab'))
missing2
