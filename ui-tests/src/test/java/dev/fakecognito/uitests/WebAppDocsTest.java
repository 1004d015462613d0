package dev.fakecognito.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/web-app-with-amplify.md honest: every YAML, JavaScript and JSON block is marked
 * ({@code <!-- snippet: path#name -->}) with the sample file it comes from, and equals, whitespace
 * normalised, the lines between {@code // snippet:start name} (or {@code #}) and {@code snippet:end} of
 * that file, or the whole file for the name {@code file}. The files are the ones the sample's tests run.
 */
class WebAppDocsTest {
    private static final Path ROOT = Npm.uiTests().getParent();
    private static final Pattern MARKER = Pattern.compile("^<!--\\s*snippet:\\s*(\\S+)#(\\S+)\\s*-->\\s*$");
    private static final Pattern FENCE = Pattern.compile("^```\\s*(\\w*)\\s*$");
    private static final Pattern START = Pattern.compile("^\\s*(//|#)\\s*snippet:start\\s+(\\S+)\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*(//|#)\\s*snippet:end\\s*$");

    record Block(int line, String language, String file, String name, String code) {}

    @Test
    void everyCodeBlockOfThePageIsTheSampleItShows() throws IOException {
        List<Block> blocks = blocks(Files.readAllLines(ROOT.resolve("docs/web-app-with-amplify.md")));
        List<Block> checked = blocks.stream()
                .filter(block -> List.of("yaml", "js", "json").contains(block.language()))
                .toList();

        assertThat(checked).hasSizeGreaterThanOrEqualTo(4);
        for (Block block : checked) {
            assertThat(block.file())
                    .as("block at line %d has a snippet marker", block.line())
                    .isNotNull();
            String source = Files.readString(ROOT.resolve(block.file()));
            String expected = block.name().equals("file") ? source : region(source, block.name());
            assertThat(normalise(block.code()))
                    .as("docs/web-app-with-amplify.md:%d against %s#%s", block.line(), block.file(), block.name())
                    .isEqualTo(normalise(expected));
        }
    }

    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        String file = null;
        String name = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            Matcher fence = FENCE.matcher(lines.get(i));
            if (marker.matches()) {
                file = marker.group(1);
                name = marker.group(2);
            } else if (fence.matches()) {
                StringBuilder code = new StringBuilder();
                int start = i + 1;
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    code.append(lines.get(i)).append('\n');
                }
                blocks.add(new Block(start, fence.group(1), file, name, code.toString()));
                file = null;
                name = null;
            } else if (!lines.get(i).isBlank()) {
                file = null;
                name = null;
            }
        }
        return blocks;
    }

    private static String region(String source, String name) {
        StringBuilder region = new StringBuilder();
        boolean inside = false;
        boolean found = false;
        for (String line : source.split("\n", -1)) {
            Matcher start = START.matcher(line);
            if (!inside && start.matches() && start.group(2).equals(name)) {
                inside = true;
                found = true;
            } else if (inside && END.matcher(line).matches()) {
                inside = false;
            } else if (inside) {
                region.append(line).append('\n');
            }
        }
        assertThat(found).as("region %s", name).isTrue();
        return region.toString();
    }

    private static String normalise(String code) {
        return code.strip().replaceAll("\\s+", " ");
    }
}
