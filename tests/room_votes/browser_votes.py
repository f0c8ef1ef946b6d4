#!/usr/bin/env python3
"""Three phones vote in a real browser (headless Chromium, 390 x 844) through `crmw vote-server`
on loopback: two join by the QR code's address, one by the short address and the join code; one
comes back later, picks their name from the list and changes a vote. The document must then
hold exactly those ratings. Screenshots of the phone page go to OUT_DIR for a person to look at.

    browser_votes.py CRMW SAMPLE_JSON OUT_DIR
"""
import html
import os
import re
import subprocess
import sys
import tempfile

# Chromium leaves singleton folders in the temporary folder; ours is removed when the test ends.
_browser_temp = tempfile.TemporaryDirectory(prefix="crmw-browser-")
os.environ["TMPDIR"] = _browser_temp.name

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room_votes_support import VoteServer, make_document, ratings_by_name, wait_until  # noqa: E402


def phone(language="en-US"):
    """A new phone: its own browser, so nothing is remembered from another participant. Its
    language is pinned (the page speaks German to a German phone), so a German machine runs the
    English checks too."""
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-first-run", "--disable-extensions", f"--lang={language}"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 1.0}})
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


class Phone:
    def __init__(self, driver, folder):
        self.driver, self.folder = driver, folder

    def visible(self, element_id):
        return wait_until(lambda: self.driver.find_element(By.ID, element_id).is_displayed())

    def text(self, element_id):
        return self.driver.find_element(By.ID, element_id).text

    def fresh(self, url, language="en-US"):
        """The next participant's phone."""
        if self.driver is not None:
            self.driver.quit()
        self.driver = phone(language)
        self.driver.get(url)

    def join_with_name(self, name):
        assert self.visible("pick"), self.text("status")
        self.driver.find_element(By.ID, "new-name").send_keys(name)
        self.driver.find_element(By.CSS_SELECTOR, "#add-name button").click()
        assert self.visible("question"), self.text("status")

    def pick_name(self, name):
        assert self.visible("pick"), self.text("status")
        buttons = self.driver.find_elements(By.CSS_SELECTOR, "#people button")
        next(b for b in buttons if b.text == name).click()
        assert self.visible("question"), self.text("status")

    def answer(self, position, answer):
        """Answers item `position` (1-based, must be showing) and waits for the next item."""
        assert wait_until(lambda: self.text("position").startswith(f"Item {position} of")), \
            self.text("position")
        if answer == "na":
            self.driver.find_element(By.ID, "not-applicable").click()
        elif answer == "unknown":
            self.driver.find_element(By.ID, "dont-know").click()
        else:
            self.driver.find_element(
                By.CSS_SELECTOR, f'#levels button[data-answer="{answer}"]').click()
        assert wait_until(lambda: self.text("position").startswith(f"Item {position + 1} of")), \
            self.text("status")

    def shot(self, name):
        path = os.path.join(self.folder, name)
        self.driver.save_screenshot(path)
        return path


def disagreement_rows(crmw, document, folder):
    """The rows of the HTML report's "Where the room disagreed" table, as lists of cell texts."""
    report = os.path.join(folder, "report.html")
    subprocess.run([crmw, "report", document, "--format", "html", "--date", "2026-12-06",
                    "-o", report], check=True, stdout=subprocess.DEVNULL)
    with open(report, encoding="utf-8") as f:
        text = f.read()
    section = re.search(r'<section id="disagreement">(.*?)</section>', text, re.S)
    if not section:
        return None
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", section.group(1), re.S):
        cells = [html.unescape(re.sub(r"<[^>]+>", "", c)).strip()
                 for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        if cells:
            rows.append(cells)
    return rows


def main():
    crmw, sample, folder = sys.argv[1:4]
    document = make_document(crmw, sample, folder)
    # Three phones from one address (127.0.0.1): the limit is not what this test checks, and a
    # fast machine must not reach it.
    server = VoteServer(crmw, document, extra=("--rate-limit", "1000/1"))
    failures = []
    p = Phone(None, folder)
    try:
        # Phone 1 scans the QR code (its address is the join URL).
        p.fresh(server.join_url)
        size = p.driver.execute_script("return [window.innerWidth, window.innerHeight]")
        if size != [390, 844]:
            failures.append(f"the phone's viewport is {size}, not 390 x 844")
        assert p.visible("pick")
        p.shot("phone-1-pick-name.png")
        p.join_with_name("Amara Osei")
        p.shot("phone-2-first-item.png")
        p.answer(1, 4)
        p.answer(2, 3)
        p.answer(3, "na")

        # Phone 2 scans the code too.
        p.fresh(server.join_url)
        p.join_with_name("Ben Hart")
        for position, answer in ((1, 2), (2, 5), (3, 3)):
            p.answer(position, answer)

        # Phone 3 types the short address and the join code.
        p.fresh(server.address + "/")
        assert p.visible("code-form")
        p.driver.find_element(By.ID, "code").send_keys(server.join_code.lower())
        p.shot("phone-0-join-code.png")
        p.driver.find_element(By.CSS_SELECTOR, "#code-form button").click()
        assert wait_until(lambda: server.base in p.driver.current_url), p.driver.current_url
        p.join_with_name("Chloé Dupont")
        for position, answer in ((1, 3), (2, "unknown"), (3, 4)):
            p.answer(position, answer)

        # Amara comes back on a fresh phone, picks her name and changes her first vote.
        p.fresh(server.join_url)
        p.pick_name("Amara Osei")
        # She answered three items, so the page opens on the fourth; back to the first.
        assert wait_until(lambda: p.text("position").startswith("Item 4 of 11")), p.text("position")
        for _ in range(3):
            p.driver.find_element(By.ID, "back").click()
        assert wait_until(lambda: p.text("position").startswith("Item 1 of 11"))
        pressed = p.driver.find_element(By.CSS_SELECTOR, '#levels button[aria-pressed="true"]')
        assert pressed.get_attribute("data-answer") == "4", pressed.get_attribute("data-answer")
        p.answer(1, 5)
        p.driver.find_element(By.ID, "back").click()
        assert wait_until(lambda: p.text("position").startswith("Item 1 of 11"))
        p.shot("phone-3-changed-vote.png")

        # A phone set to German reads the page in German (item texts come from the laptop);
        # Ben answered three items, so it opens on the fourth.
        p.fresh(server.join_url, "de-DE")
        assert p.visible("pick")
        heading = p.driver.find_element(By.TAG_NAME, "h1").text
        if heading != "Bewerten Sie auf Ihrem Handy":
            failures.append(f"a German phone reads the heading {heading!r}")
        p.pick_name("Ben Hart")
        assert wait_until(lambda: p.text("position").startswith("Punkt 4 von 11")), \
            p.text("position")
        if p.driver.find_element(By.ID, "next").text != "Weiter":
            failures.append("a German phone's Next button does not read Weiter")
        p.shot("phone-4-german.png")
    finally:
        if p.driver is not None:
            p.driver.quit()
        out = server.stop()
    print(out.strip())

    ratings, people = ratings_by_name(crmw, document)
    # By hand, from the taps above (N/A and "I don't know" leave no rating).
    expected = {
        ("Amara Osei", "Vision", "current"): 5,
        ("Amara Osei", "Strategy", "current"): 3,
        ("Ben Hart", "Vision", "current"): 2,
        ("Ben Hart", "Strategy", "current"): 5,
        ("Ben Hart", "Valued customer experience", "current"): 3,
        ("Chloé Dupont", "Vision", "current"): 3,
        ("Chloé Dupont", "Valued customer experience", "current"): 4,
    }
    if ratings != expected:
        failures.append(f"the document holds {ratings}, expected {expected}")
    if sorted(people) != ["Amara Osei", "Ben Hart", "Chloé Dupont"]:
        failures.append(f"participants {people}")
    # The report's "Where the room disagreed" reads the phones' votes: items with two or more,
    # widest spread first. By hand (population standard deviation, as the spread uses):
    # Vision 5, 2, 3: mean 10/3, squares 25/9 + 16/9 + 1/9 = 42/9, /3 = 1.556, root 1.25 (more
    # than the profile's 1.0: disagreed); Strategy 3, 5: 1.00; Valued customer experience
    # 3, 4: 0.50.
    rows = disagreement_rows(crmw, document, folder)
    expected_rows = [
        ["Vision (current maturity) \u2014 disagreed", "3", "2\u20135", "3", "1.25", "\u2014",
         "No value agreed yet; the median is used"],
        ["Strategy (current maturity)", "2", "3\u20135", "4", "1.00", "\u2014", ""],
        ["Valued customer experience (current maturity)", "2", "3\u20134", "3.5", "0.50",
         "\u2014", ""],
    ]
    if rows != expected_rows:
        failures.append(f"the report's disagreement table is {rows}, expected {expected_rows}")
    if "9 answers from 3 people" not in out:  # 3 answers each; a changed one counts once
        failures.append(f"summary line: {out!r}")
    for failure in failures:
        print("FAIL:", failure)
    print("browser_votes:", "failed" if failures else "the document holds exactly the phones' votes")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
