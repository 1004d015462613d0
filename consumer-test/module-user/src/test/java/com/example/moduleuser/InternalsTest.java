package com.example.moduleuser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.module.ModuleReader;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a user's module can reach of ours: the API packages, and nothing internal or relocated. */
class InternalsTest {
    private static final Module USER = InternalsTest.class.getModule();

    private static Module module(String name) {
        return ModuleLayer.boot().findModule(name).orElseThrow(() -> new AssertionError(name + " is not a module"));
    }

    @Test
    void ourModulesExportTheirApiToEveryone() {
        assertThat(module("dev.fakecognito.server").isExported("dev.fakecognito.server", USER))
                .isTrue();
        assertThat(module("dev.fakecognito.model").isExported("dev.fakecognito.model", USER))
                .isTrue();
        assertThat(module("dev.fakecognito.junit5").isExported("dev.fakecognito.junit5", USER))
                .isTrue();
        assertThat(module("dev.fakecognito.assertj").isExported("dev.fakecognito.assertj", USER))
                .isTrue();
    }

    @Test
    void noInternalOrRelocatedPackageIsExportedOrOpenToAUser() {
        for (String name : List.of("dev.fakecognito.model", "dev.fakecognito.server")) {
            Module module = module(name);
            List<String> hidden = module.getPackages().stream()
                    .filter(p -> p.contains(".internal") || p.startsWith("dev.fakecognito.shaded."))
                    .collect(Collectors.toList());
            assertThat(hidden).as("%s has internal packages", name).isNotEmpty();
            assertThat(hidden).noneMatch(p -> module.isExported(p, USER) || module.isOpen(p, USER));
        }
    }

    @Test
    void theModelSharesItsInternalsWithTheServerOnly() {
        Module model = module("dev.fakecognito.model");
        assertThat(model.isExported("dev.fakecognito.model.internal", module("dev.fakecognito.server")))
                .isTrue();
        assertThat(model.isExported("dev.fakecognito.model.internal", USER)).isFalse();
    }

    @Test
    void aPublicMethodOfAnInternalClassCannotBeCalled() throws Exception {
        Method method = firstPublicStaticMethodIn(module("dev.fakecognito.server"), "dev.fakecognito.server.internal.");

        assertThatThrownBy(() -> method.invoke(null, new Object[method.getParameterCount()]))
                .isInstanceOf(IllegalAccessException.class)
                .hasMessageContaining("does not export");
        assertThatThrownBy(() -> method.setAccessible(true)).isInstanceOf(InaccessibleObjectException.class);
    }

    @Test
    void theRelocatedJacksonCannotBeUsed() throws Exception {
        Class<?> mapper = Class.forName("dev.fakecognito.shaded.com.fasterxml.jackson.databind.ObjectMapper");

        assertThat(mapper.getModule().getName()).isEqualTo("dev.fakecognito.model");
        assertThatThrownBy(() -> mapper.getConstructor().newInstance())
                .isInstanceOf(IllegalAccessException.class)
                .hasMessageContaining("does not export");
    }

    /** Found by listing the module's classes, so that renaming internals does not break this test. */
    private static Method firstPublicStaticMethodIn(Module module, String packagePrefix) throws IOException {
        try (ModuleReader reader = ModuleLayer.boot()
                .configuration()
                .findModule(module.getName())
                .orElseThrow()
                .reference()
                .open()) {
            try (Stream<String> entries = reader.list()) {
                return entries.filter(e -> e.endsWith(".class") && !e.contains("$"))
                        .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
                        .filter(n -> n.startsWith(packagePrefix))
                        .sorted()
                        .map(InternalsTest::load)
                        .filter(c -> Modifier.isPublic(c.getModifiers()))
                        .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no public static method under " + packagePrefix));
            }
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, InternalsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
