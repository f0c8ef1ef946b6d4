"""The issue's acceptance through LibreOffice's own API (UNO): open the report .odt in Writer,
rewrite one finding, save as .odt and .docx; open the action plan .xlsx in Calc.

Usage: edit_in_writer.py WORKDIR REPORT.odt PLAN.xlsx DOCUMENT.json
Checks: the finding's old text is found and replaced; Writer sees the report's sections as
level-1 headings; the saved .odt and .docx hold the edit; Calc's first sheet has one row per
action of the current cycle (DOCUMENT.json), ids in the document's order.
Exits 77 when the UNO bridge (python3-uno) is missing.
"""
import json
import os
import subprocess
import sys
import time
import zipfile

try:
    import uno
    from com.sun.star.beans import PropertyValue
except ImportError:
    print("SKIP: python3-uno not installed")
    sys.exit(77)


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.5)
    raise RuntimeError("LibreOffice did not answer on its pipe")


def main(work, report, plan, document):
    problems = []
    pipe = f"crmw_{os.getpid()}"
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore",
         f"-env:UserInstallation=file://{work}/uno-profile", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop",
                                                                   context)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(report), "_blank", 0,
                                           (prop("Hidden", True),))
        # The sample's first recommendation, as `crmw assess` words it.
        old = "Choose a KPI that shows progress on"
        new = "Edited in the word processor: pick the furniture KPI by January"
        search = doc.createSearchDescriptor()
        search.SearchString = old
        found = doc.findFirst(search)
        if found is None:
            problems.append(f"finding text {old!r} not found in Writer")
        else:
            found.setString(new)
        level1 = []
        paragraphs = doc.Text.createEnumeration()
        while paragraphs.hasMoreElements():
            par = paragraphs.nextElement()
            if par.supportsService("com.sun.star.text.Paragraph") and par.OutlineLevel == 1:
                level1.append(par.String)
        for title in ("Executive summary", "1 Business strategy", "10 Capabilities",
                      "Action plan", "Recommendations", "Closing and sign-off"):
            if title not in level1:
                problems.append(f"Writer sees no level-1 heading {title!r}")
        edited_odt = os.path.join(work, "edited.odt")
        edited_docx = os.path.join(work, "edited.docx")
        doc.storeToURL(uno.systemPathToFileUrl(edited_odt), ())
        doc.storeToURL(uno.systemPathToFileUrl(edited_docx),
                       (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        # The finding is quoted in the summary and in the recommendations; one place edited.
        before = zipfile.ZipFile(report).read("content.xml").decode("utf-8").count(old)
        content = zipfile.ZipFile(edited_odt).read("content.xml").decode("utf-8")
        if new not in content or content.count(old) != before - 1:
            problems.append("the saved .odt does not hold the edit")
        word = zipfile.ZipFile(edited_docx).read("word/document.xml").decode("utf-8")
        if new not in word or 'w:val="Heading1"' not in word:
            problems.append("the saved .docx lacks the edit or Heading 1 paragraphs")

        data = json.load(open(document, encoding="utf-8"))
        cycle = next(c for c in data["cycles"] if c["id"] == data["current_cycle"])
        ids = [a["id"] for a in cycle["actions"]]
        calc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(plan), "_blank", 0,
                                            (prop("Hidden", True),))
        sheet = calc.Sheets.getByIndex(0)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        last_row = cursor.RangeAddress.EndRow  # 0-based; row 0 is the header
        got = [sheet.getCellByPosition(0, r).String for r in range(1, last_row + 1)]
        if got != ids:
            problems.append(f"Calc shows action ids {got}, expected {ids}")
        calc.close(True)
        desktop.terminate()
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()
    for p in problems:
        print("FAIL:", p)
    print(f"Writer: edit saved as odt and docx, {len(level1)} level-1 headings; "
          f"Calc: {len(got)} action rows")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
