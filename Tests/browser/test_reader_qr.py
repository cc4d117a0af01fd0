"""Every QR code of the built site decodes, in Chromium, to its page's canonical URL (SPEC §7.8).

Each page is opened at desktop size, the code's element is screenshot as the reader sees it, and
zxing-cpp (a real decoder, PyPI zxing-cpp) reads it back. Then one code again with high contrast
on and in forced-colours mode, where a code must still be black on white.
"""
import io
import re

import pytest

from theme_support import built_root, theme_browser, theme_origin  # noqa: F401

import zxingcpp  # noqa: E402  (Tests/browser/requirements-reader.txt)
from PIL import Image  # noqa: E402


def qr_pages():
    root = built_root()
    return sorted("/" + p.relative_to(root).parent.as_posix() + "/" for p in root.rglob("index.html")
                  if "data-qr" in p.read_text(encoding="utf-8"))


def decode(driver):
    figure = driver.find_element("css selector", "[data-qr]")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", figure)
    svg = figure.find_element("css selector", "svg")
    image = Image.open(io.BytesIO(svg.screenshot_as_png))
    found = zxingcpp.read_barcodes(image)
    return [r.text for r in found if r.format == zxingcpp.BarcodeFormat.QRCode]


def canonical(driver):
    return driver.find_element("css selector", "link[rel=canonical]").get_attribute("href")


def test_every_qr_code_decodes_to_its_canonical_url(theme_browser, theme_origin):
    pages = qr_pages()
    assert len(pages) >= 2, "article and project pages carry QR codes"
    wrong = []
    for path in pages:
        theme_browser.get(theme_origin + path)
        caption = theme_browser.find_element("css selector", "[data-qr] figcaption").text
        assert caption in ("手机扫码阅读", "Scan to read on a phone"), path
        texts = decode(theme_browser)
        if texts != [canonical(theme_browser)]:
            wrong.append((path, texts))
    assert not wrong, wrong[:5]


def test_qr_code_stays_readable_in_high_contrast_and_forced_colours(theme_browser, theme_origin):
    path = qr_pages()[0]
    theme_browser.get(theme_origin + path)
    theme_browser.execute_script("localStorage.setItem('placard-contrast', 'high')")
    theme_browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "forced-colors", "value": "active"}]})
    try:
        theme_browser.get(theme_origin + path)
        assert theme_browser.execute_script("return matchMedia('(forced-colors: active)').matches")
        assert decode(theme_browser) == [canonical(theme_browser)]
    finally:
        theme_browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        theme_browser.execute_script("localStorage.clear()")


def test_printed_code_is_at_least_25_mm(theme_browser, theme_origin):
    theme_browser.get(theme_origin + qr_pages()[0])
    theme_browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        width = theme_browser.execute_script("return document.querySelector('[data-qr] svg').getBoundingClientRect().width")
        shown = theme_browser.execute_script("return getComputedStyle(document.querySelector('[data-qr]')).display")
    finally:
        theme_browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert shown != "none"
    assert width / 96 * 25.4 >= 25, "%.1f mm" % (width / 96 * 25.4)
