package dev.fakecognito.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public member of the published API has a test: {@code src/test/resources/api-tests.txt} names,
 * for each member of the {@code api/*.api} dumps, a test file that uses it (or says why none can, for
 * what JUnit, Spring or javac call). It reads the checked-in dumps and the test sources, so it needs no
 * build of the other modules.
 */
class ApiTestsTest {
    private static final Path ROOT = Path.of(System.getProperty("project.root", ".."));
    private static final Pattern TYPE = Pattern.compile("(?:class|interface|record|enum|@interface) ([\\w.$]+)");
    private static final Pattern MEMBER =
            Pattern.compile("\\s([\\w$]+)\\([^()]*\\)( default .*)?( throws [\\w.$, ]+)?$");
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");

    /** A member of a dump: its type's simple name(s), e.g. {@code World.IdentityPool}, and its name. */
    record Member(String type, String name, boolean annotation) {
        String key() {
            return type + "#" + name;
        }

        /** How a test that uses it mentions it. */
        Pattern use() {
            String simple = type.substring(type.lastIndexOf('.') + 1);
            if (annotation && name.equals("value")) {
                return Pattern.compile("@" + Pattern.quote(simple) + "\\(");
            }
            if (annotation) {
                return Pattern.compile("\\b" + Pattern.quote(name) + "\\s*=");
            }
            if (name.equals(simple)) {
                return Pattern.compile("new\\s+[\\w.]*\\b" + Pattern.quote(name) + "\\b");
            }
            return Pattern.compile("(\\.|::)" + Pattern.quote(name) + "\\b");
        }
    }

    static List<Member> members() throws IOException {
        List<Path> dumps;
        try (Stream<Path> modules = Files.list(ROOT)) {
            dumps = modules.map(module -> module.resolve("api"))
                    .filter(Files::isDirectory)
                    .flatMap(ApiTestsTest::list)
                    .filter(file -> file.toString().endsWith(".api"))
                    .sorted()
                    .toList();
        }
        assertThat(dumps).as("the API dumps under " + ROOT.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(6);
        Map<String, Member> members = new LinkedHashMap<>();
        for (Path dump : dumps) {
            String type = null;
            boolean annotation = false;
            for (String line : Files.readAllLines(dump, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!line.startsWith(" ")) {
                    Matcher declared = TYPE.matcher(line);
                    type = declared.find() ? simpleNames(declared.group(1)) : null;
                    annotation = line.contains("@interface ");
                    continue;
                }
                Matcher member = MEMBER.matcher(line);
                if (type != null && member.find() && !OBJECT_METHODS.contains(member.group(1))) {
                    Member found = new Member(type, member.group(1), annotation);
                    members.putIfAbsent(found.key(), found);
                }
            }
        }
        return new ArrayList<>(members.values());
    }

    private static Stream<Path> list(Path directory) {
        try {
            return Files.list(directory).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code dev.fakecognito.model.World.IdentityPool} → {@code World.IdentityPool}. */
    private static String simpleNames(String qualified) {
        return Stream.of(qualified.split("\\."))
                .filter(part -> Character.isUpperCase(part.charAt(0)))
                .collect(Collectors.joining("."));
    }

    static Map<String, String> entries() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/api-tests.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            assertThat(space)
                    .as("a line is 'Type#member path…' or 'Type#member = reason': " + line)
                    .isPositive();
            String previous = entries.put(
                    line.substring(0, space), line.substring(space + 1).strip());
            assertThat(previous).as("one line per member: " + line).isNull();
        }
        return entries;
    }

    @Test
    void everyPublicMemberHasALine() throws IOException {
        Map<String, String> entries = entries();

        List<String> missing = members().stream()
                .map(Member::key)
                .filter(key -> !entries.containsKey(key))
                .toList();

        assertThat(missing)
                .as("public members without a test in api-check/src/test/resources/api-tests.txt: write a"
                        + " test, then add 'Type#member path/to/ItsTest.java'")
                .isEmpty();
    }

    @Test
    void everyLineNamesAMemberOfTheApi() throws IOException {
        Set<String> keys = members().stream().map(Member::key).collect(Collectors.toSet());

        assertThat(new LinkedHashSet<>(entries().keySet()))
                .as("lines for members no API dump has (renamed or removed?)")
                .allMatch(keys::contains, "is in a dump");
    }

    @Test
    void everyNamedTestUsesTheMember() throws IOException {
        Map<String, String> entries = entries();
        List<String> problems = new ArrayList<>();
        for (Member member : members()) {
            String entry = entries.get(member.key());
            if (entry == null || entry.startsWith("= ")) {
                assertThat(entry == null || entry.length() > 10)
                        .as("a reason is given for " + member.key())
                        .isTrue();
                continue;
            }
            for (String path : entry.split("\\s+")) {
                Path test = ROOT.resolve(path);
                if (!Files.isRegularFile(test)) {
                    problems.add(member.key() + ": no file " + path);
                } else if (!member.use().matcher(Files.readString(test)).find()) {
                    problems.add(member.key() + ": " + path + " does not mention it");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
