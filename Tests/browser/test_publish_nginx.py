"""The publishing recipe for an office's own server (SPEC §7.1): a site made by `placard init`, built for
`http://127.0.0.1:PORT/zt/test/` and served by Debian's nginx with the site's own `deploy/nginx.conf`
under /zt/test/. Every internal link, stylesheet, script, image, feed and search index file answers 200.

nginx runs from a temporary prefix on 127.0.0.1 only and is stopped at the end.
"""
import gzip
import html.parser
import os
import pathlib
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

PREFIX = "/zt/test/"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value and (name in ("href", "src") or (name == "content" and value.startswith("http"))):
                self.urls.append(value)


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


@pytest.fixture(scope="module")
def nginx_site(placard):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(nginx):
        pytest.fail("nginx is not installed: scripts/install-deps.sh --test installs it")
    started = time.monotonic()
    work = pathlib.Path(tempfile.mkdtemp(prefix="placard-nginx-"))
    port = free_port()
    base = f"http://127.0.0.1:{port}{PREFIX}"
    site = work / "site"
    made = placard("init", site, "--base-url", base)
    assert made.returncode == 0, made.stderr
    check = placard("check", "--source", site)
    assert check.returncode == 0 and check.stderr == "", check.stderr
    built = placard("build", "--source", site, "--base-url", base, "--output", work / "www" / PREFIX.strip("/"))
    assert built.returncode == 0, built.stderr

    conf = (site / "deploy" / "nginx.conf").read_text()
    assert "listen 80;" in conf and "root /var/www/placard;" in conf and f"location {PREFIX} {{" in conf
    conf = conf.replace("listen 80;", f"listen 127.0.0.1:{port};").replace("root /var/www/placard;", f"root {work / 'www'};")
    (work / "site.conf").write_text(conf)
    temp = work / "temp"
    temp.mkdir()
    (work / "nginx.conf").write_text(f"""
daemon off;
user root;
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/error.log;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {work}/site.conf;
}}
""")
    test = subprocess.run([nginx, "-t", "-p", str(work), "-c", str(work / "nginx.conf"), "-e", str(work / "error.log")],
                          capture_output=True, text=True)
    assert test.returncode == 0, test.stderr
    server = subprocess.Popen([nginx, "-p", str(work), "-c", str(work / "nginx.conf"), "-e", str(work / "error.log")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        status, _, _ = fetch(base)
        assert status == 200
        print(f"\nplacard init → check → build → served by nginx under {PREFIX}: {time.monotonic() - started:.2f} s")
        yield base, work / "www" / PREFIX.strip("/")
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


def internal(url, page, base):
    absolute = urllib.parse.urljoin(page, url.split("#")[0])
    return absolute if absolute.startswith(base) else None


def test_every_internal_link_and_file_answers_200(nginx_site):
    base, output = nginx_site
    seen, queue, failures, pages = set(), [base], [], 0
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        status, headers, body = fetch(url)
        if status != 200:
            failures.append((status, url))
            continue
        kind = headers.get("Content-Type", "")
        if kind.startswith("text/html") or kind.startswith("application/rss+xml") or url.endswith(".xml"):
            pages += 1
            parser = _Links()
            parser.feed(body.decode("utf-8"))
            found = parser.urls + re.findall(r"<(?:link|guid|loc)>([^<]+)</", body.decode("utf-8"))
            queue += [u for u in (internal(f, url, base) for f in found) if u and u not in seen]
    assert not failures, failures[:20]
    assert pages > 50
    # Every file of the built site is served, the search index's shards included.
    files = [p for p in output.rglob("*") if p.is_file()]
    assert any("search-index" in str(p) for p in files)
    missing = [(s, p) for p in files for s in [fetch(base + urllib.parse.quote(str(p.relative_to(output))))[0]] if s != 200]
    assert not missing, missing[:20]


def test_caching_404_and_precompressed_files(nginx_site):
    base, output = nginx_site
    css = next(output.rglob("*.css"))
    assert re.search(r"\.[0-9a-f]{10}\.css$", css.name), css.name
    css_url = base + str(css.relative_to(output))
    status, headers, _ = fetch(css_url)
    assert status == 200 and "immutable" in headers["Cache-Control"] and "max-age=31536000" in headers["Cache-Control"]
    status, headers, _ = fetch(base + "zh/")
    assert status == 200 and headers["Cache-Control"] == "public, max-age=300"
    status, _, body = fetch(base + "zh/no-such-page/")
    assert status == 404 and b"404" in body and PREFIX.encode() in body
    status, headers, _ = fetch(base.rstrip("/"))
    assert status == 301 and headers["Location"].endswith(PREFIX)
    # gzip_static sends a .gz beside a file when there is one, and works without one.
    original = css.read_bytes()
    css.with_name(css.name + ".gz").write_bytes(gzip.compress(original))
    status, headers, body = fetch(css_url, {"Accept-Encoding": "gzip"})
    assert status == 200 and headers.get("Content-Encoding") == "gzip" and gzip.decompress(body) == original


def test_search_works_under_the_sub_path(nginx_site, chromium, wait_search):
    base, _ = nginx_site
    chromium.get(base + "zh/search/?q=" + urllib.parse.quote("手机"))
    results = wait_search("手机")
    assert results, "a search for 手机 finds the sample articles"
    assert all(href.startswith(PREFIX) for href, _ in results)
