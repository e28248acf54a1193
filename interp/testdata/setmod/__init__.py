debug = False
limit = 3


def enable():
    global debug
    debug = True


def report():
    return "debug=%s limit=%s" % (debug, limit)
