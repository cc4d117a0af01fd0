#!/usr/bin/env python3
"""Measures `placard serve`: from saving a one-word change in an article to the reload event that open
pages wait for (the answer to /__placard/build?wait=N), and checks that the changed page is served.

    scripts/serve-latency.py --placard .build/release/placard --site SITE [--saves 5] [--port 1399] [--back-to-back]

SITE is a copy the script may change: it edits articles in place and puts each back afterwards.
Prints one line per save (milliseconds), the median and the maximum, then how long after the last
save's reload event the search indexes were written (time to a correct index). Without --back-to-back
each save waits until the search indexes of the one before are written (the server holds a request for
them at most 10 s); with it, the next save comes while they are being written.
"""
import argparse
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request


def get(url, timeout=60):
    """The body of `url`; asks again when the server answers 500 (a request held past its time limit)."""
    for _ in range(20):
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:
                return response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            if error.code != 500:
                raise
    raise RuntimeError("no answer from " + url)


def articles(site):
    content = os.path.join(site, "content")
    found = []
    for series in sorted(os.listdir(content)):
        folder = os.path.join(content, series)
        if series in ("pages", "projects") or not os.path.isdir(folder):
            continue
        found += [os.path.join(folder, name) for name in sorted(os.listdir(folder)) if name.endswith(".md")]
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--placard", required=True)
    parser.add_argument("--site", required=True)
    parser.add_argument("--saves", type=int, default=5)
    parser.add_argument("--port", type=int, default=1399)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--back-to-back", action="store_true", help="save again while the search indexes are written")
    args = parser.parse_args()

    base = f"http://127.0.0.1:{args.port}"
    started = time.monotonic()
    server = subprocess.Popen([args.placard, "serve", "--source", args.site, "--port", str(args.port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log = []
    ready = threading.Event()

    def read_log():
        for line in server.stdout:
            log.append(line.rstrip())
            if line.startswith("Serving on"):
                ready.set()

    threading.Thread(target=read_log, daemon=True).start()
    try:
        if not ready.wait(1800):
            sys.exit("serve did not start:\n" + "\n".join(log))
        print(f"first build and start: {time.monotonic() - started:.1f} s")
        random.seed(args.seed)
        candidates = articles(args.site)
        times = []
        for _ in range(args.saves):
            path = random.choice(candidates)
            with open(path, encoding="utf-8") as f:
                original = f.read()
            marker = "placardlatency%d" % random.randrange(10**9)
            head, sep, body = original.partition("\n---\n")
            changed = head + sep + marker + " " + body
            number = get(base + "/__placard/build")
            result = {}

            def wait():
                result["number"] = get(f"{base}/__placard/build?wait={number}")
                result["at"] = time.monotonic()

            waiter = threading.Thread(target=wait)
            waiter.start()
            time.sleep(0.3)  # the wait request is at the server
            saved = time.monotonic()
            with open(path, "w", encoding="utf-8") as f:
                f.write(changed)
            waiter.join(120)
            elapsed = (result["at"] - saved) * 1000
            relative = os.path.relpath(path, os.path.join(args.site, "content"))
            series, name = relative.split(os.sep)
            slug, language = name[:-3].rsplit(".", 1)
            page = get(f"{base}/{language}/{series}/{slug}/")
            served = marker in page
            print(f"{relative}: reload event after {elapsed:.0f} ms; changed page served: {served}")
            times.append(elapsed)
            number = get(base + "/__placard/build")
            with open(path, "w", encoding="utf-8") as f:
                f.write(original)
            get(f"{base}/__placard/build?wait={number}")
            reloaded = time.monotonic()
            if not args.back_to_back:
                get(f"{base}/{language}/search-index.json")  # answers once the search indexes are written
        print(f"median {statistics.median(times):.0f} ms, max {max(times):.0f} ms over {len(times)} saves")
        while True:  # the server answers at the latest after 10 s, written or not
            asked = time.monotonic()
            get(f"{base}/{language}/search-index.json")
            if time.monotonic() - asked < 9.5:
                break
        print(f"search indexes written {time.monotonic() - reloaded:.1f} s after the last save's reload event")
        print("\n".join(line for line in log if "Updated" in line or "Built" in line or "timings" in line))
    except Exception:
        print("\n".join(log[-30:]))  # what serve said before it stopped answering
        raise
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
