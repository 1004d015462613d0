package dev.fakecognito.apicheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The published jars of this build: the artifacts the BOM lists (but the standalone jar), each with the
 * folder of its module, its jar on this test's class path (the reactor's packaged jar) and the module
 * descriptor inside it.
 */
final class PublishedModules {
    private PublishedModules() {}

    /** One published jar. */
    record Published(String artifactId, Path directory, Path jar, ModuleDescriptor descriptor) {
        /** The API dump checked in beside the module: {@code <module>/api/<artifactId>.api}. */
        Path apiFile() {
            return directory.resolve("api").resolve(artifactId + ".api");
        }

        /** Every package of the jar that holds classes (not resources only, not META-INF). */
        Set<String> classPackages() {
            try (JarFile file = new JarFile(jar.toFile())) {
                return file.stream()
                        .map(e -> e.getName())
                        .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/") && n.contains("/"))
                        .filter(n -> !n.endsWith("module-info.class"))
                        .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
                        .collect(Collectors.toCollection(TreeSet::new));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The binary names of the classes of one package (not of its subpackages). */
        List<String> classesOf(String packageName) {
            String prefix = packageName.replace('.', '/') + "/";
            try (JarFile file = new JarFile(jar.toFile())) {
                return file.stream()
                        .map(e -> e.getName())
                        .filter(n -> n.startsWith(prefix) && n.endsWith(".class"))
                        .filter(n -> n.indexOf('/', prefix.length()) < 0)
                        .filter(n -> !n.endsWith("/package-info.class"))
                        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                        .sorted()
                        .collect(Collectors.toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The Automatic-Module-Name of the jar's manifest. */
        String automaticModuleName() {
            try (JarFile file = new JarFile(jar.toFile())) {
                Manifest manifest = file.getManifest();
                return manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Path root() {
        return Path.of(System.getProperty("project.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    static String version() {
        return System.getProperty("project.version");
    }

    /** Every published jar, in the BOM's order. */
    static List<Published> all() {
        Path root = root();
        Map<String, Path> directories = moduleDirectories(root);
        List<Published> published = new ArrayList<>();
        for (String artifactId : bomArtifacts(root.resolve("bom/pom.xml"))) {
            Path directory = directories.get(artifactId);
            if (directory == null) {
                throw new AssertionError("the BOM lists " + artifactId + ", but no module of " + root + " builds it");
            }
            Path jar = classPathJar(artifactId + "-" + version() + ".jar");
            published.add(new Published(artifactId, directory, jar, descriptor(jar)));
        }
        return published;
    }

    private static ModuleDescriptor descriptor(Path jar) {
        Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
        if (found.size() != 1) {
            throw new AssertionError(jar + " is not one module: " + found);
        }
        return found.iterator().next().descriptor();
    }

    private static Path classPathJar(String fileName) {
        return classPath()
                .filter(p -> p.getFileName().toString().equals(fileName))
                .findFirst()
                .orElseThrow(() -> new AssertionError(fileName + " is not on the class path: api-check/pom.xml must"
                        + " depend on every published artifact, and the build must package them first"
                        + " (mvn verify, not mvn test)"));
    }

    /** The entries of this test's class path. */
    static Stream<Path> classPath() {
        String classPath = System.getProperty("java.class.path");
        return Stream.of(classPath.split(java.io.File.pathSeparator))
                .filter(s -> !s.isEmpty())
                .map(Path::of);
    }

    private static List<String> bomArtifacts(Path bom) {
        List<String> artifacts = new ArrayList<>();
        Element root = parse(bom);
        Element management = child(root, "dependencyManagement");
        for (Element dependency : children(child(management, "dependencies"), "dependency")) {
            if (child(dependency, "classifier") == null) {
                artifacts.add(child(dependency, "artifactId").getTextContent().trim());
            }
        }
        return artifacts;
    }

    private static Map<String, Path> moduleDirectories(Path root) {
        Map<String, Path> directories = new TreeMap<>();
        try (Stream<Path> children = Files.list(root)) {
            children.filter(d -> Files.isRegularFile(d.resolve("pom.xml"))).forEach(d -> {
                Element artifactId = child(parse(d.resolve("pom.xml")), "artifactId");
                if (artifactId != null) {
                    directories.put(artifactId.getTextContent().trim(), d);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directories;
    }

    private static Element parse(Path pom) {
        try {
            return DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(pom.toFile())
                    .getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }
}
