#!/usr/bin/env python3
"""Rewrites every marked block of the README, CONTRIBUTING.md and the pages under docs/ from its source,
as DocsTest (samples) checks them.

    python3 scripts/update-snippets.py

A block is marked by a line `<!-- snippet: path#name -->` before its fence; its source is the lines
between `// snippet:start name` and `// snippet:end` of that file (`#` in YAML, Python and shell,
`<!-- ... -->` in XML), all regions of that name joined, with their common indentation removed; the
name `file` is the whole file. On the site's pages (docs/) the build's version is written back as
{{ version }}.
"""
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = re.compile(r"^\s*<!--\s*snippet:\s*(\S+)#(\S+)\s*-->\s*$")
FENCE = re.compile(r"^\s*```\s*([\w-]*)\s*$")
START = re.compile(r"^\s*(?://|#|<!--)\s*snippet:start\s+(\S+)\s*(?:-->)?\s*$")
END = re.compile(r"^\s*(?://|#|<!--)\s*snippet:end\s*(?:-->)?\s*$")
VERSION = ElementTree.parse(ROOT / "pom.xml").getroot().find("{http://maven.apache.org/POM/4.0.0}version").text


def region(path, name):
    text = (ROOT / path).read_text()
    if name == "file":
        return text.rstrip("\n").split("\n")
    lines, inside, found = [], False, False
    for line in text.split("\n"):
        start = START.match(line)
        if not inside and start and start.group(1) == name:
            inside, found = True, True
        elif inside and END.match(line):
            inside = False
        elif inside:
            lines.append(line)
    if not found:
        sys.exit(f"no region {name} in {path}")
    indents = [len(l) - len(l.lstrip()) for l in lines if l.strip()]
    cut = min(indents) if indents else 0
    return [l[cut:] for l in lines]


def update(page, site):
    lines = page.read_text().split("\n")
    out, i, marker = [], 0, None
    while i < len(lines):
        line = lines[i]
        out.append(line)
        m = MARKER.match(line)
        if m:
            marker = m.groups()
        elif FENCE.match(line) and marker:
            indent = line[: len(line) - len(line.lstrip())]
            i += 1
            while i < len(lines) and not FENCE.match(lines[i]):
                i += 1
            for source in region(*marker):
                source = source.replace(VERSION, "{{ version }}") if site else source
                out.append(indent + source if source else source)
            out.append(lines[i])
            marker = None
        elif line.strip():
            marker = None
        i += 1
    text = "\n".join(out)
    if text != page.read_text():
        page.write_text(text)
        print("updated", page.relative_to(ROOT))


for page in [ROOT / "README.md", ROOT / "CONTRIBUTING.md"]:
    update(page, site=False)
for page in sorted((ROOT / "docs").rglob("*.md")):
    update(page, site=True)
