"""Shared fixtures for Placard's browser tests: pytest + selenium + headless Chromium.

Install: ``apt-get install -y chromium chromium-driver fonts-wqy-microhei`` and
``pip install -r Tests/browser/requirements.txt``; run ``pytest Tests/browser``.

Fixtures (reuse them in new test files; they are session-scoped unless noted):

``chromium``
    A headless Chromium ``WebDriver`` (``--headless=new --no-sandbox``, driver at
    ``/usr/bin/chromedriver``, window 1280x900, ``zh-CN``). One browser for the session:
    tests navigate it with ``chromium.get(url)``.
``serve``
    A factory: ``serve(directory) -> base_url`` serves a folder over HTTP on 127.0.0.1
    (a random free port, no logging), like a static host would; the server stops at the
    end of the session. Each folder is served once.
``built_site``
    ``pathlib.Path`` of a built site (what ``placard build`` writes into ``public/``):
    ``$PLACARD_SITE`` when set, else a search fixture site that the Swift test
    ``SearchBrowserFixtureTests`` writes (a ``gen_corpus.py`` corpus indexed with the real
    index writer, the search page rendered from the theme's templates).
``site_source``
    ``pathlib.Path`` of the source of ``built_site`` (``site.yml`` + ``content/``):
    ``$PLACARD_SOURCE``, or the fixture's corpus; ``None`` when unknown.
``site_url``
    Base URL (no trailing slash) of ``built_site`` served by ``serve``.
``placard``
    A function ``placard(*args) -> subprocess.CompletedProcess`` running the ``placard``
    executable (``$PLACARD_BIN``, else ``.build/debug/placard``), text mode, not checked.
``wait_search`` (function scope)
    ``wait_search(query)`` waits until the search page on screen has settled on ``query``
    and returns the results as ``[(href, title_text)]``.

Environment: ``PLACARD_SITE``, ``PLACARD_SOURCE``, ``PLACARD_BIN``, ``PLACARD_ROOT`` (the
repository, default: two folders up from here).
"""
import functools
import http.server
import os
import pathlib
import socket
import subprocess
import tempfile
import threading

import pytest

ROOT = pathlib.Path(os.environ.get("PLACARD_ROOT", pathlib.Path(__file__).resolve().parents[2]))


@pytest.fixture(scope="session")
def chromium():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=zh-CN"):
        options.add_argument(arg)
    if os.path.exists("/usr/bin/chromium"):
        options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(60)
    yield driver
    driver.quit()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".json": "application/json", ".js": "text/javascript", ".bin": "application/octet-stream"}

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def serve():
    servers = {}

    def start(directory):
        directory = str(pathlib.Path(directory).resolve())
        if directory not in servers:
            handler = functools.partial(_QuietHandler, directory=directory)
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers[directory] = server
        host, port = servers[directory].server_address[:2]
        return "http://%s:%d" % (host, port)

    yield start
    for server in servers.values():
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def search_fixture():
    """(site, source) written by the Swift test SearchBrowserFixtureTests, or the env's."""
    if os.environ.get("PLACARD_SITE"):
        source = os.environ.get("PLACARD_SOURCE")
        return pathlib.Path(os.environ["PLACARD_SITE"]), pathlib.Path(source) if source else None
    out = pathlib.Path(tempfile.mkdtemp(prefix="placard-search-fixture-"))
    env = dict(os.environ, PLACARD_BROWSER_FIXTURE_DIR=str(out))
    run = subprocess.run(["swift", "test", "--filter", "SearchBrowserFixtureTests"], cwd=ROOT, env=env,
                         capture_output=True, text=True)
    if run.returncode != 0 or not (out / "site").is_dir():
        pytest.fail("could not write the search fixture site:\n" + run.stdout[-3000:] + run.stderr[-3000:])
    return out / "site", out / "source"


@pytest.fixture(scope="session")
def built_site(search_fixture):
    return search_fixture[0]


@pytest.fixture(scope="session")
def site_source(search_fixture):
    return search_fixture[1]


@pytest.fixture(scope="session")
def site_url(serve, built_site):
    return serve(built_site)


@pytest.fixture(scope="session")
def placard():
    binary = os.environ.get("PLACARD_BIN") or str(ROOT / ".build" / "debug" / "placard")
    if not os.path.exists(binary):
        subprocess.run(["swift", "build", "--product", "placard"], cwd=ROOT, check=True, capture_output=True)

    def run(*args):
        return subprocess.run([binary, *map(str, args)], capture_output=True, text=True)

    return run


@pytest.fixture
def wait_search(chromium):
    from selenium.webdriver.support.ui import WebDriverWait

    def wait(query, timeout=30):
        WebDriverWait(chromium, timeout).until(lambda d: d.execute_script(
            "var p = document.querySelector('[data-search-page]');"
            "return p && p.hasAttribute('data-search-done') && p.getAttribute('data-search-query') === arguments[0];",
            query))
        return chromium.execute_script(
            "return Array.from(document.querySelectorAll('[data-search-result]')).map(function (r) {"
            "  var a = r.querySelector('a[href]'); return [a.getAttribute('href'), a.textContent]; });")

    return wait
