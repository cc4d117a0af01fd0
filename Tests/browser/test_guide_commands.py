"""Every command the staff guide (docs/guide/) marks runnable runs as written.

A shell block preceded by `<!-- run -->` runs and must succeed; `<!-- run: background -->` (a command that
keeps running, `placard serve`) must be serving the guide's site on port 1313 within 30 s, and is then stopped.
The blocks of one language run in chapter order, as a reader follows the guide, in one new folder with the
built `placard` first on PATH.
"""
import os
import pathlib
import re
import shutil
import subprocess
import tempfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "guide"
BLOCK = re.compile(r"<!-- run(?:: (?P<mode>[a-z]+))? -->\n```sh\n(?P<code>.*?)```", re.S)

BACKGROUND = """{code} >serve.log 2>&1 &
serving=$!
python3 - <<'PY'
import time, urllib.error, urllib.request
for _ in range(60):
    try:
        urllib.request.urlopen("http://127.0.0.1:1313/zt/szsy/", timeout=1)
        break
    except urllib.error.HTTPError as error:
        raise SystemExit("placard serve answered %d" % error.code)
    except OSError:
        time.sleep(0.5)
else:
    raise SystemExit("nothing answered on http://127.0.0.1:1313/zt/szsy/")
PY
kill "$serving"
wait "$serving" 2>/dev/null || true
"""


def blocks(language):
    found = []
    for chapter in sorted(GUIDE.glob(f"*.{language}.md")):
        for match in BLOCK.finditer(chapter.read_text(encoding="utf-8")):
            found.append((chapter.name, match.group("mode") or "run", match.group("code")))
    return found


def test_both_languages_run_the_same_commands():
    zh, en = blocks("zh"), blocks("en")
    assert len(zh) >= 10
    assert [mode for _, mode, _ in zh] == [mode for _, mode, _ in en]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_guide_commands_run_as_written(language):
    binary = pathlib.Path(os.environ.get("PLACARD_BIN") or ROOT / ".build" / "debug" / "placard").resolve()
    work = pathlib.Path(tempfile.mkdtemp(prefix=f"placard-guide-{language}-"))
    (work / "bin").mkdir()
    (work / "bin" / "placard").symlink_to(binary)
    script = ["set -euo pipefail"]
    for chapter, mode, code in blocks(language):
        script.append(f"echo '== {chapter}: {code.splitlines()[0]}'")
        script.append(BACKGROUND.replace("{code}", code.strip()) if mode == "background" else code)
    env = {**os.environ, "PATH": f"{work / 'bin'}:{os.environ['PATH']}", "HOME": str(work)}
    try:
        run = subprocess.run(["bash", "-c", "\n".join(script)], cwd=work, env=env, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
        site = work / "my-site"
        assert (site / "public" / "zh" / "index.html").exists()
        assert (site / "content" / "elderly" / "bank-app-class.en.md").exists()
    finally:
        shutil.rmtree(work, ignore_errors=True)
