package dev.fakecognito.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.apicheck.fixture.Circle;
import dev.fakecognito.apicheck.fixture.Marker;
import dev.fakecognito.apicheck.fixture.Mode;
import dev.fakecognito.apicheck.fixture.Point;
import dev.fakecognito.apicheck.fixture.Sample;
import dev.fakecognito.apicheck.fixture.Shape;
import dev.fakecognito.apicheck.fixture.Square;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiDumpTest {
    private static final String P = "dev.fakecognito.apicheck.fixture.";

    private static List<Class<?>> fixtures() throws ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>(List.of(
                Sample.class,
                Sample.Nested.class,
                Point.class,
                Marker.class,
                Mode.class,
                Shape.class,
                Circle.class,
                Square.class));
        classes.add(Class.forName(P + "Base"));
        classes.add(Class.forName(P + "Sample$Hidden"));
        classes.add(Class.forName(P + "Sample$Hidden$Unreachable"));
        return classes;
    }

    @Test
    void showsPublicAndProtectedMembersWithGenericsAndHidesTheRest() throws Exception {
        List<String> dump = ApiDump.types(fixtures());

        assertThat(dump)
                .containsSubsequence(
                        "public final class " + P + "Sample<T extends java.lang.Comparable<T>>"
                                + " implements java.util.function.Supplier<java.util.List<T>>",
                        "  public static final java.lang.String NAME",
                        "  protected int count",
                        "  public Sample(T, java.lang.String...)",
                        "  public java.util.List<T> get()",
                        "  public java.lang.String inherited()",
                        "  public <R> java.util.Map<java.lang.String, ? extends R> map(java.util.List<? super T>)"
                                + " throws java.io.IOException",
                        "  protected void overridable()")
                .contains("public static final class " + P + "Sample.Nested", "  public Nested()")
                .noneMatch(line -> line.contains("hidden") || line.contains("secret") || line.contains("Sample()"))
                .noneMatch(line -> line.contains("Base") || line.contains("Hidden") || line.contains("Unreachable"))
                .noneMatch(line -> line.contains("java.lang.Object get()"));
    }

    @Test
    void writesRecordComponentsInOrderAnnotationDefaultsAndSealedHierarchies() throws Exception {
        List<String> dump = ApiDump.types(fixtures());

        assertThat(dump)
                .contains(
                        "public record " + P + "Point(int x, java.util.List<java.lang.String> labels)",
                        "  public Point(int, java.util.List<java.lang.String>)",
                        "  public java.util.List<java.lang.String> labels()",
                        "@java.lang.annotation.Documented"
                                + " @java.lang.annotation.Retention(value=java.lang.annotation.RetentionPolicy.RUNTIME)"
                                + " @java.lang.annotation.Target(value={java.lang.annotation.ElementType.TYPE})"
                                + " public @interface " + P + "Marker",
                        "  public abstract java.lang.String region() default \"us-east-1\"",
                        "  public abstract java.lang.Class<?>[] types() default {}",
                        "  public abstract " + P + "Mode mode() default " + P + "Mode.FIRST",
                        "  public abstract long size()",
                        "public enum " + P + "Mode",
                        "  public static final " + P + "Mode FIRST",
                        "  public static " + P + "Mode[] values()",
                        "public sealed interface " + P + "Shape permits " + P + "Circle, " + P + "Square",
                        "@" + P + "Marker(region=\"eu-west-1\", size=2L) @java.lang.Deprecated public final class " + P
                                + "Circle implements " + P + "Shape");
    }

    @Test
    void dependsOnlyOnTheClassesNotOnTheirOrder() throws Exception {
        List<Class<?>> shuffled = fixtures();
        Collections.shuffle(shuffled, new Random(7));

        assertThat(ApiDump.types(shuffled)).isEqualTo(ApiDump.types(fixtures()));
    }

    @Test
    void theModulePartShowsWhatEveryoneGetsButNotWhatOnlyOurModulesGet() {
        ModuleDescriptor descriptor = ModuleDescriptor.newModule("dev.example")
                .requires(Set.of(ModuleDescriptor.Requires.Modifier.TRANSITIVE), "dev.example.base")
                .requires("dev.example.hidden")
                .exports("dev.example.api")
                .exports("dev.example.internal", Set.of("dev.example.friend"))
                .opens("dev.example.api")
                .build();

        assertThat(ApiDump.module(descriptor))
                .containsExactly(
                        "module dev.example",
                        "  exports dev.example.api",
                        "  opens dev.example.api",
                        "  requires transitive dev.example.base");
    }

    @Test
    void aDifferenceShowsTheRemovedAndAddedLinesUnderTheirType() {
        String before = "module m\n\npublic class a.A\n  public void one()\n  public void two()\npublic class a.B\n";
        String after = "module m\n\npublic class a.A\n  public void one()\n  public void three()\npublic class a.B\n";

        assertThat(ApiFile.difference(before, after))
                .containsExactly("  public class a.A", "-   public void two()", "+   public void three()");
        assertThat(ApiFile.difference(before, before)).isEmpty();
    }
}
