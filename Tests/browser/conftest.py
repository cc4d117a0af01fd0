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
    ``$PLACARD_SITE`` when set, else the demo site (the repository root) that this conftest
    builds with ``placard build --now 2026-11-28`` when the session starts (``PLACARD_SITE``
    and ``PLACARD_SOURCE`` are then set for modules that read them).
``site_source``
    ``pathlib.Path`` of the source of ``built_site`` (``site.yml`` + ``content/``):
    ``$PLACARD_SOURCE``, else the repository root.
``site_url``
    Base URL (no trailing slash) of ``built_site`` served by ``serve``.
``corpus_site``
    ``(public, source)`` of a second site: 150 articles of ``tools/gen-corpus.py`` (drafts,
    Chinese slugs, tables, projects) plus an article with a hostile title, a draft and 40
    articles of text that does not repeat itself (so its index reads runs of rare triples from
    their cover, as a large site's does), built with ``placard build``. Search tests that need
    drafts or hostile titles use it.
``placard``
    A function ``placard(*args) -> subprocess.CompletedProcess`` running the ``placard``
    executable (``$PLACARD_BIN``, else ``.build/debug/placard``), text mode, not checked.
``wait_search`` (function scope)
    ``wait_search(query)`` waits until the search page on screen has settled on ``query``
    and returns the results as ``[(href, title_text)]``.

Environment: ``PLACARD_SITE``, ``PLACARD_SOURCE``, ``PLACARD_BIN``, ``PLACARD_ROOT`` (the
repository, default: two folders up from here).

Every site is built by the ``placard`` executable into a folder made for this session and removed
at its end; nothing is skipped for lack of a site.
"""
import functools
import http.server
import json
import os
import pathlib
import random
import socket
import subprocess
import tempfile
import threading

import shutil
import sys

import pytest

ROOT = pathlib.Path(os.environ.get("PLACARD_ROOT", pathlib.Path(__file__).resolve().parents[2]))
NOW = "2026-11-28"
_WORK = []  # the session's own folder (removed at the end)


def placard_binary():
    """``$PLACARD_BIN``, else the debug build (built here when missing)."""
    binary = os.environ.get("PLACARD_BIN") or str(ROOT / ".build" / "debug" / "placard")
    if not os.path.exists(binary):
        subprocess.run(["swift", "build", "--product", "placard"], cwd=ROOT, check=True, capture_output=True)
    return binary


def session_folder():
    if not _WORK:
        _WORK.append(pathlib.Path(tempfile.mkdtemp(prefix="placard-browser-")))
    return _WORK[0]


def build_site(source, output, *extra):
    run = subprocess.run([placard_binary(), "build", "--quiet", "--now", NOW, "--source", str(source),
                          "--output", str(output), *extra], capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError("placard build %s failed:\n%s" % (source, run.stderr[-3000:]))
    return output


def build_files(name, files, *extra):
    """Writes ``files`` (path → text) into a new source folder and builds it; returns the output."""
    source = session_folder() / (name + "-source")
    for path, text in files.items():
        (source / path).parent.mkdir(parents=True, exist_ok=True)
        (source / path).write_text(text, encoding="utf-8")
    return build_site(source, session_folder() / name, *extra)


def pytest_configure(config):
    """Builds the demo site before collection, so modules reading ``PLACARD_SITE`` at import see it."""
    if not os.environ.get("PLACARD_SITE"):
        os.environ["PLACARD_SITE"] = str(build_site(ROOT, session_folder() / "demo"))
        os.environ["PLACARD_SOURCE"] = str(ROOT)


def pytest_unconfigure(config):
    for folder in _WORK:
        shutil.rmtree(folder, ignore_errors=True)


HOSTILE_TITLE = '<img src=x onerror=alert(1)>"引号"&amp;'


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
def built_site():
    return pathlib.Path(os.environ["PLACARD_SITE"])


@pytest.fixture(scope="session")
def site_source():
    return pathlib.Path(os.environ.get("PLACARD_SOURCE") or ROOT)


@pytest.fixture(scope="session")
def corpus_site():
    """A generated corpus with a hostile title and a draft, built by ``placard build``."""
    folder = session_folder() / "corpus"
    subprocess.run([sys.executable, str(ROOT / "tools" / "gen-corpus.py"), "--articles", "150", "--seed", "5",
                    "--out", str(folder)], check=True, capture_output=True)
    source = folder / "placard"
    (source / "content" / "elderly" / "hostile.zh.md").write_text(
        "---\ntitle: %s\ndate: 2024-01-01\n---\n\n标题里有 onerror 和引号的文章。\n" % json.dumps(HOSTILE_TITLE, ensure_ascii=False),
        encoding="utf-8")
    # Text that does not repeat itself, so that keeping every run as a long gram would add too
    # many grams: runs of rare triples are read from their cover, as on a large site.
    rng = random.Random(11)
    pool = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
    for k in range(40):
        clauses = ["".join(rng.choice(pool) for _ in range(rng.randint(5, 12))) for _ in range(120)]
        (source / "content" / "elderly" / ("varied-%02d.zh.md" % k)).write_text(
            "---\ntitle: 随笔第%d篇\ndate: 2023-06-%02d\n---\n\n%s。\n" % (k, k % 28 + 1, "，".join(clauses)), encoding="utf-8")
    (source / "content" / "elderly" / "a-draft.zh.md").write_text(
        "---\ntitle: 草稿\ndate: 2024-01-02\ndraft: true\n---\n\n草稿里的独有词语：琉璃瓦。\n", encoding="utf-8")
    return build_site(source, folder / "public"), source


@pytest.fixture(scope="session")
def site_url(serve, built_site):
    return serve(built_site)


@pytest.fixture(scope="session")
def placard():
    binary = placard_binary()

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
