"""Crash safety (SPEC §7.6): real `placard build` processes killed with SIGKILL at several moments leave the
output folder either the complete previous site, byte-identical, or the complete new one; the next build
succeeds and leaves nothing beside the output folder.

Exact moments come from the build's test hook (`PLACARD_TEST_PAUSE_AT`, see Build/TestHook.swift); random
moments from killing after a random delay. Run: `PLACARD_BIN=.build/debug/placard pytest Tests/safety`.
"""
import hashlib
import os
import pathlib
import random
import shutil
import signal
import subprocess
import tempfile
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("PLACARD_BIN", str(ROOT / ".build/debug/placard"))
NOW = "2026-11-28"

SITE_YML = """title: {zh: 数字素养, en: Digital Literacy}
baseURL: https://digital.example.gov.cn/
languages:
  - {code: zh, locale: zh-CN, name: 中文}
  - {code: en, locale: en-US, name: English}
series:
  - key: elderly
    title: {zh: 助老篇, en: Older People}
  - key: education
    title: {zh: 教育篇, en: Education}
groups:
  elderly: {zh: 老年人, en: Older people}
  students: {zh: 学生, en: Students}
"""

PARAGRAPH = ("社区志愿者手把手教老年人使用智能手机，学会视频通话、扫码乘车和网上挂号。"
             "课程分为基础、进阶两个阶段，每周两次，结业后颁发证书。") * 6


def write_site(root: pathlib.Path, articles: int, edition: str) -> None:
    (root / "content/projects").mkdir(parents=True, exist_ok=True)
    (root / "site.yml").write_text(SITE_YML, encoding="utf-8")
    for i in range(articles):
        series = "elderly" if i % 2 else "education"
        folder = root / "content" / series
        folder.mkdir(parents=True, exist_ok=True)
        day = 1 + i % 28
        (folder / f"a{i}.zh.md").write_text(
            f"---\ntitle: 第{i}篇 {edition}\ndate: 2025-{1 + i % 12:02d}-{day:02d}\ntags: [手机, 课程{i % 7}]\n"
            f"groups: [elderly]\n---\n\n{PARAGRAPH}\n\n{edition} {i}\n", encoding="utf-8")
        (folder / f"a{i}.en.md").write_text(
            f"---\ntitle: Article {i} {edition}\ndate: 2025-{1 + i % 12:02d}-{day:02d}\n---\n\nSmartphone class {i}. {edition}\n",
            encoding="utf-8")
    rows = "\n".join(
        f"  - {{id: p{i}, title: 项目{i}, organizer: 教育厅, organizerType: department, series: education, "
        f"groups: [students], start: 2024-05-20, reach: {i * 10}}}" for i in range(200))
    (root / "content/projects/list.yml").write_text(f"title: {{zh: 清单, en: List}}\nprojects:\n{rows}\n", encoding="utf-8")


def tree_hash(folder: pathlib.Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        digest.update(relative.encode() + b"\0")
        if path.is_symlink():
            digest.update(b"link:" + os.readlink(path).encode())
        elif path.is_file():
            digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def build(source, output, env=None, check=True):
    result = subprocess.run([BIN, "build", "--quiet", "--now", NOW, "--source", str(source), "--output", str(output)],
                            capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=300)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def start_build(source, output, env=None):
    return subprocess.Popen([BIN, "build", "--quiet", "--now", NOW, "--source", str(source), "--output", str(output)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})


def kill_at(source, output, stage):
    process = start_build(source, output, {"PLACARD_TEST_PAUSE_AT": stage})
    deadline = time.time() + 120
    line = ""
    while time.time() < deadline:
        line = process.stderr.readline()
        if not line or "paused at" in line:
            break
    assert f"paused at {stage}" in line, f"the build did not reach {stage}: {line!r}"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL


@pytest.fixture(scope="module")
def sites():
    base = pathlib.Path(tempfile.mkdtemp(prefix="placard-kill-"))
    old, new = base / "old", base / "new"
    write_site(old, 100, "v1")
    write_site(new, 100, "v2")
    reference = base / "reference" / "public"
    build(new, reference)
    yield base, old, new, tree_hash(reference)
    shutil.rmtree(base, ignore_errors=True)


def beside(output: pathlib.Path):
    return sorted(p.name for p in output.parent.iterdir() if p.name != output.name)


def rebuild_cleanly(source, output, expected_hash):
    """The next build succeeds, gives the expected site and leaves nothing beside the output folder."""
    build(source, output)
    assert tree_hash(output) == expected_hash
    assert beside(output) == []


def test_kill_at_each_stage_keeps_the_previous_site(sites):
    base, old, new, new_hash = sites
    output = base / "out1" / "public"
    build(old, output)
    old_hash = tree_hash(output)
    assert old_hash != new_hash
    for stage in ["load", "render", "search", "swap"]:
        kill_at(new, output, stage)
        assert tree_hash(output) == old_hash, f"killed at {stage}: the previous output changed"
    assert beside(output), "killed builds leave their staging folders (removed by the next build)"
    rebuild_cleanly(new, output, new_hash)


def test_kill_just_after_the_swap_leaves_the_new_site(sites):
    base, old, new, new_hash = sites
    output = base / "out2" / "public"
    build(old, output)
    kill_at(new, output, "swapped")
    assert tree_hash(output) == new_hash
    rebuild_cleanly(new, output, new_hash)


def test_kill_at_random_moments(sites):
    base, old, new, new_hash = sites
    output = base / "out3" / "public"
    build(old, output)
    hashes = {"v1": tree_hash(output), "v2": new_hash}
    # The time a whole build takes, to spread the kills over it.
    start = time.time()
    build(new, base / "timing" / "public")
    duration = time.time() - start
    rng = random.Random(11)
    current = "v1"
    for target, source in [("v2", new), ("v1", old)]:
        process = start_build(source, output)
        time.sleep(rng.uniform(0, duration))
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert tree_hash(output) in (hashes[current], hashes[target])
        rebuild_cleanly(source, output, hashes[target])
        current = target
