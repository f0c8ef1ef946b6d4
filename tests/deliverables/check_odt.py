"""Checks an .odt written by crmw against the HTML report of the same cycle.

Usage: check_odt.py REPORT.odt REPORT.html
The HTML report is an independent rendering of the same ReportData: its <h2> section titles
and finding titles must appear in the .odt as level-1 headings and list text.
"""
import html.parser
import sys
import xml.etree.ElementTree as ET
import zipfile

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"
MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"


class HtmlOutline(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.h2, self.findings, self.tables = [], [], 0
        self._tag, self._buf, self._in_findings = None, "", False

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class", "") or ""
        if tag == "ul" and cls == "findings":
            self._in_findings = True
        if tag == "table":
            self.tables += 1
        if tag == "h2" or (tag == "strong" and self._in_findings):
            self._tag, self._buf = tag, ""

    def handle_endtag(self, tag):
        if tag == "ul":
            self._in_findings = False
        if tag == self._tag:
            (self.h2 if tag == "h2" else self.findings).append(self._buf.strip())
            self._tag = None

    def handle_data(self, data):
        if self._tag:
            self._buf += data


def main(odt_path, html_path):
    problems = []
    z = zipfile.ZipFile(odt_path)
    first = z.infolist()[0]
    if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED or first.extra:
        problems.append("mimetype is not the first, stored entry without extra field")
    if z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
        problems.append("wrong mimetype")
    for part in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
        ET.fromstring(z.read(part))  # raises on malformed XML
    manifest = ET.fromstring(z.read("META-INF/manifest.xml"))
    listed = {e.get(MANIFEST + "full-path") for e in manifest.iter(MANIFEST + "file-entry")}
    stored = set(z.namelist()) - {"mimetype", "META-INF/manifest.xml"}
    if listed != stored | {"/"}:
        problems.append(f"manifest {sorted(listed)} != package {sorted(stored)}")

    content = ET.fromstring(z.read("content.xml"))
    headings = [
        "".join(h.itertext())
        for h in content.iter(TEXT + "h")
        if h.get(TEXT + "outline-level") == "1"
    ]
    outline = HtmlOutline()
    outline.feed(open(html_path, encoding="utf-8").read())
    # The HTML's <h2> list starts with "Contents", which the .odt has as an index instead.
    html_sections = [h for h in outline.h2 if h != "Contents"]
    # The HTML sets the number in its own span ("1Business strategy"): compare without spaces.
    if [h.replace(" ", "") for h in headings] != [h.replace(" ", "") for h in html_sections]:
        problems.append(f"level-1 headings {headings} differ from HTML {html_sections}")
    body_text = " ".join(content.itertext())
    if "\ufffd" in body_text:  # the sample is valid UTF-8: nothing may be replaced
        problems.append("U+FFFD in the odt: a UTF-8 sequence was split")
    missing = [f for f in outline.findings if f not in body_text]
    if not outline.findings or missing:
        problems.append(f"findings missing from the odt: {missing[:3]} of {len(outline.findings)}")
    odt_tables = len(list(content.iter(TABLE + "table")))
    if odt_tables < outline.tables:
        problems.append(f"{odt_tables} tables in the odt, {outline.tables} in the HTML")
    for image in content.iter(DRAW + "image"):
        if image.get(XLINK + "href") not in stored:
            problems.append("picture not in the package: " + image.get(XLINK + "href"))
    for p in problems:
        print("FAIL:", p)
    print(f"odt: {len(headings)} sections, {len(outline.findings)} findings, "
          f"{odt_tables} tables, {len(stored)} files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
