print("never printed")


def f():
    if True:
        from threading   import  *  # not at module level
    return Thread
