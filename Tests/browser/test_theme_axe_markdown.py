"""axe-core finds no violations on what the Markdown extensions make: a task list's boxes
(named by their state, as cmark-gfm leaves them unlabelled) and a code block wider than the
text column (reachable by keyboard, as a wide table is), in both languages and on a phone."""
import json

import pytest
from selenium.webdriver.common.by import By

from conftest import build_files
from theme_support import axe_violations, set_viewport, theme_browser  # noqa: F401

SITE_YML = """title: {zh: 测试, en: Test}
baseURL: https://example.org/
languages:
  - {code: zh, locale: zh-CN, name: 中文}
  - {code: en, locale: en-US, name: English}
series:
  - key: news
    title: {zh: 新闻, en: News}
"""

BODY = """报名前请准备：

- [x] 身份证
- [ ] 智能手机

```
placard build --source /srv/sites/digital-literacy-campaign --output /srv/www/digital-literacy-campaign/public --base-url https://www.example.gov.cn/zt/szsy/
```
"""

FILES = {
    "site.yml": SITE_YML,
    "content/news/tasks.zh.md": "---\ntitle: 报名清单\ndate: 2024-03-01\n---\n\n" + BODY,
    "content/news/tasks.en.md": "---\ntitle: Checklist\ndate: 2024-03-01\n---\n\n" + BODY.replace("报名前请准备：", "Bring:"),
}


@pytest.fixture(scope="module")
def origin(serve):
    return serve(build_files("axe-markdown", FILES))


@pytest.mark.parametrize("lang,done,open_", [("zh", "已完成", "未完成"), ("en", "Done", "Not done")])
@pytest.mark.parametrize("width", [1280, 390])
def test_task_boxes_and_wide_code_pass_axe(theme_browser, origin, lang, done, open_, width):
    set_viewport(theme_browser, width, 900)
    try:
        theme_browser.get(origin + "/%s/news/tasks/" % lang)
        boxes = theme_browser.find_elements(By.CSS_SELECTOR, ".prose input[type=checkbox]")
        assert [b.get_attribute("aria-label") for b in boxes] == [done, open_]
        code = theme_browser.find_element(By.CSS_SELECTOR, ".prose pre")
        assert theme_browser.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", code)
        assert code.get_attribute("tabindex") == "0"
        found = axe_violations(theme_browser)
    finally:
        set_viewport(theme_browser, 1280, 900)
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)
