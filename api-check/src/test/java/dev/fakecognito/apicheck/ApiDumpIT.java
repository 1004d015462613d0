package dev.fakecognito.apicheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every published jar's public API is the one recorded in its module's {@code api/<artifactId>.api}: an API
 * change fails the build until the file is rewritten ({@value ApiFile#UPDATE_COMMAND}) and committed with
 * it, so that every change of the API is a diff that a reviewer sees. With {@code -Dapi.update=true} the
 * files are rewritten instead.
 */
class ApiDumpIT {
    private static final boolean UPDATE = Boolean.getBoolean("api.update");

    @TestFactory
    Stream<DynamicTest> eachPublishedJarHasTheApiItsDumpRecords() {
        return PublishedModules.all().stream().map(m -> dynamicTest(m.artifactId(), () -> check(m)));
    }

    @Test
    void everyDumpBelongsToAPublishedJar() throws IOException {
        Set<Path> expected = PublishedModules.all().stream()
                .map(PublishedModules.Published::apiFile)
                .collect(Collectors.toSet());
        List<Path> found;
        try (Stream<Path> modules = Files.list(PublishedModules.root())) {
            found = modules.map(m -> m.resolve("api"))
                    .filter(Files::isDirectory)
                    .flatMap(ApiDumpIT::files)
                    .filter(f -> f.getFileName().toString().endsWith(".api"))
                    .collect(Collectors.toList());
        }
        assertThat(found)
                .as("API dumps of artifacts the BOM no longer lists: delete them")
                .allMatch(expected::contains);
    }

    private static Stream<Path> files(Path directory) {
        try {
            return Files.list(directory).collect(Collectors.toList()).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void check(PublishedModules.Published module) throws Exception {
        String actual = ApiFile.render(module.artifactId(), module.descriptor(), exportedClasses(module));
        Path file = module.apiFile();
        String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        Path shown = PublishedModules.root().relativize(file);
        if (actual.equals(expected)) {
            return;
        }
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            System.out.println("api-check: wrote " + shown);
            return;
        }
        if (expected == null) {
            throw new AssertionError("There is no API dump " + shown + " for " + module.artifactId()
                    + ". Write it with\n  " + ApiFile.UPDATE_COMMAND + "\nand commit it.");
        }
        throw new AssertionError("The public API of " + module.artifactId() + " differs from " + shown
                + " (- in the file, + in the jar):\n"
                + String.join("\n", ApiFile.difference(expected, actual))
                + "\nIf the change is meant, rewrite the file with\n  " + ApiFile.UPDATE_COMMAND
                + "\nand commit it with the change: its diff is what reviewers see of the API change.");
    }

    private static List<Class<?>> exportedClasses(PublishedModules.Published module) throws ClassNotFoundException {
        ClassLoader loader = ApiDumpIT.class.getClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        for (ModuleDescriptor.Exports export : module.descriptor().exports()) {
            if (!export.isQualified()) {
                for (String name : module.classesOf(export.source())) {
                    classes.add(Class.forName(name, false, loader));
                }
            }
        }
        return classes;
    }
}
