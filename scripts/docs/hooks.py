"""MkDocs hooks of the documentation site (mkdocs.yml: hooks), run by scripts/build-docs.sh.

- `{{ version }}` in a page is the project's version (FAKE_COGNITO_VERSION, which build-docs.sh reads
  from pom.xml): the one place the version is written.
- A relative link that leaves docs/ (`../samples/src/test/...`) names a file of the repository: it
  works as it is on GitHub, and on the site it becomes a link to the repository (repo_url). The file
  must exist, or the build fails.
- The Javadoc that build-docs.sh built (FAKE_COGNITO_JAVADOC, a folder with one folder per module) is
  added to the site under javadoc/, so that links into it are checked like any other.
"""
import logging
import os
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

log = logging.getLogger("mkdocs.hooks.fakecognito")

LINK = re.compile(r"(\]\()([^)\s]+)(\))")
FENCE = re.compile(r"^\s*(```|~~~)")


def _version():
    version = os.environ.get("FAKE_COGNITO_VERSION")
    if not version:
        raise PluginError("FAKE_COGNITO_VERSION is not set: build the site with scripts/build-docs.sh")
    return version


def on_files(files, config):
    javadoc = os.environ.get("FAKE_COGNITO_JAVADOC")
    if not javadoc:
        raise PluginError("FAKE_COGNITO_JAVADOC is not set: build the site with scripts/build-docs.sh")
    base = Path(javadoc)
    for path in sorted(base.rglob("*")):
        if path.is_file() and path.suffix != ".md":  # javadoc's legal/*.md notices are not pages
            rel = path.relative_to(base.parent).as_posix()  # javadoc/<module>/...
            files.append(File(rel, str(base.parent), config["site_dir"], config["use_directory_urls"]))
    return files


def _outside_link(target, page, config):
    """The repository URL of a relative link that leaves docs/, or None for links inside the site."""
    if re.match(r"^[a-z]+:|^#|^/", target):
        return None
    path, _, anchor = target.partition("#")
    docs_dir = Path(config["docs_dir"]).resolve()
    resolved = (docs_dir / page.file.src_path).parent.joinpath(path).resolve()
    if resolved == docs_dir or docs_dir in resolved.parents:
        return None
    root = docs_dir.parent
    if not resolved.exists():
        raise PluginError(f"{page.file.src_path}: link to {target}, which is not in the repository")
    rel = resolved.relative_to(root).as_posix()
    kind = "tree" if resolved.is_dir() else "blob"
    return f"{config['repo_url'].rstrip('/')}/{kind}/main/{rel}" + (f"#{anchor}" if anchor else "")


def on_page_markdown(markdown, page, config, files):
    version = _version()
    out, in_fence = [], False
    for line in markdown.split("\n"):
        line = line.replace("{{ version }}", version)
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            line = LINK.sub(
                lambda m: m.group(1) + (_outside_link(m.group(2), page, config) or m.group(2)) + m.group(3), line)
        out.append(line)
    return "\n".join(out)


def on_nav(nav, config, files):
    """Every page is in the nav: a page left out of it is a build failure, not a page no one finds."""
    in_nav = {page.file.src_path for page in nav.pages}
    missing = sorted(f.src_path for f in files.documentation_pages() if f.src_path not in in_nav)
    if missing:
        raise PluginError("pages not in mkdocs.yml's nav: " + ", ".join(missing))
    return nav
