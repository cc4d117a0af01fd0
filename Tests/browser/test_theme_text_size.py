"""The "larger text" switch: works without reloading, is remembered, and is a real button (issue 7)."""
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from theme_support import built_root, theme_browser, theme_origin  # noqa: F401


def body_font_px(driver):
    """The size of ordinary text (the root size every rem in the theme scales from)."""
    return float(driver.execute_script("return parseFloat(getComputedStyle(document.body).fontSize)"))


def state(driver):
    return driver.execute_script(
        "var b = document.querySelector('.text-size-toggle');"
        "return {large: document.documentElement.classList.contains('text-large'), pressed: b.getAttribute('aria-pressed'), shown: !b.hidden};")


def test_switch_enlarges_text_at_once_and_is_remembered(theme_browser, theme_origin):
    driver = theme_browser
    driver.get(theme_origin + "/zh/")
    driver.execute_script("localStorage.clear()")
    driver.get(theme_origin + "/zh/")
    assert state(driver) == {"large": False, "pressed": "false", "shown": True}
    normal = body_font_px(driver)
    assert normal >= 18
    driver.execute_script("window.__sameDocument = true")
    driver.find_element(By.CSS_SELECTOR, ".text-size-toggle").click()
    assert state(driver) == {"large": True, "pressed": "true", "shown": True}
    assert body_font_px(driver) >= normal * 1.3
    assert driver.execute_script("return window.__sameDocument === true"), "the page reloaded"

    # Remembered on the next page, in the other language too, already set when the page is parsed.
    driver.get(theme_origin + "/en/projects/")
    assert state(driver)["large"] and state(driver)["pressed"] == "true"
    assert body_font_px(driver) >= normal * 1.3

    # The keyboard works it too, and turning it off is remembered as well.
    button = driver.find_element(By.CSS_SELECTOR, ".text-size-toggle")
    button.send_keys(Keys.SPACE)
    assert state(driver) == {"large": False, "pressed": "false", "shown": True}
    driver.get(theme_origin + "/zh/")
    assert not state(driver)["large"]
    assert abs(body_font_px(driver) - normal) < 0.5


def test_switch_label_stays_the_same_and_names_the_action(theme_browser, theme_origin):
    theme_browser.get(theme_origin + "/zh/")
    button = theme_browser.find_element(By.CSS_SELECTOR, ".text-size-toggle")
    label = button.text
    button.click()
    assert button.text == label, "a toggle button keeps its name; aria-pressed carries the state"
    button.click()
    assert button.tag_name == "button" and button.get_attribute("type") == "button"
