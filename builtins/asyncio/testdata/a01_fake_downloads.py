# Fake downloads with asyncio.gather: each "download" sleeps for a
# different time; results come back in the order of the arguments.
import asyncio

SITES = {
    "python.org": 0.15,
    "example.com": 0.05,
    "пример.рф": 0.10,
}


async def download(site, delay):
    print(f"начинаю загрузку {site}")
    await asyncio.sleep(delay)
    print(f"готово: {site}")
    return f"<html of {site}>", len(site)


async def main():
    results = await asyncio.gather(*(download(s, d) for s, d in SITES.items()))
    for page, size in results:
        print(page, size)
    total = sum(size for _, size in results)
    print("всего символов:", total)
    return total


if __name__ == "__main__":
    value = asyncio.run(main())
    print("asyncio.run returned", value)
