"""automem view in a real browser (headless Debian chromium through chromium-driver).

Drives the real `automem view` on real run folders: the runs page, an episode scrubbed with the
keyboard to a step whose memory must equal the memory replayed here from the journal, two runs
compared, a hostile memory file shown as text, a picture drawn, an export opened from disk.
Screenshots go to the folder given as the third argument.

    python view_test.py URL RUNS_DIR SHOTS_DIR
"""
import json
import os
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

URL, RUNS, SHOTS = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]


def replay(journal, step):
    """The memory after `step`, from the journal, independently of the Rust replay."""
    files = {}
    with open(journal, encoding="utf-8") as f:
        for raw in f:
            if not raw.strip():
                continue
            e = json.loads(raw)
            if e["step"] > step:
                break
            op = e["op"]
            if op == "write":
                files[e["path"]] = e["content"]
            elif op == "append":
                old = files.get(e["path"], "")
                sep = "\n" if old and not old.endswith("\n") else ""
                files[e["path"]] = old + sep + e["line"].rstrip("\r\n") + "\n"
            elif op == "create":
                files[e["path"]] = ""
            elif op == "remove":
                files.pop(e["path"], None)
            elif op == "rename":
                files[e["to"]] = files.pop(e["from"])
    return files


def lines_of(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def wait(driver, condition, what, timeout=15):
    end = time.time() + timeout
    while time.time() < end:
        try:
            value = condition()
            if value:
                return value
        except Exception:  # the page is still drawing
            pass
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}; page says: {driver.find_element(By.ID, 'main').text[:500]}")


def shown_memory(driver):
    memory = {}
    for box in driver.find_elements(By.CSS_SELECTOR, "#memory details.mfile"):
        memory[box.get_attribute("data-path")] = [
            t.get_attribute("textContent") for t in box.find_elements(By.CSS_SELECTOR, ".mline .mtext")
        ]
    return memory


def main():
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1500,1100"]:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        run_all(driver)
    finally:
        driver.quit()


def run_ids(driver):
    return {
        card.get_attribute("data-label").split("/")[-1]: card.get_attribute("data-run")
        for card in driver.find_elements(By.CSS_SELECTOR, "section.run")
    }


def run_all(driver):
    # Runs page: every run folder, its summary and episodes.
    driver.get(URL + "/")
    want = {"memory-on", "memory-off", "hostile", "pictures"}
    try:
        ids = wait(driver, lambda: (lambda r: r if want <= set(r) else None)(run_ids(driver)), "the four runs")
    except AssertionError:
        print("runs shown:", run_ids(driver), file=sys.stderr)
        raise
    on = driver.find_element(By.CSS_SELECTOR, f"section.run[data-run='{ids['memory-on']}']")
    assert "progression" in on.text and "crafter" in on.text, on.text
    assert len(on.find_elements(By.CSS_SELECTOR, "tbody tr")) == 2, on.text
    driver.save_screenshot(os.path.join(SHOTS, "runs.png"))
    print("runs page: 4 runs listed")

    # Episode page: open seed 1 from the table, then scrub with the keyboard.
    on.find_element(By.CSS_SELECTOR, "tbody tr[data-seed='1'] a").click()
    wait(driver, lambda: driver.find_element(By.ID, "main").get_attribute("data-step") == "0", "step 0 shown")
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.END)
    last = int(wait(driver, lambda: (lambda s: s if s not in (None, "0") else None)(driver.find_element(By.ID, "main").get_attribute("data-step")), "the last step"))
    journal = os.path.join(RUNS, "memory-on", "episode-1.memory.jsonl")
    for target in [37, 38, last]:
        driver.get(f"{URL}/#/episode/{ids['memory-on']}/1/{target - 1}")
        driver.refresh()
        wait(driver, lambda: driver.find_element(By.ID, "main").get_attribute("data-step") == str(target - 1), f"step {target - 1}")
        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_RIGHT)
        wait(driver, lambda: driver.find_element(By.ID, "main").get_attribute("data-step") == str(target), f"step {target} after →")
        expected = {path: lines_of(text) for path, text in replay(journal, target).items()}
        got = wait(driver, lambda: (lambda m: m if m == expected else None)(shown_memory(driver)), f"the memory replayed at step {target}", timeout=5)
        assert got == expected
        print(f"episode page: memory at step {target} equals the journal replayed to it ({len(expected)} files)")
    # The "written, then read later" table answers the newcomer's question.
    writes = driver.find_element(By.ID, "writes").text
    assert "read later" in writes, writes[:300]
    driver.get(f"{URL}/#/episode/{ids['memory-on']}/1/40")
    driver.refresh()
    wait(driver, lambda: driver.find_element(By.ID, "main").get_attribute("data-step") == "40", "step 40")
    time.sleep(0.5)
    driver.save_screenshot(os.path.join(SHOTS, "episode.png"))

    # Compare memory on and off.
    driver.get(URL + "/")
    wait(driver, lambda: len(run_ids(driver)) >= 4, "the runs")
    for name in ["memory-on", "memory-off"]:
        driver.find_element(By.CSS_SELECTOR, f"section.run[data-run='{ids[name]}'] input.pick").click()
        time.sleep(0.3)
    wait(driver, lambda: driver.find_element(By.ID, "compare").is_enabled(), "the compare button")
    driver.find_element(By.ID, "compare").click()
    rows = wait(driver, lambda: driver.find_elements(By.CSS_SELECTOR, "#comparison tbody tr"), "the comparison")
    assert len(rows) == 3, [r.text for r in rows]  # two seeds and the mean
    assert "mean" in rows[-1].text
    time.sleep(0.3)
    driver.save_screenshot(os.path.join(SHOTS, "compare.png"))
    print("compare page: 2 seeds and the mean")

    # A memory file holding markup is shown as text and runs nothing.
    hostile_journal = os.path.join(RUNS, "hostile", "episode-1.memory.jsonl")
    last_entry = json.loads(open(hostile_journal, encoding="utf-8").read().strip().split("\n")[-1])
    step = last_entry["step"]
    driver.get(f"{URL}/#/episode/{ids['hostile']}/1/{step}")
    driver.refresh()
    wait(driver, lambda: driver.find_element(By.ID, "main").get_attribute("data-step") == str(step), "the hostile step")
    evil = wait(driver, lambda: driver.find_element(By.CSS_SELECTOR, "details.mfile[data-path='evil.txt']"), "evil.txt")
    texts = [t.get_attribute("textContent") for t in evil.find_elements(By.CSS_SELECTOR, ".mtext")]
    assert texts == ["<script>window.__pwned=1</script>", "<img src=x onerror=window.__pwned=2>"], texts
    assert driver.execute_script("return window.__pwned === undefined"), "markup in memory ran"
    assert not driver.find_elements(By.CSS_SELECTOR, "#memory script, #memory img")
    print("hostile memory: shown as text, nothing ran")

    # Pictures: Crafter's tiles and a coloured terminal.
    driver.get(f"{URL}/#/episode/{ids['pictures']}/9/0")
    driver.refresh()
    tiles = wait(driver, lambda: driver.find_elements(By.CSS_SELECTOR, "#picture .tiles .tile"), "tiles")
    assert len(tiles) == 63 and tiles[0].get_attribute("title") == "grass", len(tiles)
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_RIGHT)
    term = wait(driver, lambda: driver.find_element(By.CSS_SELECTOR, "#picture pre.term"), "terminal")
    assert "@" in term.text and term.find_elements(By.CSS_SELECTOR, "span.cb"), term.text
    print("pictures: tiles and terminal drawn")

    # Export: one file that opens from disk with no server.
    export = os.path.join(SHOTS, "..", "export.html")
    with urllib.request.urlopen(f"{URL}/api/runs/{ids['memory-on']}/episodes/2/export.html") as r:
        open(export, "wb").write(r.read())
    driver.get("file://" + os.path.abspath(export))
    wait(driver, lambda: driver.find_element(By.ID, "main").get_attribute("data-step") == "0", "the export's step 0")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_RIGHT)
    wait(driver, lambda: driver.find_element(By.ID, "main").get_attribute("data-step") == "1", "the export's step 1")
    assert driver.find_elements(By.CSS_SELECTOR, "#memory details.mfile")
    print("export: opens from disk and scrubs")

    # The comparison exports too: one file, both runs inside, no server.
    compare = os.path.join(SHOTS, "..", "compare.html")
    with urllib.request.urlopen(f"{URL}/api/compare/{ids['memory-on']}/{ids['memory-off']}/export.html") as r:
        open(compare, "wb").write(r.read())
    driver.get("file://" + os.path.abspath(compare))
    rows = wait(driver, lambda: driver.find_elements(By.CSS_SELECTOR, "#comparison tbody tr"), "the exported comparison")
    assert len(rows) == 3 and "mean" in rows[-1].text, [r.text for r in rows]
    assert not driver.find_elements(By.CSS_SELECTOR, "#comparison a"), "an export links to no episode it lacks"
    print("compare export: opens from disk with both runs")


if __name__ == "__main__":
    main()
