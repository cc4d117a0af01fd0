"""Helpers for the default theme's browser tests (test_theme_*.py).

The built site comes from PLACARD_SITE (scripts/test.sh sets it); it is served over HTTP on
127.0.0.1 and read with headless Chromium. Run as a script to take the review screenshots:

    python3 Tests/browser/theme_support.py screenshots OUT_DIR [PAGE ...]
"""

import contextlib
import functools
import http.server
import importlib.util
import os
import re
import socketserver
import sys
import threading
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

LANGUAGES = ("zh", "en")
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}


def site_root():
    """The built site folder: PLACARD_SITE, else ./public."""
    return Path(os.environ.get("PLACARD_SITE", "public")).resolve()


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site quietly, with its 404.html for missing paths as a web host would."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


@contextlib.contextmanager
def serve(root):
    """Serves `root` on a free port of 127.0.0.1; yields the origin (`http://127.0.0.1:PORT`)."""
    server = _Server(("127.0.0.1", 0), functools.partial(_Handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield "http://127.0.0.1:%d" % server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def chrome(width=1280, height=900, javascript=True):
    """Headless Chromium with the window's viewport set to width × height."""
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=zh-CN"):
        options.add_argument(arg)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    if os.path.exists("/usr/bin/chromium"):
        options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    set_viewport(driver, width, height)
    return driver


def set_viewport(driver, width, height):
    """Emulates a viewport of exactly width × height CSS pixels (mobile layout below 600 px)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600,
    })


def set_larger_text(driver, origin, on):
    """Sets the remembered text size the way the switch does (localStorage), for later page loads."""
    driver.get(origin + "/robots.txt")
    driver.execute_script("localStorage.setItem('placard-text-size', arguments[0])", "large" if on else "normal")


# The reader's display switches and the values textsize.js keeps for them in localStorage.
READER_MODES = {
    "larger-text": {"placard-text-size": "large"},
    "high-contrast": {"placard-contrast": "high"},
    "large-pointer": {"placard-pointer": "large"},
    "high-contrast-larger-text": {"placard-contrast": "high", "placard-text-size": "large"},
}


def set_reader_mode(driver, origin, mode):
    """Remembers the switches of READER_MODES[mode] (None: all off) for later page loads."""
    driver.get(origin + "/robots.txt")
    driver.execute_script("localStorage.clear(); var m = arguments[0]; for (var k in m) localStorage.setItem(k, m[k]);",
                          READER_MODES.get(mode, {}))


@functools.lru_cache(maxsize=1)
def axe_source():
    """axe.min.js of axe-core 4.12, taken from PyPI axe-playwright-python (Playwright itself is not used)."""
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None:
        pytest.fail("axe-playwright-python (for axe-core 4.12) is not installed: scripts/install-deps.sh --test")
    return (Path(list(spec.submodule_search_locations)[0]) / "axe.min.js").read_text(encoding="utf-8")


def axe_violations(driver):
    """axe-core 4.12 on the page on screen, every rule it enables by default: [{rule, impact, help, nodes}]."""
    driver.execute_script(axe_source())
    found = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document).then(function (r) { done(r.violations); }, function (e) { done([{id: 'axe-error', help: String(e), nodes: []}]); });")
    return [{"rule": v["id"], "impact": v.get("impact"), "help": v["help"],
             "nodes": [n["target"] for n in v["nodes"]][:5]} for v in found]


def _first(paths):
    return sorted(paths)[0] if paths else None


def _richest_article(root, lang):
    """The article with the most of what article pages must show: table, footnotes, cover, image."""
    best, best_score = None, -1
    for page in sorted(root.glob(lang + "/*/*/index.html")):
        parts = page.relative_to(root).parts
        if parts[1] in ("projects", "groups", "tags") or parts[2] == "page":
            continue
        if not (root / lang / parts[1] / "feed.xml").exists():
            continue
        html = page.read_text(encoding="utf-8")
        score = sum(marker in html for marker in ("<table", "footnotes", 'class="cover"', "<img", "<blockquote"))
        if score > best_score:
            best, best_score = page, score
    return best


def page_kinds(root=None):
    """Every page kind of the built site, per language: [(lang, kind, url path)].

    Found from the files, so it works for any site: the first series, the article with the
    most furniture, a standalone page, a group, the longest tag, a project, page 2 of a series if any."""
    root = root or site_root()
    found = []
    for lang in LANGUAGES:
        base = root / lang
        if not base.is_dir():
            continue
        series = sorted(p.parent for p in base.glob("*/feed.xml"))
        pages = sorted(p.parent for p in base.glob("*/index.html")
                       if p.parent.name not in ("projects", "groups", "tags", "search")
                       and not (p.parent / "feed.xml").exists())
        candidates = [
            ("home", base / "index.html"),
            ("series", series[0] / "index.html" if series else None),
            ("series-page-2", _first(list(base.glob("*/page/2/index.html")))),
            ("article", _richest_article(root, lang)),
            ("page", (base / "about" / "index.html") if (base / "about").is_dir() else (pages[0] / "index.html" if pages else None)),
            ("group", _first(list(base.glob("groups/*/index.html")))),
            # The longest tag page: past its newest cards it lists titles and dates.
            ("tag", max(base.glob("tags/*/index.html"), key=lambda p: (p.stat().st_size, p.as_posix()), default=None)),
            ("projects", base / "projects" / "index.html"),
            ("project", _first(list(base.glob("projects/*/index.html")))),
            ("search", base / "search" / "index.html"),
        ]
        for kind, path in candidates:
            if path is not None and path.exists():
                found.append((lang, kind, "/" + path.relative_to(root).parent.as_posix() + "/"))
        found.append((lang, "404", "/%s/no-such-page/" % lang))
    return [(lang, kind, re.sub("/+", "/", path)) for lang, kind, path in found]


def full_page_png(driver, width):
    """A PNG of the whole page at the current viewport width."""
    height = driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 12000), "scale": 1},
    })
    import base64
    return base64.b64decode(shot["data"])


def screenshots(out, wanted=None):
    """Home, a series, an article, the project directory and search: phone and desktop widths,
    both languages, larger text off and on."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    kinds = [k for k in page_kinds() if k[1] in (wanted or ("home", "series", "article", "projects", "search"))]
    with serve(site_root()) as origin:
        driver = chrome()
        try:
            for large in (False, True):
                set_larger_text(driver, origin, large)
                for name, (width, height) in WIDTHS.items():
                    set_viewport(driver, width, height)
                    for lang, kind, path in kinds:
                        query = "?q=%E6%95%B0%E5%AD%97" if kind == "search" and lang == "zh" else "?q=digital" if kind == "search" else ""
                        driver.get(origin + path + query)
                        driver.execute_script("return document.fonts.ready")
                        file = out / ("%s-%s-%s%s.png" % (kind, lang, name, "-large" if large else ""))
                        file.write_bytes(full_page_png(driver, width))
                        print(file)
        finally:
            driver.quit()


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "screenshots":
        screenshots(sys.argv[2], sys.argv[3:] or None)
    else:
        print(__doc__)


# --- Checks run inside the page ------------------------------------------------------------

# Contrast of every visible text run: its colour against the backgrounds behind it, composited
# (translucent layers included) up to the first opaque one. Text over a background image is
# reported apart, since no single ratio describes it.
CONTRAST_JS = r"""
function parse(c) {
  var m = /rgba?\(([^)]+)\)/.exec(c); if (!m) return null;
  var p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
}
function over(top, bottom) { var a = top[3]; return [0, 1, 2].map(function (i) { return top[i] * a + bottom[i] * (1 - a); }).concat([1]); }
function lum(c) { return [0, 1, 2].map(function (i) { var v = c[i] / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
  .reduce(function (s, v, i) { return s + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }
function ratio(a, b) { var x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
function background(el) {
  var layers = [];
  for (var e = el; e; e = e.parentElement) {
    var cs = getComputedStyle(e);
    if (cs.backgroundImage !== 'none' && e !== document.documentElement) return null;
    var bg = parse(cs.backgroundColor);
    if (bg && bg[3] > 0) { layers.push(bg); if (bg[3] >= 1) break; }
  }
  return layers.reverse().reduce(function (c, l) { return over(l, c); }, [255, 255, 255, 1]);
}
var out = [], seen = new Set();
var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  var node = walker.currentNode, el = node.parentElement;
  if (!node.textContent.trim() || seen.has(el)) continue;
  seen.add(el);
  if (el.closest('script, style, noscript, svg, .visually-hidden, [hidden]')) continue;
  var r = el.getBoundingClientRect(), cs = getComputedStyle(el);
  if (!r.width || !r.height || cs.visibility === 'hidden' || cs.display === 'none') continue;
  var bg = background(el), fg = parse(cs.color);
  if (!bg) continue;
  if (fg[3] < 1) fg = over(fg, bg);
  out.push({text: node.textContent.trim().slice(0, 30), tag: el.tagName.toLowerCase(), cls: el.className || '',
            inMain: !!el.closest('main'), ratio: Math.round(ratio(fg, bg) * 100) / 100});
}
return out;
"""

# Every control or link a finger must hit, with the box it offers. Links inside running text
# are exempt (WCAG 2.5.5's inline exception); a card's title link covers its whole card.
TARGETS_JS = r"""
var inline = '.prose, .search-snippet, .card-summary, .project-summary, .project-meta, .footnotes, .lead';
var out = [];
document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary').forEach(function (el) {
  if (el.closest(inline) || el.closest('.visually-hidden, [hidden]') || el.classList.contains('skip-link')) return;
  var cs = getComputedStyle(el);
  if (cs.display === 'none' || cs.visibility === 'hidden') return;
  var box = el.closest('.card, .project');
  var r = (box && el.closest('.card-title, .project-title') ? box : el).getBoundingClientRect();
  if (!r.width && !r.height) return;
  out.push({text: (el.textContent || el.getAttribute('aria-label') || el.name || el.tagName).trim().slice(0, 30),
            tag: el.tagName.toLowerCase(), width: Math.round(r.width), height: Math.round(r.height)});
});
return out;
"""


def wait_for_fonts(driver):
    driver.execute_async_script("var done = arguments[arguments.length - 1]; document.fonts.ready.then(function () { done(true); });")


def built_root():
    """The built site (conftest.py builds the demo site into PLACARD_SITE); fails when there is none."""
    root = site_root()
    if not (root / "index.html").exists():
        pytest.fail("PLACARD_SITE (a built site) is not built: %s" % root)
    return root


# --- Fixtures (imported by the test_theme_* modules) ---------------------------------------

@pytest.fixture(scope="module")
def theme_origin():
    """The built site served on 127.0.0.1, for one test module."""
    with serve(built_root()) as origin:
        yield origin


@pytest.fixture(scope="module")
def theme_browser():
    """One headless Chromium for one test module, at desktop size."""
    driver = chrome()
    driver.set_script_timeout(60)
    yield driver
    driver.quit()


def kinds_or_none():
    """page_kinds() for parametrizing (conftest.py has built the site before collection)."""
    return page_kinds(built_root())
