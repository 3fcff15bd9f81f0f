"""Can anyone inflate the server's memory? 2,500 requests with junk query parameters.

Builds a store from the demo corpus, serves it with ``reception serve`` (one process), asks
every page and API list once (warm-up), then sends ``--requests`` GETs spread over the same
addresses, each with a different junk parameter (``?utm_n=<random>``), a junk value for a
parameter the route reads where it has one, and a new search word on every tenth. Reports the
server's resident memory before and after.

Run: ``uv run python bench/bench_web_cache.py [--requests 2500]``.
"""

from __future__ import annotations

import argparse
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "reception" / "demo" / "corpus"
RECEPTION = str(Path(sys.executable).parent / "reception")
ADDRESSES = (
    "/",
    "/search?q=film",
    "/api/v1/films",
    "/api/v1/reviews",
    "/api/v1/critics",
    "/api/v1/publications",
    "/api/v1/search?q=film",
    "/api/v1/stats",
    "/method",
)


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2500)
    args = parser.parse_args()
    rng = random.Random(2500)
    with tempfile.TemporaryDirectory(prefix="reception-web-") as folder:
        db = str(Path(folder) / "demo.db")
        subprocess.run(
            [RECEPTION, "ingest", str(DEMO), "--db", db], check=True, capture_output=True
        )
        port = _free_port()
        server = subprocess.Popen(
            [RECEPTION, "serve", "--db", db, "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            with httpx.Client(base_url=base, timeout=30) as client:
                for _ in range(600):  # a busy machine takes a while to start it
                    try:
                        client.get("/api/v1/stats")
                        break
                    except httpx.TransportError:
                        time.sleep(0.2)
                films = [f["id"] for f in client.get("/api/v1/films?limit=100").json()["items"]]
                addresses = [*ADDRESSES, *(f"/films/{film}" for film in films)]
                for address in addresses:
                    client.get(address)
                before = _rss_mb(server.pid)
                errors = 0
                for n in range(args.requests):
                    address = rng.choice(addresses)
                    junk = f"utm_{n}={rng.getrandbits(64):x}{'x' * rng.randint(0, 2000)}"
                    if n % 10 == 0:
                        address = f"/api/v1/search?q=word{n}"
                    separator = "&" if "?" in address else "?"
                    response = client.get(f"{address}{separator}{junk}")
                    errors += response.status_code >= 500
                after = _rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait()
    print(
        f"{args.requests} requests with junk parameters over {len(addresses)} addresses: "
        f"server RSS {before:.0f} MB -> {after:.0f} MB (growth {after - before:.1f} MB), "
        f"{errors} server errors"
    )


if __name__ == "__main__":
    main()
