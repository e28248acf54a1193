# async with on user classes (__aenter__/__aexit__), including
# exception suppression, and contextlib.asynccontextmanager.
import asyncio
import contextlib


class Connection:
    opened = 0

    def __init__(self, host):
        self.host = host
        self.closed = False

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        Connection.opened += 1
        print(f"open {self.host} (#{Connection.opened})")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        self.closed = True
        print(f"close {self.host}: {exc_type.__name__ if exc_type else None} {exc!r}")
        return isinstance(exc, KeyError)

    async def query(self, sql):
        await asyncio.sleep(0.01)
        if "DROP" in sql:
            raise PermissionError(f"refused: {sql}")
        if "missing" in sql:
            raise KeyError(sql)
        return f"{self.host}: {sql} -> 42"


@contextlib.asynccontextmanager
async def transaction(name):
    print(f"BEGIN {name}")
    try:
        yield name.upper()
        print(f"COMMIT {name}")
    except Exception as e:
        print(f"ROLLBACK {name} because {type(e).__name__}")
        raise
    finally:
        print(f"END {name}")


async def main():
    async with Connection("db1") as conn:
        print(await conn.query("SELECT 1"))
    print("closed:", conn.closed)

    async with Connection("db2") as conn:
        await conn.query("missing row")
        print("not reached")
    print("KeyError suppressed")

    try:
        async with Connection("db3") as conn:
            await conn.query("DROP TABLE users")
    except PermissionError as e:
        print("caught", e)

    async with Connection("a") as a, Connection("b") as b:
        print(a.host, b.host)

    async with transaction("t1") as t:
        print("inside", t)
    try:
        async with transaction("t2"):
            raise ValueError("oops")
    except ValueError as e:
        print("re-raised", e)

    try:
        async with Connection:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

    stack = contextlib.AsyncExitStack()
    async with stack:
        for h in ("x", "y"):
            await stack.enter_async_context(Connection(h))
        print("stack entered")
    print("stack closed")


asyncio.run(main())
