# logger.manager: loggerDict lists the loggers and PlaceHolders in CPython's order.
import logging
logging.getLogger('a.b.c'); logging.getLogger('x'); logging.getLogger('a')
d = logging.root.manager.loggerDict
print(str(d["a.b"]).startswith("<logging.PlaceHolder object at 0x"))
print([(k, type(v).__name__) for k, v in d.items()])
logging.getLogger('a.b')
print([(k, type(v).__name__) for k, v in logging.getLogger('x').manager.loggerDict.items()])
m = logging.root.manager
print(m.root, m.disable, type(m).__name__, m is logging.getLogger("q").manager, m.getLogger("x") is logging.getLogger("x"))
print(logging.getLogger("a.b.c").parent.name, logging.getLogger("a.b").parent.name)
print(logging.root.manager.loggerDict["a.b"] is logging.getLogger("a.b"))
