"""Monte Carlo estimates: each thread owns a seeded random.Random."""
import random
import statistics
import threading
from concurrent.futures import ThreadPoolExecutor


def estimate_pi(seed, samples):
    rng = random.Random(seed)
    inside = 0
    for _ in range(samples):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / samples


def dice_game(seed, rounds):
    rng = random.Random(seed)
    wins = 0
    history = []
    for _ in range(rounds):
        a, b = rng.randint(1, 6), rng.randint(1, 6)
        history.append(a + b)
        if a + b in (7, 11):
            wins += 1
    return wins, history


def shuffle_deck(seed):
    rng = random.Random(seed)
    suits = "♠♥♦♣"
    ranks = ["A"] + [str(n) for n in range(2, 11)] + list("JQK")
    deck = [r + s for s in suits for r in ranks]
    rng.shuffle(deck)
    return deck[:5], rng.choice(deck), rng.sample(deck, 3)


def main():
    seeds = [11, 22, 33, 44]
    with ThreadPoolExecutor(max_workers=4) as ex:
        pis = list(ex.map(estimate_pi, seeds, [2000] * 4))
    print("pi estimates:", [f"{p:.4f}" for p in pis])
    print("mean %.4f stdev %.4f" % (statistics.mean(pis), statistics.stdev(pis)))
    print("median:", statistics.median(pis), "within 0.2:", all(abs(p - 3.14159) < 0.2 for p in pis))

    results = {}
    lock = threading.Lock()

    def play(name, seed):
        wins, hist = dice_game(seed, 50)
        with lock:
            results[name] = (wins, hist)

    names = ["Аня", "Борис", "Вера"]
    ts = [threading.Thread(target=play, args=(n, i * 7), name=n) for i, n in enumerate(names)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for n in sorted(results):
        wins, hist = results[n]
        print(f"{n:>6}: wins={wins:2d} mode={statistics.mode(hist)} mean={statistics.mean(hist):.2f} max={max(hist)}")
    hand, pick, sample = shuffle_deck(2024)
    print("hand:", " ".join(hand), "| pick:", pick, "| sample:", sample)
    rng = random.Random(5)
    print([rng.randrange(0, 100, 5) for _ in range(5)], round(rng.uniform(1, 2), 6))
    print(rng.choices("abc", weights=[5, 1, 1], k=8), f"{rng.gauss(0, 1):.6f}")
    random.seed(42)
    print(random.randint(1, 1000), random.random(), random.choice(["x", "y", "z"]))
    data = list(range(10))
    random.shuffle(data)
    print(data, random.getrandbits(16))
    state = random.getstate()
    first = random.random()
    random.setstate(state)
    print(first == random.random())
    print(statistics.pvariance([1, 2, 3, 4]), statistics.variance([1, 2, 3, 4]), statistics.median_low([1, 3, 5, 7]))
    print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), statistics.multimode("aabbc"))


if __name__ == "__main__":
    main()
