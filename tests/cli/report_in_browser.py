#!/usr/bin/python3
"""Opens the sample's HTML report in headless Chromium (Debian's chromium and chromium-driver,
driven by python3-selenium) at a desktop width of 1280 px and a phone width of 390 px, saves a
screenshot of each, and fails when the page is wider than the phone's screen (a table, chart or
long word that makes the reader scroll sideways).

Usage: report_in_browser.py REPORT_HTML SHOTS_DIR
"""
import os
import sys
import tempfile
from pathlib import Path

# Chromium leaves singleton folders in the temporary folder; ours is removed when the test ends.
_browser_temp = tempfile.TemporaryDirectory(prefix="crmw-browser-")
os.environ["TMPDIR"] = _browser_temp.name

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

report, shots = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
shots.mkdir(parents=True, exist_ok=True)

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--hide-scrollbars", "--force-device-scale-factor=1"):
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
failures = []
try:
    for width in (1280, 390):
        driver.set_window_size(width, 900)
        driver.get(report.as_uri())
        inner = driver.execute_script("return window.innerWidth")
        page = driver.execute_script(
            "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")
        # What sticks out past the right edge, for the message.
        wide = driver.execute_script("""
            const limit = window.innerWidth;
            return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > limit + 1)
                .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                                 (e.className && typeof e.className === 'string' ?
                                  '.' + e.className.split(' ')[0] : '') +
                                 ' ' + Math.round(e.getBoundingClientRect().right) + 'px');""")
        driver.save_screenshot(str(shots / f"report-{width}px.png"))
        # A screen of some sections with wide tables and charts, to be looked at.
        for section in ("summary", "step-6", "changes", "disagreement"):
            if driver.execute_script(
                    f"const s = document.getElementById('{section}');"
                    "if (s) s.scrollIntoView(); return !!s;"):
                driver.save_screenshot(str(shots / f"report-{width}px-{section}.png"))
        height = driver.execute_script("return document.documentElement.scrollHeight")
        print(f"{width} px: viewport {inner} px, page {page} px wide, {height} px high")
        if width == 390 and page > inner:
            failures.append(f"at {width} px the page is {page} px wide: {', '.join(wide)}")
        if driver.execute_script("return document.querySelectorAll('section').length") < 10:
            failures.append(f"at {width} px the report has fewer than ten sections")
finally:
    driver.quit()
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
