#!/usr/bin/env python3
"""The report in a real browser: the built grok makes tasks on a sandbox (succeeded,
failed, one with a hostile prompt, one never waited for), writes its reports, and headless
Chromium, driven by selenium, opens the page: every card is there, every <video> loads its
metadata with a duration above zero, the hostile prompt made no element and ran no script.
A screenshot is written (.build/report-test/report.png; docs/report.png too when it is
missing or GROK_UPDATE_SCREENSHOT=1). The JUnit file is read by junitparser and checked
field by field. Run by scripts/test after the Swift tests; as root, the browser runs with
--no-sandbox."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ElementTree

from junitparser import Error, Failure, JUnitXml
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GROK = os.path.join(os.environ.get("GROK_BUILT_PRODUCTS", os.path.join(ROOT, ".build", "debug")), "grok")
ARTIFACTS = os.path.join(ROOT, ".build", "report-test")
README_SCREENSHOT = os.path.join(ROOT, "docs", "report.png")
FAKE_KEY = "fake-browser-test-key-not-a-secret"
HOSTILE = "<script>alert(1)</script> and \"><img src=x onerror=alert(1)>"

BATCH = """\
set poll-interval 100ms
set max-poll-interval 200ms
image cat.png
prompt "a late owl"
submit as owl
prompt "a dog on a skateboard [fail]"
submit as dog
prompt "{hostile}"
submit as hostile
prompt "a cat on a mat, in watercolour"
submit as cat
ratio 9:16
submit as cat-tall
wait dog hostile cat cat-tall
download cat to videos/cat.mp4
download cat-tall to videos/cat-tall.mp4
""".format(hostile=HOSTILE.replace("\\", "\\\\").replace('"', '\\"'))

# What the browser is asked: every video's metadata (a server's URL is fetched only when
# played, preload="none": here it is asked to load, as pressing play would).
LOAD_VIDEOS = """
for (const video of document.querySelectorAll('video')) {
  if (video.preload === 'none') { video.preload = 'metadata'; video.load(); }
}
"""
VIDEO_STATES = "return [...document.querySelectorAll('video')].map(v => [v.readyState, v.duration, v.error && v.error.code]);"


class ReportInBrowser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.mkdtemp(prefix="grok-report-test-")
        shutil.copy(os.path.join(ROOT, "Tests", "Golden", "runtime", "cat.png"), cls.work)
        os.mkdir(os.path.join(cls.work, "videos"))
        with open(os.path.join(cls.work, "batch.grok"), "w") as script:
            script.write(BATCH)
        cls.sandbox = subprocess.Popen([GROK, "sandbox", "--port", "0", "--task-queries", "3", "--quiet"],
                                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        cls.base_url = cls.sandbox.stdout.readline().strip()
        if not cls.base_url.startswith("http://127.0.0.1:"):
            cls.tearDownClass()
            raise RuntimeError("the sandbox did not say where it listens: %r" % cls.base_url)
        run = cls.grok("--keep-going", "--report-html", "run.html", "--report-junit", "run.xml", "batch.grok")
        assert run.returncode == 5, "the failed task's status, 5: %d\n%s" % (run.returncode, run.stderr)
        cls.report = cls.grok("report", "--html", "report.html", "--junit", "report.xml")
        assert cls.report.returncode == 0, cls.report.stderr
        cls.browser = cls.open_browser()
        cls.browser.get("file://" + os.path.join(cls.work, "report.html"))

    @classmethod
    def tearDownClass(cls):
        if getattr(cls, "browser", None):
            cls.browser.quit()
        cls.sandbox.terminate()
        cls.sandbox.wait()
        shutil.rmtree(cls.work, ignore_errors=True)

    @classmethod
    def grok(cls, *arguments):
        environment = dict(os.environ, JIMMYAI_API_KEY=FAKE_KEY, NO_COLOR="1")
        return subprocess.run([GROK, "--base-url", cls.base_url, "--state-dir", os.path.join(cls.work, "state")] + list(arguments),
                              cwd=cls.work, env=environment, capture_output=True, text=True, timeout=120)

    @classmethod
    def open_browser(cls):
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
                         "--autoplay-policy=no-user-gesture-required", "--mute-audio"]:
            options.add_argument(argument)
        browser = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))
        # Before any of the page's own: an alert, should one ever run, leaves a mark.
        browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {
            "source": "window.__alerts = 0; window.alert = function () { window.__alerts += 1; };"})
        return browser

    def script(self, text):
        return self.browser.execute_script(text)

    def test_every_card_is_there_newest_first_and_grouped_by_prompt(self):
        titles = self.script("return [...document.querySelectorAll('article.card h3')].map(h => h.textContent);")
        self.assertEqual(titles, ["cat-tall", "cat", "hostile", "dog", "owl"])
        groups = self.script("return [...document.querySelectorAll('section.group')].map(s => s.querySelectorAll('article').length);")
        self.assertEqual(groups, [2, 1, 1, 1], "the two cats sit in one group")
        self.assertEqual(self.report.stdout, "wrote report.html: 5 tasks\nwrote report.xml: 5 tasks\n")
        header = self.script("return document.querySelector('.counts').innerText;")
        for expected in ["3\nsucceeded", "1\nfailed", "1\nrunning", "30 s\nof video made"]:
            self.assertIn(expected.replace("\n", " "), header.replace("\n", " "))
        dog = self.script("return [...document.querySelectorAll('article.card')].find(a => a.querySelector('h3').textContent === 'dog').innerText;")
        self.assertIn("PROVIDER_MODERATION_ERROR", dog)
        self.assertIn("batch.grok:7", dog)

    def test_every_video_loads_its_metadata(self):
        sources = self.script("return [...document.querySelectorAll('video')].map(v => v.getAttribute('src'));")
        self.assertEqual(len(sources), 3, "the hostile task's video is its URL: %r" % sources)
        remote, *local = sorted(sources)
        self.assertEqual(local, ["videos/cat-tall.mp4", "videos/cat.mp4"])
        self.assertTrue(remote.startswith(self.base_url), sources)
        with open(os.path.join(self.work, "report.html")) as page:
            text = page.read()
        self.assertIn('preload="none" src="%s"' % remote, text, "a server's URL waits to be played")
        self.assertIn('preload="metadata" src="videos/cat.mp4"', text, "a downloaded file is read at once")
        self.script(LOAD_VIDEOS)
        WebDriverWait(self.browser, 30, poll_frequency=0.1).until(
            lambda _: all(state >= 1 or error for state, _, error in self.script(VIDEO_STATES)))
        for state, duration, error in self.script(VIDEO_STATES):
            self.assertIsNone(error)
            self.assertGreaterEqual(state, 1)
            self.assertGreater(duration, 0)

    def test_the_hostile_prompt_is_text_and_runs_nothing(self):
        self.assertEqual(self.script("return document.querySelectorAll('script').length;"), 0)
        self.assertEqual(self.script("return document.querySelectorAll('[onerror], img[src=\"x\"]').length;"), 0)
        images = self.script("return [...document.images].map(i => [i.getAttribute('src'), i.alt]);")
        self.assertEqual(images, [["cat.png", "reference image"]] * 5)
        prompts = self.script("return [...document.querySelectorAll('.prompt')].map(p => p.textContent);")
        self.assertIn(HOSTILE, prompts)
        self.assertEqual(self.script("return window.__alerts;"), 0)
        with self.assertRaises(NoAlertPresentException):
            self.browser.switch_to.alert.text

    def test_the_page_needs_nothing_from_the_network(self):
        with open(os.path.join(self.work, "report.html")) as page:
            text = page.read()
        self.assertNotIn("<link", text)
        self.assertNotIn(FAKE_KEY, text)
        for word in ["http://", "https://"]:
            outside = [line for line in text.splitlines() if word in line and self.base_url not in line]
            self.assertEqual(outside, [], "only the sandbox's own URLs")

    def test_a_screenshot_is_written(self):
        os.makedirs(ARTIFACTS, exist_ok=True)
        self.script(LOAD_VIDEOS)
        WebDriverWait(self.browser, 30, poll_frequency=0.1).until(lambda _: all(state >= 2 for state, _, _ in self.script(VIDEO_STATES)))
        shot = os.path.join(ARTIFACTS, "report.png")
        self.assertTrue(self.browser.save_screenshot(shot))
        with open(shot, "rb") as image:
            self.assertEqual(image.read(8), b"\x89PNG\r\n\x1a\n")
        if os.environ.get("GROK_UPDATE_SCREENSHOT") == "1" or not os.path.exists(README_SCREENSHOT):
            self.browser.set_window_size(1200, 720)
            self.assertTrue(self.browser.save_screenshot(README_SCREENSHOT))
            self.browser.set_window_size(1280, 900)

    def test_the_junit_file_reads_field_by_field(self):
        for name in ["run.xml", "report.xml"]:
            path = os.path.join(self.work, name)
            root = ElementTree.parse(path).getroot()
            self.assertEqual(root.tag, "testsuites")
            suites = list(JUnitXml.fromfile(path))
            self.assertEqual([suite.name for suite in suites], ["batch.grok"])
            suite = suites[0]
            self.assertEqual((suite.tests, suite.failures, suite.errors, suite.skipped), (5, 1, 1, 0))
            self.assertGreater(suite.time, 0)
            found = list(suite)
            self.assertEqual([case.name.split(" (")[0] for case in found], ["owl", "dog", "hostile", "cat", "cat-tall"], "oldest first")
            for case in found:
                self.assertEqual(case.classname, "batch.grok")
                self.assertRegex(case.name, r"^[a-z-]+ \(\w+-\w+-\d+\)$")
                self.assertEqual(case.system_out.splitlines()[0].startswith("prompt: "), True)
                results = case.result
                if case.name.startswith("dog "):
                    self.assertEqual(len(results), 1)
                    self.assertIsInstance(results[0], Failure)
                    self.assertEqual(results[0].message, "PROVIDER_MODERATION_ERROR: TRADEMARK")
                    self.assertEqual(results[0].type, "failed")
                elif case.name.startswith("owl "):
                    self.assertEqual(len(results), 1)
                    self.assertIsInstance(results[0], Error)
                    self.assertTrue(results[0].message.startswith("not finished: still queued"))
                else:
                    self.assertTrue(case.is_passed, case.name)
                    self.assertGreater(case.time, 0)
            hostile = next(case for case in found if case.name.startswith("hostile "))
            self.assertIn(HOSTILE, hostile.system_out)


if __name__ == "__main__":
    if not os.access(GROK, os.X_OK):
        sys.exit("report browser test: no built grok at %s (swift build first)" % GROK)
    unittest.main(verbosity=2)
