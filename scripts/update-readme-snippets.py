#!/usr/bin/env python3
"""Rewrites every marked snippet of README.md from its source region, as ReadmeSnippetsTest checks them.

    python3 scripts/update-readme-snippets.py

A block is marked by a line `<!-- snippet: path#name -->` before its fence; its source region is the
lines between `// snippet:start name` and `// snippet:end` (`#` in YAML) of that file, all regions of
that name joined, with their common indentation removed.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = re.compile(r"^<!--\s*snippet:\s*(\S+)#(\S+)\s*-->\s*$")
FENCE = re.compile(r"^\s*```\s*(\w*)\s*$")
START = re.compile(r"^\s*(//|#)\s*snippet:start\s+(\S+)\s*$")
END = re.compile(r"^\s*(//|#)\s*snippet:end\s*$")


def region(path, name):
    lines, inside, found = [], False, False
    for line in (ROOT / path).read_text().split("\n"):
        start = START.match(line)
        if not inside and start and start.group(2) == name:
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


def main():
    readme = ROOT / "README.md"
    lines = readme.read_text().split("\n")
    out, i, marker = [], 0, None
    while i < len(lines):
        line = lines[i]
        out.append(line)
        m = MARKER.match(line)
        if m:
            marker = m.groups()
        elif FENCE.match(line) and marker:
            i += 1
            while i < len(lines) and not FENCE.match(lines[i]):
                i += 1
            out.extend(region(*marker))
            out.append(lines[i])
            marker = None
        elif line.strip():
            marker = None
        i += 1
    readme.write_text("\n".join(out))


main()
