"""No payload placed in the content runs in a browser (SPEC §7.6).

OWASP filter-evasion payloads (xss_payloads.py) go into every field that reaches a page: titles,
summaries, tags, regions and sources of articles, Markdown bodies (raw HTML off, and on in a second
site), project fields in YAML and CSV cells, site.yml strings, file names, and queries typed into the
search page. Both sites are built with `placard build`; every page is opened in headless Chromium with
alert/confirm/prompt replaced and a `securitypolicyviolation` listener installed before any page script
(CDP Page.addScriptToEvaluateOnNewDocument). Asserted on every page: no dialog call, no `__xss` global, no
element created by a payload, no `javascript:` link, and no policy violation caused by the site's own files.
With raw HTML on, the author's markup appears as written, and the policy must still stop its scripts.
"""
import csv
import io
import json
import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import urllib.parse

import pytest

from xss_payloads import PAYLOADS

NOW = "2026-11-28"

PROBE = """
window.__xssDialogs = [];
['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
  window[name] = function () { window.__xssDialogs.push(name); };
});
window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push({directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, sample: e.sample});
});
"""

CHECK = """
var links = Array.from(document.querySelectorAll('[href],[src],[action],[formaction],[data]')).map(function (e) {
  return e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || e.getAttribute('formaction') || e.getAttribute('data') || '';
}).filter(function (v) { return /^\\s*(javascript|vbscript|data:text)/i.test(v.replace(/[\\u0000-\\u0020]/g, '')); });
return {
  dialogs: window.__xssDialogs || ['probe missing'],
  global: typeof window.__xss !== 'undefined',
  ran: document.getElementsByTagName('xss-ran').length,
  tags: document.getElementsByTagName('xss-tag').length,
  csp: window.__csp || [],
  links: links,
  text: document.title + '\\n' + document.documentElement.textContent,
  attributes: Array.from(document.querySelectorAll('*')).map(function (e) {
    return Array.from(e.attributes).map(function (a) { return a.value; }).join('\\n'); }).join('\\n'),
};
"""


def yaml_string(text):
    return json.dumps(text, ensure_ascii=False)


def p(i):
    return PAYLOADS[i % len(PAYLOADS)]


def site_yml(unsafe):
    q = yaml_string
    return f"""title: {{zh: {q(p(0))}, en: {q(p(1))}}}
description: {{zh: {q(p(2))}, en: {q(p(3))}}}
baseURL: http://127.0.0.1/
markdown: {{unsafe: {str(unsafe).lower()}}}
languages:
  - {{code: zh, locale: zh-CN, name: {q(p(4))}}}
  - {{code: en, locale: en-US, name: English}}
paginate: 20
series:
  - key: elderly
    title: {{zh: {q(p(5))}, en: {q(p(6))}}}
    description: {{zh: {q(p(7))}, en: {q(p(8))}}}
  - key: education
    title: {{zh: {q(p(9))}, en: {q(p(10))}}}
groups:
  elderly: {{zh: {q(p(11))}, en: {q(p(12))}}}
  students: {{zh: {q(p(13))}, en: {q(p(14))}}}
identity:
  organizer: {{zh: {q(p(15))}, en: {q(p(16))}}}
  operator: {{zh: {q(p(17))}, en: {q(p(18))}}}
  contact: {{zh: {q(p(19))}, en: {q(p(20))}}}
  siteCode: {q(p(21))}
  icp: {q(p(22))}
  police: {q(p(23))}
  reportURL: {q("https://example.org/" + p(41))}
"""

SITE_FIELDS = 25


def file_name(payload):
    """The payload as a file name: `/` and NUL cannot be in one."""
    name = payload.replace("/", "∕").replace("\0", "")[:120]
    return name + ".txt"


def pairs():
    """Two payloads per item, so each field meets every payload with half as many pages to open."""
    return [(PAYLOADS[2 * i], PAYLOADS[(2 * i + 1) % len(PAYLOADS)]) for i in range((len(PAYLOADS) + 1) // 2)]


def write_site(root: pathlib.Path, unsafe: bool):
    (root / "content/elderly").mkdir(parents=True)
    (root / "content/projects").mkdir(parents=True)
    (root / "content/files").mkdir(parents=True)
    (root / "site.yml").write_text(site_yml(unsafe), encoding="utf-8")
    q = yaml_string
    for i, (a, b) in enumerate(pairs()):
        both = f"{a} {b}"
        front = (f"---\ntitle: {q(both)}\ndate: 2025-01-{1 + i % 28:02d}\nsummary: {q(both)}\n"
                 f"tags: [{q(a)}, {q(b)}]\nregion: {q(both)}\nsource: {q(both)}\ngroups: [elderly]\n---\n\n")
        body = ""
        for payload in (a, b):
            name = file_name(payload)
            (root / "content/files" / name).write_text("file", encoding="utf-8")
            body += f"{payload}\n\n段落 {payload} 结束\n\n[文件]({urllib.parse.quote('../files/' + name)})\n\n"
            if re.match(r"^[A-Za-z0-9+.\-]+:", payload):  # a URL with a scheme: kept as written, so try it as a link target
                body += f"[链接](<{payload}>) ![图](<{payload}>)\n\n"
        (root / f"content/elderly/x{i}.zh.md").write_text(front + body, encoding="utf-8")
    (root / "content/elderly/english.en.md").write_text(
        f"---\ntitle: {q(p(30))}\ndate: 2025-02-01\nsummary: {q(p(31))}\n---\n\n{p(32)}\n", encoding="utf-8")
    projects = []
    for i, (a, b) in enumerate(pairs()):
        both = q(f"{a} {b}")
        projects.append(f"  - {{id: y{i}, title: {both}, organizer: {both}, organizerType: department, "
                        f"series: elderly, groups: [elderly], region: {both}, start: 2024-05-20, reach: {i}, "
                        f"summary: {both}, body: {both}, link: {q(as_link(a))}}}")
    (root / "content/projects/yaml-list.yml").write_text(
        f"title: {{zh: {q(p(24))}, en: {q(p(25))}}}\nprojects:\n" + "\n".join(projects) + "\n", encoding="utf-8")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "title", "organizer", "organizerType", "series", "groups", "region", "start", "reach", "summary", "link"])
    for i, (a, b) in enumerate(pairs()):
        both = f"{a} {b}"
        writer.writerow([f"c{i}", both, both, "department", "education", "students", both, "2024-06-01", i, both, as_link(b)])
    (root / "content/projects/csv-list.csv").write_text(out.getvalue(), encoding="utf-8")
    (root / "content/projects/csv-list.yml").write_text(f"title: {{zh: {q(p(26))}, en: {q(p(27))}}}\n", encoding="utf-8")


def as_link(payload):
    """A project's `link` must be an http(s) address (anything else is an error): a payload that is
    one is used as it is, any other rides in the query of one, so it still reaches the page's href."""
    return payload if re.match(r"(?i)^https?://[^/]", payload) else "https://example.gov.cn/?q=" + payload


@pytest.fixture(scope="module")
def xss_sites(placard):
    base = pathlib.Path(tempfile.mkdtemp(prefix="placard-xss-"))
    sites = {}
    for unsafe in (False, True):
        source = base / ("unsafe" if unsafe else "safe")
        write_site(source, unsafe)
        result = placard("build", "--quiet", "--now", NOW, "--source", source, "--output", source / "public")
        assert result.returncode == 0, result.stderr[-4000:]
        sites[unsafe] = source / "public"
    yield sites
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="module")
def probed(chromium):
    handle = chromium.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": PROBE})
    yield chromium
    chromium.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": handle["identifier"]})


def visit(driver, url):
    driver.get(url)
    return driver.execute_script(CHECK)


def own_violations(violations, base_url):
    """Violations caused by the site's own files: one of them blocked, or a script or style of ours doing it."""
    ours = []
    for v in violations:
        blocked = v.get("blocked") or ""
        source = v.get("source") or ""
        if blocked.startswith(base_url) or source.endswith((".js", ".css")):
            ours.append(v)
    return ours


def pages(site: pathlib.Path):
    return sorted(str(path.relative_to(site)) for path in site.rglob("*.html"))


def test_no_payload_runs_on_any_page(probed, serve, xss_sites):
    site = xss_sites[False]
    base_url = serve(site)
    texts, problems = {}, []
    for page in pages(site):
        result = visit(probed, f"{base_url}/{page}")
        for key in ("dialogs", "links", "csp", "global", "ran", "tags"):
            if result[key]:
                problems.append((page, key, result[key]))
        texts[page] = result["text"]
    assert problems == []

    def shown(prefixes):
        text = "\n".join(t for page, t in texts.items() if page.startswith(prefixes))
        return sum(payload in text for payload in PAYLOADS)

    # Payloads that reached each kind of page as text, written out (not markup): all of them must.
    reached = {
        "articles (title, summary, region, source)": shown(("zh/elderly/x",)),
        "tag pages": shown(("zh/tags/",)),
        "YAML project pages": shown(("zh/projects/y", "en/projects/y")),
        "CSV project pages": shown(("zh/projects/c", "en/projects/c")),
        "project directory": shown(("zh/projects/index", "en/projects/index")),
    }
    everything = "\n".join(texts.values())
    site_strings = sum(p(i) in everything for i in range(SITE_FIELDS))
    print(f"\npages opened: {len(texts)}; payloads shown as text per kind of page (of {len(PAYLOADS)}):", reached,
          f"; site.yml strings shown: {site_strings} of {SITE_FIELDS}")
    # Tags that map to the same URL segment are one tag (`javascript:` in two spellings): a few fewer tag pages.
    assert reached.pop("tag pages") >= len(PAYLOADS) - 4
    assert all(count == len(PAYLOADS) for count in reached.values()), reached
    assert site_strings == SITE_FIELDS


def test_raw_html_is_the_authors_but_its_scripts_still_do_not_run(probed, serve, xss_sites):
    site = xss_sites[True]
    base_url = serve(site)
    problems, blocked = [], 0
    # Only the bodies differ from the site above: open the pages that show them.
    for page in [page for page in pages(site) if page.startswith("zh/elderly/x")]:
        result = visit(probed, f"{base_url}/{page}")
        if result["dialogs"] or result["global"] or result["ran"]:
            problems.append((page, result["dialogs"], result["global"], result["ran"]))
        ours = own_violations(result["csp"], base_url)
        if ours:
            problems.append((page, "own files blocked", ours))
        blocked += len(result["csp"])
    assert problems == []
    print("policy violations from raw HTML payloads (blocked):", blocked)
    assert blocked > 0


def test_search_queries_do_not_run(probed, serve, xss_sites, wait_search):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    site = xss_sites[False]
    base_url = serve(site)
    for lang, typed in (("zh", PAYLOADS), ("en", PAYLOADS[:10])):
        probed.get(f"{base_url}/{lang}/search/")
        for payload in typed:
            box = probed.find_element(By.CSS_SELECTOR, "[data-search-page] input[name='q']")
            box.clear()
            box.send_keys(payload.replace("\n", " "))
            box.send_keys(Keys.ENTER)
            wait_search(probed.execute_script("return new URLSearchParams(location.search).get('q') || arguments[0]", payload))
            result = probed.execute_script(CHECK)
            assert not result["dialogs"] and not result["global"] and not result["ran"] and not result["tags"], payload
            assert result["csp"] == [], (payload, result["csp"])
        for payload in PAYLOADS[:20]:
            result = visit(probed, f"{base_url}/{lang}/search/?q={urllib.parse.quote(payload)}")
            assert not result["dialogs"] and not result["ran"] and not result["tags"] and result["csp"] == [], payload


def test_payloads_in_slugs_and_file_names_are_refused(placard):
    base = pathlib.Path(tempfile.mkdtemp(prefix="placard-xss-slug-"))
    try:
        write_site(base, False)
        for i, payload in enumerate(PAYLOADS[:20]):
            path = base / f"content/elderly/x{i}.zh.md"
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("---\ntitle:", f"---\nslug: {yaml_string(payload)}\ntitle:", 1), encoding="utf-8")
        name = "<img src=x onerror=alert(1)>.zh.md"
        (base / "content/elderly" / name).write_text("---\ntitle: t\ndate: 2025-01-01\n---\n", encoding="utf-8")
        result = placard("check", "--source", base)
        assert result.returncode == 1
        assert result.stderr.count("error") >= 21
        assert not (base / "public").exists()
    finally:
        shutil.rmtree(base, ignore_errors=True)
