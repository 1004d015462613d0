#!/usr/bin/env python3
"""Checks a Maven Central staging directory (the layout the release build stages and bundles) against
Central's published requirements and this project's own: every component has its POM, and a jar
component its jar, sources jar and Javadoc jar; every file is signed (.asc, verified with gpg) and has
MD5 and SHA-1 checksums that match; each POM, with what it inherits from a staged parent, has name,
description, url, licenses, developers and scm; no SNAPSHOT anywhere; each jar declares its Java
module name (Automatic-Module-Name, the module's automatic.module.name), the main jar in a
module-info.class too that exports no internal or relocated package (the standalone jar has none), and
carries the project's LICENSE and NOTICE, and the NOTICE credits every library bundled inside; the
Javadoc jar has pages; the BOM manages exactly the staged artifacts at this version; the Central
bundle holds exactly the staged files. Prints one line per check and ends with "N passed, M failed"; exits 1 when any failed.

Usage: check-staging.py --staging DIR --version V --tree SRC --legal ROOT [--bundle ZIP]
  --tree   the source tree that was built (its pom.xml files say which modules exist and their
           automatic.module.name); --legal the directory holding the project's LICENSE and NOTICE.
"""
import argparse
import hashlib
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = {"m": "http://maven.apache.org/POM/4.0.0"}
CHECKSUMS = {"md5": hashlib.md5, "sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha512": hashlib.sha512}
REQUIRED_CHECKSUMS = ("md5", "sha1")
ALLOWED_CLASSIFIERS = {"sources", "javadoc", "standalone"}
OUR_GROUP = "dev.fakecognito"
# Listed in the BOM before their module is in this tree (another branch adds it). Once the module is in
# the tree it must be staged like any other; until then the check says so without failing.
EXPECTED_SOON = {"fake-cognito-identity-spring-boot": "spring-boot/"}
MODULE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")

passed = 0
failed = 0


def check(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
    print(f"{'PASS' if ok else 'FAIL'}  {what}{(': ' + detail) if detail else ''}")
    return ok


def note(what):
    print(f"NOTE  {what}")


def text(element, path):
    found = element.find(path, NS)
    return found.text.strip() if found is not None and found.text else ""


def pom_tree(path):
    return ET.parse(path).getroot()


def tree_modules(tree):
    """artifactId -> automatic.module.name (or None) of every POM in the built source tree."""
    modules = {}
    for base, dirs, files in os.walk(tree):
        dirs[:] = [d for d in dirs if d not in ("target", ".git", "node_modules")]
        if "pom.xml" in files:
            root = pom_tree(os.path.join(base, "pom.xml"))
            modules[text(root, "m:artifactId")] = text(root, "m:properties/m:automatic.module.name") or None
    return modules


def components(staging):
    """(groupId, artifactId, version) -> {file name: path} of the staged files."""
    found = {}
    for base, _, files in os.walk(staging):
        for name in files:
            if name.startswith("maven-metadata") or name == "central-bundle.zip":
                continue
            rel = os.path.relpath(base, staging).split(os.sep)
            if len(rel) < 3:
                continue
            key = (".".join(rel[:-2]), rel[-2], rel[-1])
            found.setdefault(key, {})[name] = os.path.join(base, name)
    return found


def primary_files(files):
    return sorted(n for n in files if not n.endswith(".asc") and n.rsplit(".", 1)[-1] not in CHECKSUMS)


def digest(path, algorithm):
    h = CHECKSUMS[algorithm]()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def effective(root, staged_poms):
    """The POM and its staged parents, nearest first (Central reads inherited metadata too)."""
    chain = [root]
    while True:
        parent = chain[-1].find("m:parent", NS)
        if parent is None:
            return chain, None
        key = (text(parent, "m:groupId"), text(parent, "m:artifactId"), text(parent, "m:version"))
        if key not in staged_poms:
            return chain, key
        chain.append(staged_poms[key])


def first(chain, path):
    for pom in chain:
        value = text(pom, path)
        if value:
            return value
    return ""


def first_element(chain, path):
    for pom in chain:
        found = pom.find(path, NS)
        if found is not None:
            return found
    return None


def describe_module(jar):
    """The jar's own module descriptor (jar --describe-module): name and unqualified exports, or None."""
    result = subprocess.run(["jar", "--describe-module", "--file", jar], capture_output=True, text=True)
    lines = result.stdout.split("\n")
    if result.returncode != 0 or not lines or "module-info.class" not in lines[0]:
        return None  # no descriptor: jar derives an automatic module ("No module descriptor found")
    return {"name": lines[0].split("@")[0].split(" ")[0],
            "exports": [l.split()[1] for l in lines[1:] if l.startswith("exports ")]}


def internal_package(name):
    return ".internal" in name or name.startswith("dev.fakecognito.shaded.")


def jar_entries(path):
    with zipfile.ZipFile(path) as z:
        return z.namelist()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--staging", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--tree", required=True)
    parser.add_argument("--legal", required=True)
    parser.add_argument("--bundle")
    args = parser.parse_args()
    version = args.version
    licence = open(os.path.join(args.legal, "LICENSE"), "rb").read()
    notice = open(os.path.join(args.legal, "NOTICE"), "rb").read()
    notice_text = notice.decode("utf-8")
    modules = tree_modules(args.tree)

    staged = components(args.staging)
    check(bool(staged), "staging holds components", f"{len(staged)} in {args.staging}")
    check(all(v == version for (_, _, v) in staged), f"every component has the release version {version}",
          ", ".join(sorted(f"{a}:{v}" for (_, a, v) in staged if v != version)))
    check(all(g == OUR_GROUP for (g, _, _) in staged), f"every component is in {OUR_GROUP}")

    staged_poms = {}
    for (g, a, v), files in staged.items():
        pom = f"{a}-{v}.pom"
        if pom in files:
            staged_poms[(g, a, v)] = pom_tree(files[pom])

    module_names = {}
    bom_component = None
    for (g, a, v), files in sorted(staged.items(), key=lambda item: item[0][1]):
        base = f"{a}-{v}"
        root = staged_poms.get((g, a, v))
        if not check(root is not None, f"{a}: pom"):
            continue
        packaging = text(root, "m:packaging") or "jar"
        if a.endswith("-bom"):
            bom_component = (a, root)

        # Files: what Central requires per packaging, and nothing we did not mean to publish.
        required = [f"{base}.pom"]
        if packaging == "jar":
            required += [f"{base}.jar", f"{base}-sources.jar", f"{base}-javadoc.jar"]
        missing = [n for n in required if n not in files]
        check(not missing, f"{a}: files " + ", ".join(n[len(base):] for n in required),
              ("missing " + ", ".join(missing)) if missing else "")
        unexpected = []
        for name in primary_files(files):
            m = re.fullmatch(re.escape(base) + r"(?:-([A-Za-z0-9]+))?\.(jar|pom)", name)
            if m is None or (m.group(1) and m.group(1) not in ALLOWED_CLASSIFIERS):
                unexpected.append(name)
        check(not unexpected, f"{a}: no unexpected files (test jars, other classifiers)", ", ".join(unexpected))

        # Signatures and checksums of every file.
        bad_signatures = []
        for name in primary_files(files):
            if name + ".asc" not in files:
                bad_signatures.append(name + " (no .asc)")
                continue
            result = subprocess.run(
                ["gpg", "--batch", "--status-fd", "1", "--verify", files[name + ".asc"], files[name]],
                capture_output=True, text=True)
            if result.returncode != 0 or "[GNUPG:] VALIDSIG" not in result.stdout:
                bad_signatures.append(name + " (does not verify)")
        check(not bad_signatures, f"{a}: {len(primary_files(files))} files signed, signatures verify",
              ", ".join(bad_signatures))
        bad_sums = []
        for name in sorted(n for n in files if n.rsplit(".", 1)[-1] not in CHECKSUMS):
            for algorithm in CHECKSUMS:
                sum_name = f"{name}.{algorithm}"
                if sum_name not in files:
                    if algorithm in REQUIRED_CHECKSUMS and not name.endswith(".asc"):
                        bad_sums.append(f"{sum_name} missing")
                    continue
                expected = open(files[sum_name]).read().split()[0].strip().lower()
                if expected != digest(files[name], algorithm):
                    bad_sums.append(f"{sum_name} does not match")
        check(not bad_sums, f"{a}: checksums (md5, sha1, sha256, sha512) match", ", ".join(bad_sums))

        # POM metadata, inherited from a staged parent where not declared.
        chain, missing_parent = effective(root, staged_poms)
        check(missing_parent is None, f"{a}: parent POM staged too",
              ":".join(missing_parent) if missing_parent else "")
        gaps = [label for label, path in (
            ("name", "m:name"), ("description", "m:description"), ("url", "m:url"),
            ("licenses", "m:licenses/m:license/m:name"), ("license url", "m:licenses/m:license/m:url"),
            ("developers", "m:developers/m:developer/m:name"),
            ("scm url", "m:scm/m:url"), ("scm connection", "m:scm/m:connection"),
        ) if not first(chain, path)]
        groupid = text(root, "m:groupId") or text(root, "m:parent/m:groupId")
        if groupid != g or text(root, "m:artifactId") != a or (text(root, "m:version") or text(root, "m:parent/m:version")) != v:
            gaps.append("coordinates differ from the staged path")
        check(not gaps, f"{a}: POM metadata (name, description, url, licenses, developers, scm)",
              ("missing " + ", ".join(gaps)) if gaps else "")
        # Any element or attribute (comments aside): version, parent, dependencies, plugins, properties.
        snapshots = [f"{'parent ' if p is not root else ''}{text(p, 'm:artifactId')}"
                     for p in chain if "SNAPSHOT" in ET.tostring(p, encoding="unicode")]
        check(not snapshots, f"{a}: no SNAPSHOT version or dependency", ", ".join(snapshots))

        if packaging != "jar":
            continue

        # The jars: module name, licence and notices, Javadoc, sources.
        for name in primary_files(files):
            if not name.endswith(".jar") or name.endswith(("-sources.jar", "-javadoc.jar")):
                continue
            with zipfile.ZipFile(files[name]) as z:
                entries = z.namelist()
                manifest = z.read("META-INF/MANIFEST.MF").decode("utf-8") if "META-INF/MANIFEST.MF" in entries else ""
                declared = re.search(r"^Automatic-Module-Name: *(\S+)", manifest, re.M)
                declared = declared.group(1) if declared else None
                expected = modules.get(a)
                check(declared is not None and MODULE_NAME.match(declared) and declared == expected,
                      f"{name}: Automatic-Module-Name {declared}", f"expected {expected}" if declared != expected else "")
                if name == f"{base}.jar" and declared:
                    module_names.setdefault(declared, []).append(a)
                if name == f"{base}.jar":
                    descriptor = describe_module(files[name])
                    check(descriptor is not None and descriptor["name"] == expected
                          and not any(internal_package(p) for p in descriptor["exports"]),
                          f"{name}: module-info.class of module {descriptor and descriptor['name']},"
                          f" exporting {len(descriptor['exports']) if descriptor else 0} API packages and no"
                          " internal or relocated one",
                          "no module descriptor" if descriptor is None else
                          ", ".join(p for p in descriptor["exports"] if internal_package(p)))
                else:
                    check("module-info.class" not in entries
                          and not any(e.endswith("/module-info.class") for e in entries),
                          f"{name}: no module descriptor (it runs on the class path, java -jar)")
                legal_ok = ("META-INF/LICENSE" in entries and z.read("META-INF/LICENSE") == licence
                            and "META-INF/NOTICE" in entries and z.read("META-INF/NOTICE") == notice)
                check(legal_ok, f"{name}: META-INF/LICENSE (Apache-2.0) and META-INF/NOTICE are the project's")
                bundled = sorted({
                    "/".join(e.split("/")[2:4]).replace("/", ":")
                    for e in entries
                    if re.fullmatch(r"META-INF/maven/[^/]+/[^/]+/pom\.properties", e)
                    and not e.startswith(f"META-INF/maven/{OUR_GROUP}/")})
                uncredited = [b for b in bundled if b not in notice_text]
                check(not uncredited, f"{name}: NOTICE credits the {len(bundled)} libraries bundled inside",
                      ("not in NOTICE: " + ", ".join(uncredited)) if uncredited else "")
        if f"{base}-javadoc.jar" in files:
            entries = jar_entries(files[f"{base}-javadoc.jar"])
            pages = [e for e in entries if re.fullmatch(r"dev/fakecognito/(?:[a-z0-9_]+/)+[A-Z][A-Za-z0-9_.]*\.html", e)]
            internal = [e for e in pages if "/internal/" in e]
            check("index.html" in entries and pages and not internal,
                  f"{a}: Javadoc jar has index.html and {len(pages)} type pages, none of internal packages",
                  ", ".join(internal[:3]))
        if f"{base}-sources.jar" in files:
            entries = jar_entries(files[f"{base}-sources.jar"])
            sources = [e for e in entries if e.endswith(".java")]
            check(bool(sources), f"{a}: sources jar has {len(sources)} .java files")

    duplicates = {n: a for n, a in module_names.items() if len(a) > 1}
    check(not duplicates, f"module names distinct: {', '.join(sorted(module_names))}",
          ", ".join(f"{n} in {a}" for n, a in duplicates.items()))

    # The BOM against the staging: both ways.
    if check(bom_component is not None, "a BOM is staged"):
        bom_name, bom = bom_component
        managed = []
        own_version = text(bom, "m:version")
        for dep in bom.findall("m:dependencyManagement/m:dependencies/m:dependency", NS):
            managed.append((text(dep, "m:groupId"), text(dep, "m:artifactId"),
                            text(dep, "m:version").replace("${project.version}", own_version),
                            text(dep, "m:classifier")))
        check(all(v == version for (_, _, v, _) in managed), f"{bom_name}: every managed artifact at {version}",
              ", ".join(f"{a}:{v}" for (_, a, v, _) in managed if v != version))
        not_staged = []
        for (g, a, v, classifier) in managed:
            files = staged.get((g, a, version), {})
            name = f"{a}-{version}{'-' + classifier if classifier else ''}.jar"
            if name in files:
                continue
            if a in EXPECTED_SOON and a not in modules:
                note(f"{bom_name} lists {a}, whose module ({EXPECTED_SOON[a]}) is not in this tree yet")
                continue
            not_staged.append(f"{a}{':' + classifier if classifier else ''}")
        check(not not_staged, f"{bom_name}: every artifact it lists is staged",
              ("not staged: " + ", ".join(not_staged)) if not_staged else "")
        listed = {(g, a, c) for (g, a, _, c) in managed}
        unlisted = []
        for (g, a, v), files in staged.items():
            for name in primary_files(files):
                m = re.fullmatch(re.escape(f"{a}-{v}") + r"(?:-(standalone))?\.jar", name)
                if m and (g, a, m.group(1) or "") not in listed:
                    unlisted.append(name)
        check(not unlisted, f"{bom_name}: lists every staged jar",
              ("not listed: " + ", ".join(sorted(unlisted))) if unlisted else "")

    if args.bundle:
        staged_files = sorted(
            os.path.relpath(os.path.join(base, n), args.staging).replace(os.sep, "/")
            for base, _, names in os.walk(args.staging) for n in names
            if not n.startswith("maven-metadata") and n != "central-bundle.zip")
        with zipfile.ZipFile(args.bundle) as z:
            in_bundle = sorted(n for n in z.namelist() if not n.endswith("/"))
        check(in_bundle == staged_files, f"the Central bundle holds exactly the {len(staged_files)} staged files",
              f"only in bundle: {sorted(set(in_bundle) - set(staged_files))[:5]}, "
              f"only staged: {sorted(set(staged_files) - set(in_bundle))[:5]}" if in_bundle != staged_files else "")
    else:
        check(False, "the Central bundle (central-bundle.zip) was made")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
