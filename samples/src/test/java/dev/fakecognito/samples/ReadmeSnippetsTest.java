package dev.fakecognito.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the README's code honest: every fenced {@code java} block of {@code README.md} must be marked
 * with the source it comes from, and must equal (whitespace-normalised) that region of the source,
 * which the build compiles and runs.
 *
 * <p>In the README, a marker line right before the fence names the file (from the repository root)
 * and the region:
 * <pre>
 * &lt;!-- snippet: samples/src/test/java/dev/fakecognito/samples/GettingStartedTest.java#first-test --&gt;
 * ```java
 * ...
 * ```
 * </pre>
 * In the file, the region is the lines between {@code // snippet:start first-test} and the next
 * {@code // snippet:end} ({@code #} instead of {@code //} in YAML). A name may mark several regions of
 * one file (e.g. imports and a method body); they are joined in order; regions do not nest. Other fences (YAML, shell) may
 * be marked too and are then checked the same way.
 */
class ReadmeSnippetsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MARKER = Pattern.compile("^<!--\\s*snippet:\\s*(\\S+)#(\\S+)\\s*-->\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*(\\w*)\\s*$");
    private static final Pattern START = Pattern.compile("^\\s*(//|#)\\s*snippet:start\\s+(\\S+)\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*(//|#)\\s*snippet:end\\s*$");

    /** A fenced block of the README, with the marker before it if there is one. */
    record Block(int line, String language, String file, String name, String code) {}

    @TestFactory
    Stream<DynamicTest> everyMarkedSnippetIsInItsSource() throws IOException {
        List<Block> marked =
                blocks(readme()).stream().filter(block -> block.file() != null).toList();
        assertThat(marked).as("marked snippets in README.md").isNotEmpty();
        return marked.stream()
                .map(block -> DynamicTest.dynamicTest(
                        "README.md:" + block.line() + " " + block.file() + "#" + block.name(), () -> check(block)));
    }

    @Test
    void everyJavaSnippetIsMarked() throws IOException {
        List<String> unmarked = blocks(readme()).stream()
                .filter(block -> block.language().equals("java") && block.file() == null)
                .map(block -> "README.md:" + block.line())
                .toList();
        assertThat(unmarked)
                .as("java blocks without a <!-- snippet: path#name --> line before them")
                .isEmpty();
    }

    @Test
    void checkerSeesAChangedSnippet() {
        String source = """
                class A {
                    // snippet:start demo
                    int x = 1;
                    // snippet:end
                    int y = 2;
                    // snippet:start demo
                }
                // snippet:end
                """;
        assertThat(normalise(region(source, "demo"))).isEqualTo("int x = 1; }");
        assertThat(normalise("int x =\n  1;\n}")).isEqualTo(normalise(region(source, "demo")));
        assertThat(normalise("int x = 2; }")).isNotEqualTo(normalise(region(source, "demo")));
        assertThat(region(source, "other")).isNull();
        List<Block> blocks = blocks(List.of(
                "text",
                "<!-- snippet: a/B.java#demo -->",
                "",
                "```java",
                "int x = 1;",
                "```",
                "```java",
                "unmarked();",
                "```"));
        assertThat(blocks)
                .containsExactly(
                        new Block(4, "java", "a/B.java", "demo", "int x = 1;\n"),
                        new Block(7, "java", null, null, "unmarked();\n"));
    }

    private static void check(Block block) throws IOException {
        Path file = ROOT.resolve(block.file());
        if (!Files.isRegularFile(file)) {
            fail("README.md:%d: no file %s", block.line(), block.file());
        }
        String region = region(Files.readString(file), block.name());
        if (region == null) {
            fail(
                    "README.md:%d: no '// snippet:start %s' ... '// snippet:end' in %s",
                    block.line(), block.name(), block.file());
        }
        assertThat(normalise(block.code()))
                .as(
                        "README.md:%d differs from %s#%s; the source says:%n%s",
                        block.line(), block.file(), block.name(), region)
                .isEqualTo(normalise(region));
    }

    private static List<String> readme() throws IOException {
        return Files.readAllLines(ROOT.resolve("README.md"));
    }

    /** The fenced blocks, each with the snippet marker of the nearest non-blank line before it. */
    static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        String file = null;
        String name = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher marker = MARKER.matcher(line);
            Matcher fence = FENCE.matcher(line);
            if (marker.matches()) {
                file = marker.group(1);
                name = marker.group(2);
            } else if (fence.matches()) {
                int start = i + 1;
                StringBuilder code = new StringBuilder();
                for (i = start; i < lines.size() && !FENCE.matcher(lines.get(i)).matches(); i++) {
                    code.append(lines.get(i)).append('\n');
                }
                blocks.add(new Block(start, fence.group(1), file, name, code.toString()));
                file = null;
                name = null;
            } else if (!line.isBlank()) {
                file = null;
                name = null;
            }
        }
        return blocks;
    }

    /** The lines of all regions with that name, joined; {@code null} when there is none. */
    static String region(String source, String name) {
        StringBuilder region = null;
        boolean inside = false;
        for (String line : source.split("\n", -1)) {
            Matcher start = START.matcher(line);
            if (!inside && start.matches() && start.group(2).equals(name)) {
                inside = true;
                region = region == null ? new StringBuilder() : region;
            } else if (inside && END.matcher(line).matches()) {
                inside = false;
            } else if (inside) {
                region.append(line).append('\n');
            }
        }
        return region == null ? null : region.toString();
    }

    /** Whitespace runs to one space, trimmed: indentation and line breaks do not matter. */
    static String normalise(String code) {
        return code.replaceAll("\\s+", " ").trim();
    }
}
