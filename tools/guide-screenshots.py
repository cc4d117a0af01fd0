#!/usr/bin/env python3
"""Makes the screenshots of the staff guide (docs/guide/images/*.png) from this repository's demo site.

Builds the demo site with the built `placard` (default .build/debug/placard, or $PLACARD_BIN) for a fixed
day, serves it on 127.0.0.1, and photographs pages in headless Chromium (Debian's chromium and
chromium-driver, PyPI selenium). With Pillow installed, the images are reduced to 64 colours to stay small.

usage: python3 tools/guide-screenshots.py
"""
import functools
import http.server
import os
import pathlib
import subprocess
import tempfile
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = pathlib.Path(__file__).resolve().parents[1]
IMAGES = ROOT / "docs" / "guide" / "images"
SHOTS = [  # file, path, window size, element to photograph (None: the window)
    ("home-phone.png", "zh/", (390, 844), None),
    ("article-desktop.png", "zh/elderly/phone-class/", (1280, 900), None),
    ("projects-desktop.png", "zh/projects/", (1280, 900), None),
    ("footer-desktop.png", "zh/", (1280, 900), "footer.site-footer"),
]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main():
    binary = os.environ.get("PLACARD_BIN", str(ROOT / ".build" / "debug" / "placard"))
    site = pathlib.Path(tempfile.mkdtemp(prefix="placard-guide-")) / "public"
    subprocess.run([binary, "build", "--quiet", "--source", str(ROOT), "--output", str(site), "--now", "2026-11-28",
                    "--base-url", "http://127.0.0.1/"], check=True)
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"

    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--lang=zh-CN"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    IMAGES.mkdir(parents=True, exist_ok=True)
    try:
        for name, path, (width, height), selector in SHOTS:
            driver.set_window_size(width, height)
            driver.get(base + path)
            target = IMAGES / name
            if selector:
                element = driver.find_element(By.CSS_SELECTOR, selector)
                driver.execute_script("arguments[0].scrollIntoView()", element)
                element.screenshot(str(target))
            else:
                driver.save_screenshot(str(target))
            shrink(target)
            print(f"{target.relative_to(ROOT)}  {target.stat().st_size // 1024} KB")
    finally:
        driver.quit()
        server.shutdown()


def shrink(path):
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


if __name__ == "__main__":
    main()
