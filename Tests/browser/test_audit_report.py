"""The HTML report of `placard audit --format html` (SPEC §7.4): one self-contained page, no
script, accessible — axe-core 4.12 finds no violations with every rule it runs by default — in
Chinese and in English, for a clean site (the demo) and for one with a finding of every kind whose
text tries to inject markup.

axe-core 4.12 is the `axe.min.js` inside PyPI's axe-playwright-python 0.1.8 (installed without
Playwright by scripts/install-deps.sh), injected through selenium.
"""
import importlib.util
import json
import os
import pathlib
import re
import subprocess

import pytest

from conftest import ROOT

NOW = "2026-11-28"
PAYLOAD = '<img src=x onerror="window.__audit_xss=1">'


def axe_source():
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None:
        pytest.fail("axe-playwright-python is not installed: run scripts/install-deps.sh --test")
    return (pathlib.Path(spec.submodule_search_locations[0]) / "axe.min.js").read_text(encoding="utf-8")


def write_site_with_findings(root):
    files = {
        "site.yml": "title: {zh: 测试站, en: Test site}\nbaseURL: https://t.example.gov.cn/\nlanguages:\n"
                    "  - {code: zh, locale: zh-CN, name: 中文}\n  - {code: en, locale: en-US, name: English}\n"
                    "series:\n  - {key: elderly, title: 助老篇, updateDays: 7}\n  - {key: education, title: 教育篇}\n",
        "content/elderly/a.zh.md": "---\ntitle: 截止目前的培训,情况\ndate: 2026-10-01\n---\n\n"
                                   "提升數字素养," + PAYLOAD + "见[不存在](nothing.zh.md)。\n\n![](nothing.png)\n",
    }
    for path, text in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def report(source, lang, tmp_path):
    env = dict(os.environ, LANG=("zh_CN.UTF-8" if lang == "zh" else "en_US.UTF-8"), LC_ALL="", LC_MESSAGES="")
    binary = os.environ.get("PLACARD_BIN") or str(ROOT / ".build" / "debug" / "placard")
    run = subprocess.run([binary, "audit", "--source", str(source), "--now", NOW, "--format", "html"],
                         capture_output=True, text=True, env=env)
    assert run.stdout.startswith("<!DOCTYPE html>"), run.stderr
    page = tmp_path / ("report-%s.html" % lang)
    page.write_text(run.stdout, encoding="utf-8")
    return run, page


@pytest.fixture(scope="module")
def finding_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("audit-site")
    write_site_with_findings(root)
    return root


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("which", ["demo", "findings"])
def test_report_is_self_contained_and_passes_axe(chromium, finding_site, tmp_path, lang, which):
    source = ROOT if which == "demo" else finding_site
    run, page = report(source, lang, tmp_path)
    assert run.returncode == (0 if which == "demo" else 1), run.stderr
    html = run.stdout
    assert "<script" not in html
    assert not re.search(r'<link[^>]+rel="stylesheet"|src="http|href="//', html)
    assert ('<html lang="zh-CN">' if lang == "zh" else '<html lang="en">') in html

    chromium.get(page.as_uri())
    assert chromium.execute_script("return document.querySelectorAll('main h2').length") >= 2
    style = chromium.execute_script(
        "var s = getComputedStyle(document.body); return [s.fontSize, s.lineHeight];")
    assert style == ["18px", "28.8px"]
    if which == "findings":
        # The payload is text: shown, never an element, never run.
        assert PAYLOAD in chromium.find_element("css selector", "main").text
        assert chromium.execute_script("return window.__audit_xss === undefined && document.querySelectorAll('main img').length === 0")
        items = chromium.execute_script("return document.querySelectorAll('main li').length")
        assert items >= 7
    chromium.execute_script(axe_source())
    results = chromium.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r); }, function (e) { done({error: String(e)}); });")
    assert "error" not in results, results
    assert results["testEngine"]["version"].startswith("4.12")
    found = [{"rule": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
             for v in results["violations"]]
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)
