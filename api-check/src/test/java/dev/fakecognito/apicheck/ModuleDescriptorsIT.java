package dev.fakecognito.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import dev.fakecognito.apicheck.PublishedModules.Published;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module descriptors that moditect adds to the published jars (src/moditect/module-info.java) are
 * not compiled, so javac never checks them: this test does what it would. Each jar names its own
 * module; only API packages are exported to everyone (never an internal or a relocated one); every
 * class of a jar reads the module of every class it uses (its requires, or theirs that are transitive);
 * every class it uses in another of our modules is in a package exported to it; every ServiceLoader
 * lookup is declared with uses; and the server opens its internal packages to the model, whose relocated
 * Jackson binds their JSON. consumer-test/module-user runs them on the module path.
 */
class ModuleDescriptorsIT {
    private static final List<Published> MODULES = PublishedModules.all();
    private static final Set<String> OUR_MODULES =
            MODULES.stream().map(m -> m.descriptor().name()).collect(Collectors.toSet());
    private static boolean resolvingFromClassPath;

    /** The packages of every module this test can see: the JDK's, the class path's and ours. */
    private static final Map<String, Set<String>> MODULES_OF_PACKAGE = new HashMap<>();

    private static final Map<String, ModuleDescriptor> DESCRIPTORS = new HashMap<>();

    /** The classes of each jar, imported once (the server's and the model's relocated libraries are many). */
    private static final Map<String, JavaClasses> IMPORTED = new HashMap<>();

    @BeforeAll
    static void indexModules() {
        resolvingFromClassPath = ArchConfiguration.get().resolveMissingDependenciesFromClassPath();
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        ModuleFinder.ofSystem().findAll().forEach(ModuleDescriptorsIT::index);
        PublishedModules.classPath().filter(Files::isRegularFile).forEach(jar -> {
            try {
                ModuleFinder.of(jar).findAll().forEach(ModuleDescriptorsIT::index);
            } catch (FindException | SecurityException e) {
                // not a module (an invalid automatic name): nothing of ours can require it
            }
        });
        MODULES.forEach(m -> {
            DESCRIPTORS.put(m.descriptor().name(), m.descriptor());
            m.classPackages()
                    .forEach(p -> MODULES_OF_PACKAGE
                            .computeIfAbsent(p, k -> new TreeSet<>())
                            .add(m.descriptor().name()));
        });
    }

    @AfterAll
    static void restore() {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(resolvingFromClassPath);
    }

    private static void index(ModuleReference reference) {
        ModuleDescriptor descriptor = reference.descriptor();
        DESCRIPTORS.putIfAbsent(descriptor.name(), descriptor);
        descriptor
                .packages()
                .forEach(p -> MODULES_OF_PACKAGE
                        .computeIfAbsent(p, k -> new TreeSet<>())
                        .add(descriptor.name()));
    }

    @Test
    void eachPublishedJarCarriesItsOwnDescriptorUnderItsModuleName() {
        assertThat(MODULES).allSatisfy(m -> {
            assertThat(m.descriptor().isAutomatic())
                    .as("%s has a module-info.class", m.jar().getFileName())
                    .isFalse();
            assertThat(m.descriptor().name())
                    .as("%s: module name = its Automatic-Module-Name", m.artifactId())
                    .isEqualTo(m.automaticModuleName());
            assertThat(m.descriptor().rawVersion()).hasValue(PublishedModules.version());
        });
        assertThat(OUR_MODULES).hasSize(MODULES.size());
    }

    @Test
    void everyoneSeesTheApiPackagesAndNothingElse() {
        assertThat(MODULES).allSatisfy(m -> {
            Set<String> api = m.classPackages().stream()
                    .filter(p -> !p.contains(".internal") && !p.startsWith("dev.fakecognito.shaded."))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(m.descriptor().exports().stream()
                            .filter(e -> !e.isQualified())
                            .map(ModuleDescriptor.Exports::source))
                    .as("%s exports to everyone exactly its API packages", m.artifactId())
                    .containsExactlyInAnyOrderElementsOf(api);
            assertThat(m.descriptor().opens().stream()
                            .filter(o -> !o.isQualified())
                            .map(ModuleDescriptor.Opens::source))
                    .as("%s opens to everyone only API packages", m.artifactId())
                    .allMatch(api::contains);
            assertThat(m.descriptor().exports().stream()
                            .filter(ModuleDescriptor.Exports::isQualified)
                            .flatMap(e -> e.targets().stream()))
                    .as("%s exports its internals only to our own modules", m.artifactId())
                    .allMatch(OUR_MODULES::contains);
            assertThat(m.descriptor().opens().stream()
                            .filter(ModuleDescriptor.Opens::isQualified)
                            .flatMap(o -> o.targets().stream()))
                    .as("%s opens its internals only to our own modules", m.artifactId())
                    .allMatch(OUR_MODULES::contains);
        });
    }

    @Test
    void everyClassReadsTheModulesOfTheClassesItUsesAndOursExportThemToIt() {
        List<String> problems = new ArrayList<>();
        for (Published module : MODULES) {
            String self = module.descriptor().name();
            Set<String> reads = reads(module.descriptor());
            boolean readsAutomatic = reads.stream().anyMatch(ModuleDescriptorsIT::isAutomatic);
            Map<String, String> firstUse = new LinkedHashMap<>();
            for (JavaClass type : classes(module)) {
                type.getDirectDependenciesFromSelf().forEach(d -> {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    if (!target.isPrimitive()) {
                        firstUse.putIfAbsent(target.getPackageName(), type.getName() + " uses " + target.getName());
                    }
                });
            }
            firstUse.forEach((pkg, use) -> {
                Set<String> owners = MODULES_OF_PACKAGE.getOrDefault(pkg, Set.of());
                if (owners.isEmpty() || owners.contains(self) || owners.contains("java.base")) {
                    return; // its own, java.base's, or a library absent at run time (an optional one)
                }
                boolean readable = owners.stream().anyMatch(o -> reads.contains(o) || readsAutomatic && isAutomatic(o));
                if (!readable) {
                    problems.add(self + " does not read " + owners + " (add requires): " + use);
                    return;
                }
                owners.stream().filter(OUR_MODULES::contains).forEach(owner -> {
                    boolean exported = DESCRIPTORS.get(owner).exports().stream()
                            .anyMatch(e -> e.source().equals(pkg)
                                    && (!e.isQualified() || e.targets().contains(self)));
                    if (!exported) {
                        problems.add(owner + " does not export " + pkg + " to " + self + ": " + use);
                    }
                });
            });
        }
        assertThat(problems).as("what javac would say of the descriptors").isEmpty();
    }

    @Test
    void everyServiceLookupIsDeclaredWithUses() {
        List<String> problems = new ArrayList<>();
        for (Published module : MODULES) {
            Set<String> uses = module.descriptor().uses();
            for (JavaClass type : classes(module)) {
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    boolean looksUp = unit.getMethodCallsFromSelf().stream()
                            .anyMatch(c -> c.getTargetOwner().getName().equals("java.util.ServiceLoader")
                                    && c.getName().startsWith("load"));
                    Set<String> services = unit.getReferencedClassObjects().stream()
                            .map(r -> r.getRawType().getName())
                            .collect(Collectors.toSet());
                    // A lookup of a service passed in as an argument names no class here (XNIO's SASL
                    // helpers, which the fake never calls): nothing to check.
                    if (looksUp && !services.isEmpty() && services.stream().noneMatch(uses::contains)) {
                        problems.add(module.descriptor().name() + ": " + unit.getFullName() + " looks up one of "
                                + services + " but the module declares no uses of it");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void providersAreTheJarsOwnServiceProviders() {
        assertThat(MODULES)
                .allSatisfy(m -> m.descriptor()
                        .provides()
                        .forEach(p -> assertThat(serviceFile(m.jar(), p.service()))
                                .as("%s provides %s: META-INF/services lists them", m.artifactId(), p.service())
                                .containsAll(p.providers())));
    }

    @Test
    void theServerOpensEachOfItsInternalPackagesToTheModelWhoseJacksonBindsTheirJson() {
        Published server = MODULES.stream()
                .filter(m -> m.descriptor().name().equals("dev.fakecognito.server"))
                .findFirst()
                .orElseThrow();
        Set<String> internal = server.classPackages().stream()
                .filter(p -> p.startsWith("dev.fakecognito.server.internal"))
                .collect(Collectors.toSet());
        Set<String> openToTheModel = server.descriptor().opens().stream()
                .filter(o -> o.targets().contains("dev.fakecognito.model"))
                .map(ModuleDescriptor.Opens::source)
                .collect(Collectors.toSet());
        assertThat(openToTheModel).containsExactlyInAnyOrderElementsOf(internal);
    }

    private static JavaClasses classes(Published module) {
        return IMPORTED.computeIfAbsent(module.artifactId(), k -> importJar(module));
    }

    private static JavaClasses importJar(Published module) {
        try (JarFile jar = new JarFile(module.jar().toFile())) {
            return new ClassFileImporter()
                    .withImportOption((Location location) -> !location.contains("META-INF/versions/"))
                    .importJar(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The modules a module reads: what it requires and, through them, what they require transitively. */
    private static Set<String> reads(ModuleDescriptor descriptor) {
        Set<String> reads = new HashSet<>();
        Deque<String> work = new ArrayDeque<>();
        descriptor.requires().forEach(r -> work.add(r.name()));
        while (!work.isEmpty()) {
            String name = work.pop();
            if (reads.add(name) && DESCRIPTORS.containsKey(name)) {
                DESCRIPTORS.get(name).requires().stream()
                        .filter(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
                        .forEach(r -> work.add(r.name()));
            }
        }
        return reads;
    }

    private static boolean isAutomatic(String module) {
        ModuleDescriptor descriptor = DESCRIPTORS.get(module);
        return descriptor != null && descriptor.isAutomatic();
    }

    private static List<String> serviceFile(Path jar, String service) {
        try (JarFile file = new JarFile(jar.toFile())) {
            var entry = file.getJarEntry("META-INF/services/" + service);
            if (entry == null) {
                return List.of();
            }
            return new String(file.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .map(l -> l.replaceAll("#.*", "").trim())
                    .filter(l -> !l.isEmpty())
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
