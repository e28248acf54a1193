# A nested exception class is named by its qualified name in the
# traceback, whose frames are named by their functions' __name__.
def outer():
    class Problem(Exception):
        pass

    def inner():
        raise Problem("in inner")

    inner()


outer()
