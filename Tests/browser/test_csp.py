"""The Content-Security-Policy of the built site (SPEC §7.6): every page carries it in <head> before any
script, it is strict, no page has an inline script or event handler, and in Chromium nothing of the
site's own is blocked by it (the charts, covers, search, project filters and text-size switch work).
"""
import pathlib
import re

import pytest

from test_xss import PROBE

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def html_pages(site):
    return sorted(path for path in pathlib.Path(site).rglob("*.html"))


def test_every_page_carries_a_strict_policy_before_any_script(built_site):
    pages = html_pages(built_site)
    assert pages
    for path in pages:
        html = path.read_text(encoding="utf-8")
        head = html.split("</head>")[0]
        found = META.search(head)
        assert found, path
        script = head.find("<script")
        assert script == -1 or found.start() < script, path
        directives = {d.split()[0]: d.split()[1:] for d in found.group(1).split(";") if d.strip()}
        assert directives["script-src"] == ["'self'"] and directives["object-src"] == ["'none'"], path
        for sources in directives.values():
            assert "'unsafe-inline'" not in sources and "*" not in sources, path
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), f"inline script in {path}"
        assert not re.search(r"<[a-zA-Z][^>]*\son[a-z]+\s*=", html), f"inline event handler in {path}"


@pytest.fixture(scope="module")
def probed(chromium):
    handle = chromium.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": PROBE})
    yield chromium
    chromium.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": handle["identifier"]})


def test_nothing_of_the_site_is_blocked(probed, site_url, built_site):
    """One page of each kind, chosen from the built site, opened with a violation listener."""
    site = pathlib.Path(built_site)
    relative = [str(p.relative_to(site)) for p in html_pages(site)]
    kinds = [r"^index\.html$", r"^404\.html$", r"^zh/index\.html$", r"^en/index\.html$", r"^zh/[^/]+/index\.html$",
             r"^zh/[^/]+/[^/]+/index\.html$", r"^zh/projects/index\.html$", r"^zh/projects/[^/]+/index\.html$",
             r"^zh/search/index\.html$", r"^zh/tags/[^/]+/index\.html$", r"^zh/groups/[^/]+/index\.html$",
             r"/page/1/index\.html$", r"^en/[^/]+/[^/]+/index\.html$"]
    chosen = sorted({next((r for r in relative if re.search(kind, r)), None) for kind in kinds} - {None})
    assert len(chosen) >= 8, chosen
    for page in chosen:
        url = f"{site_url}/{page}".replace("/index.html", "/")
        if page == "zh/search/index.html":
            url += "?q=%E6%95%B0%E5%AD%97"
        probed.get(url)
        probed.execute_script("return new Promise(function (r) { setTimeout(r, 300); })")
        violations = probed.execute_script("return window.__csp")
        assert violations == [], (page, violations)
