package dev.fakecognito.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakecognito.fixtures.Fixtures;
import dev.fakecognito.model.internal.FakeSettings;
import dev.fakecognito.model.internal.Setting;
import dev.fakecognito.server.FakeCognitoIdentity;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Keeps every example of the documentation honest: the README, CONTRIBUTING.md and every page of the site
 * under {@code docs/}. See CONTRIBUTING.md, "Documentation", for the rules a page follows.
 *
 * <ul>
 *   <li>A block marked {@code <!-- snippet: path#name -->} (the line right before its fence) equals,
 *       whitespace aside, the region between {@code // snippet:start name} and {@code // snippet:end} of
 *       that file ({@code #} in YAML, Python and shell, {@code <!-- -->} in XML; the name {@code file} is
 *       the whole file), which the build compiles and runs. Every Java, JavaScript and Python block must be marked.
 *   <li>A YAML block that is a fixture document is loaded by the fixture loader and seeded into a fresh
 *       fake; an {@code aws ... cognito-identity <operation>} command after it that is followed by
 *       {@code # {...}} is called through the AWS SDK against that fake and must answer those members.
 *   <li>XML and Gradle blocks name published artifacts of this build at its version.
 *   <li>Command lines use options, environment variables and operations that exist.
 *   <li>{@code docs/...md#anchor} named in the code exists.
 * </ul>
 *
 * The site writes the version as {@code {{ version }}} (filled in from the POM); the README names it literally.
 */
class DocsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String VERSION_VARIABLE = "{{ version }}";
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*snippet:\\s*(\\S+)#(\\S+)\\s*-->\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*([\\w-]*)\\s*$");
    private static final Pattern START =
            Pattern.compile("^\\s*(?://|#|<!--)\\s*snippet:start\\s+(\\S+)\\s*(?:-->)?\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*(?://|#|<!--)\\s*snippet:end\\s*(?:-->)?\\s*$");
    private static final Pattern FIXTURE_KEYS = Pattern.compile("(?m)^(identityPools|faults|clock|loginTokenKeys):");
    private static final Pattern AWS_COMMAND = Pattern.compile("^aws\\s.*\\bcognito-identity\\s+([a-z-]+)(.*)$");
    /** Languages whose blocks must come from a file the build compiles or runs. */
    private static final Set<String> PROGRAMS = Set.of("java", "js", "javascript", "python", "ts", "typescript");

    private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("\\bFAKE_COGNITO_[A-Z][A-Z_]*[A-Z]\\b");

    /** A fenced block of a page, with the snippet marker before it if there is one. */
    record Block(String page, int line, String language, String file, String name, String code) {
        String where() {
            return page + ":" + line;
        }
    }

    // ---------------------------------------------------------------------------------------------- pages

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CONTRIBUTING.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    static List<Block> allBlocks() throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (Path page : pages()) {
            blocks.addAll(blocks(ROOT.relativize(page).toString(), Files.readAllLines(page)));
        }
        return blocks;
    }

    /** The version of this build: the root POM's own. */
    static String version() throws IOException {
        Matcher version = Pattern.compile(
                        "</modelVersion>\\s*(?:<!--.*?-->\\s*)*<groupId>[^<]*</groupId>\\s*"
                                + "<artifactId>[^<]*</artifactId>\\s*<version>([^<]+)</version>",
                        Pattern.DOTALL)
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(version.find()).as("the root POM's version").isTrue();
        return version.group(1);
    }

    // ------------------------------------------------------------------------------------------- snippets

    @TestFactory
    Stream<DynamicTest> everyMarkedBlockIsItsSource() throws IOException {
        List<Block> marked =
                allBlocks().stream().filter(block -> block.file() != null).toList();
        assertThat(marked).as("marked blocks").hasSizeGreaterThan(20);
        String version = version();
        return marked.stream()
                .map(block -> DynamicTest.dynamicTest(
                        block.where() + " " + block.file() + "#" + block.name(), () -> checkSnippet(block, version)));
    }

    @Test
    void everyProgramBlockIsMarked() throws IOException {
        List<String> unmarked = allBlocks().stream()
                .filter(block -> PROGRAMS.contains(block.language()) && block.file() == null)
                .map(block -> block.where() + " (" + block.language() + ")")
                .toList();
        assertThat(unmarked)
                .as("code blocks without a <!-- snippet: path#name --> line before them")
                .isEmpty();
    }

    private static void checkSnippet(Block block, String version) throws IOException {
        Path file = ROOT.resolve(block.file());
        if (!Files.isRegularFile(file)) {
            fail("%s: no file %s", block.where(), block.file());
        }
        String source = Files.readString(file);
        String region = block.name().equals("file") ? source : region(source, block.name());
        if (region == null) {
            fail(
                    "%s: no region '%s' (snippet:start %s ... snippet:end) in %s",
                    block.where(), block.name(), block.name(), block.file());
        }
        assertThat(normalise(block.code().replace(VERSION_VARIABLE, version)))
                .as(
                        "%s differs from %s#%s (python3 scripts/update-snippets.py rewrites it); the source says:%n%s",
                        block.where(), block.file(), block.name(), region)
                .isEqualTo(normalise(region));
    }

    // ------------------------------------------------------------------------------------------- fixtures

    @TestFactory
    Stream<DynamicTest> everyFixtureLoadsAndAnswersAsThePageSays() throws IOException {
        String version = version();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages()) {
            String name = ROOT.relativize(page).toString();
            List<Block> blocks = blocks(name, Files.readAllLines(page));
            String fixture = null; // the page's fixture in force: the last one shown or started with
            String fixtureWhere = null;
            for (Block block : blocks) {
                String code = block.code().replace(VERSION_VARIABLE, version);
                if (block.language().equals("yaml")
                        && FIXTURE_KEYS.matcher(code).find()) {
                    fixture = code;
                    fixtureWhere = block.where();
                    String document = code;
                    tests.add(DynamicTest.dynamicTest(block.where() + " loads and seeds", () -> seed(document, block)));
                }
                if (List.of("sh", "bash", "console").contains(block.language())) {
                    List<String> lines = commandLines(code);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher jar = Pattern.compile("-standalone\\.jar\\b.*--fixtures[ =](\\S+)")
                                .matcher(lines.get(i));
                        if (jar.find() && Files.isRegularFile(ROOT.resolve(jar.group(1)))) {
                            fixture = Files.readString(ROOT.resolve(jar.group(1)));
                            fixtureWhere = jar.group(1);
                        }
                        Matcher aws = AWS_COMMAND.matcher(lines.get(i));
                        if (aws.matches()
                                && i + 1 < lines.size()
                                && lines.get(i + 1).startsWith("# {")) {
                            String document = fixture;
                            String from = fixtureWhere;
                            String command = lines.get(i);
                            String expected = lines.get(i + 1).substring(2);
                            tests.add(DynamicTest.dynamicTest(
                                    block.where() + " " + aws.group(1) + " answers as shown",
                                    () -> callAsThePageSays(block, document, from, command, expected)));
                        }
                    }
                }
            }
        }
        assertThat(tests).as("fixture blocks and documented calls").hasSizeGreaterThan(5);
        return tests.stream();
    }

    private static void seed(String document, Block block) {
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start()) {
            fake.seed(Fixtures.fromString(document));
        } catch (RuntimeException e) {
            fail("%s: the fixture is refused: %s", block.where(), e.getMessage());
        }
    }

    private static void callAsThePageSays(Block block, String fixture, String from, String command, String expected)
            throws Exception {
        assertThat(fixture)
                .as("%s: a documented call needs a fixture shown before it on the page", block.where())
                .isNotNull();
        Map<String, Object> wanted = JSONObjectUtils.parse(expected);
        Matcher regionOption = Pattern.compile("--region[ =](\\S+)").matcher(command);
        try (FakeCognitoIdentity fake = FakeCognitoIdentity.builder().start();
                CognitoIdentityClient client = CognitoIdentityClient.builder()
                        .endpointOverride(fake.endpoint())
                        .region(Region.of(regionOption.find() ? regionOption.group(1) : fake.region()))
                        .credentialsProvider(
                                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                        .build()) {
            fake.seed(Fixtures.fromString(fixture));
            Map<String, Object> answer = AwsCli.call(client, command);
            assertThat(subset(answer, wanted.keySet()))
                    .as("%s: `%s` against the fixture of %s", block.where(), command, from)
                    .isEqualTo(wanted);
        }
    }

    private static Map<String, Object> subset(Map<String, Object> answer, Set<String> keys) {
        Map<String, Object> subset = new LinkedHashMap<>();
        for (String key : keys) {
            subset.put(key, answer.get(key));
        }
        return subset;
    }

    /** The AWS CLI's {@code cognito-identity} commands, called through the AWS SDK for Java instead. */
    static final class AwsCli {
        private static final Set<String> GLOBAL_OPTIONS = Set.of("--endpoint-url", "--region", "--output", "--profile");

        /** The operation's request class, or {@code null} when the service has no such operation. */
        static Class<?> requestClass(String command) {
            String operation = Arrays.stream(command.split("-"))
                    .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                    .collect(Collectors.joining());
            try {
                return Class.forName("software.amazon.awssdk.services.cognitoidentity.model." + operation + "Request");
            } catch (ClassNotFoundException e) {
                return null;
            }
        }

        /** The request's members by their CLI option ({@code --identity-pool-id}). */
        static Map<String, SdkField<?>> options(Class<?> requestClass) throws ReflectiveOperationException {
            SdkPojo builder = (SdkPojo) requestClass.getMethod("builder").invoke(null);
            Map<String, SdkField<?>> options = new LinkedHashMap<>();
            for (SdkField<?> field : builder.sdkFields()) {
                options.put(
                        "--"
                                + field.locationName()
                                        .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                                        .toLowerCase(Locale.ROOT),
                        field);
            }
            return options;
        }

        /** The words of a command line after the operation: options and their values. */
        static List<String> words(String arguments) {
            List<String> words = new ArrayList<>();
            Matcher word = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(arguments);
            while (word.find()) {
                words.add(
                        word.group(1) != null ? word.group(1) : word.group(2) != null ? word.group(2) : word.group(3));
            }
            return words;
        }

        static Map<String, Object> call(CognitoIdentityClient client, String command) throws Exception {
            Matcher aws = AWS_COMMAND.matcher(command);
            assertThat(aws.matches()).isTrue();
            Class<?> requestClass = requestClass(aws.group(1));
            assertThat(requestClass).as("the operation of `%s`", command).isNotNull();
            Map<String, SdkField<?>> options = options(requestClass);
            Object builder = requestClass.getMethod("builder").invoke(null);
            List<String> words = words(aws.group(2));
            for (int i = 0; i < words.size(); i++) {
                String option = words.get(i);
                SdkField<?> field = options.get(option.replaceFirst("^--no-", "--"));
                if (field == null) {
                    continue; // global options were checked by commandLinesUseOptionsThatExist
                }
                List<String> values = new ArrayList<>();
                while (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
                    values.add(words.get(++i));
                }
                field.set(builder, value(field, option, values));
            }
            Object request = ((SdkBuilder<?, ?>) builder).build();
            Method method = CognitoIdentityClient.class.getMethod(
                    Character.toLowerCase(requestClass.getSimpleName().charAt(0))
                            + requestClass
                                    .getSimpleName()
                                    .substring(1, requestClass.getSimpleName().length() - 7),
                    requestClass);
            try {
                return pojo((SdkPojo) method.invoke(client, request));
            } catch (InvocationTargetException e) {
                throw (Exception) e.getCause();
            }
        }

        private static Object value(SdkField<?> field, String option, List<String> values) {
            MarshallingType<?> type = field.marshallingType();
            if (type == MarshallingType.BOOLEAN) {
                return !option.startsWith("--no-");
            }
            if (type == MarshallingType.INTEGER) {
                return Integer.valueOf(values.get(0));
            }
            if (type == MarshallingType.MAP) {
                Map<String, String> map = new LinkedHashMap<>();
                for (String pair : String.join(",", values).split(",")) {
                    String[] kv = pair.split("=", 2);
                    map.put(kv[0], kv[1]);
                }
                return map;
            }
            if (type == MarshallingType.LIST) {
                return values;
            }
            return values.get(0);
        }

        private static Map<String, Object> pojo(SdkPojo pojo) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (SdkField<?> field : pojo.sdkFields()) {
                Object value = json(field.getValueOrDefault(pojo));
                if (value != null) {
                    map.put(field.locationName(), value);
                }
            }
            return map;
        }

        private static Object json(Object value) {
            if (value instanceof SdkPojo pojo) {
                return pojo(pojo);
            }
            if (value instanceof List<?> list) {
                return list.isEmpty() && list.getClass().getSimpleName().contains("Auto")
                        ? null
                        : list.stream().map(AwsCli::json).toList();
            }
            if (value instanceof Map<?, ?> map) {
                if (map.isEmpty() && map.getClass().getSimpleName().contains("Auto")) {
                    return null;
                }
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), json(v)));
                return copy;
            }
            if (value instanceof Number || value instanceof Boolean || value == null) {
                return value instanceof Integer i ? Long.valueOf(i) : value;
            }
            return value.toString();
        }
    }

    // -------------------------------------------------------------------------------------- dependencies

    @Test
    void dependencyBlocksNamePublishedArtifactsAtThisVersion() throws IOException {
        String version = version();
        Set<String> published = published();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Block block : allBlocks()) {
            if (block.language().equals("xml")) {
                Matcher dependency = Pattern.compile(
                                "<groupId>dev\\.fakecognito</groupId>\\s*<artifactId>([^<]+)</artifactId>(?:\\s*<version>([^<]+)</version>)?")
                        .matcher(block.code());
                while (dependency.find()) {
                    checked++;
                    check(block, dependency.group(1), dependency.group(2), published, version, problems);
                }
                Matcher property =
                        Pattern.compile("<fake-cognito\\.version>([^<]+)</").matcher(block.code());
                while (property.find()) {
                    check(block, published.iterator().next(), property.group(1), published, version, problems);
                }
            }
            if (block.language().equals("kotlin") || block.language().equals("groovy")) {
                Matcher dependency = Pattern.compile("\"dev\\.fakecognito:([^:\"]+)(?::([^\"]+))?\"")
                        .matcher(block.code());
                while (dependency.find()) {
                    checked++;
                    check(block, dependency.group(1), dependency.group(2), published, version, problems);
                }
            }
        }
        assertThat(checked).as("dependency blocks").isGreaterThan(5);
        assertThat(problems).isEmpty();
    }

    private static void check(
            Block block, String artifact, String given, Set<String> published, String version, List<String> problems) {
        if (!published.contains(artifact)) {
            problems.add(block.where() + ": dev.fakecognito:" + artifact + " is not published (the BOM lists "
                    + published + ")");
        }
        if (given != null
                && !given.equals(VERSION_VARIABLE)
                && !given.equals("${fake-cognito.version}")
                && !given.equals(version)) {
            problems.add(block.where() + ": version " + given + " of " + artifact + ", but this build is " + version
                    + (block.page().startsWith("docs/") ? " (write " + VERSION_VARIABLE + ")" : ""));
        }
    }

    /** The published artifacts: those the BOM lists, and the BOM. */
    static Set<String> published() throws IOException {
        Set<String> artifacts = new TreeSet<>();
        Matcher artifact = Pattern.compile("<artifactId>([^<]+)</artifactId>")
                .matcher(Files.readString(ROOT.resolve("bom/pom.xml")));
        while (artifact.find()) {
            artifacts.add(artifact.group(1));
        }
        artifacts.removeIf(name -> !name.startsWith("fake-cognito-identity-"));
        assertThat(artifacts).contains("fake-cognito-identity-bom", "fake-cognito-identity-junit5");
        return artifacts;
    }

    @Test
    void onlyTheReadmeWritesTheVersionOutAndItIsThisBuilds() throws IOException {
        String version = version();
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            String name = ROOT.relativize(page).toString();
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                Matcher written =
                        Pattern.compile("\\b\\d+\\.\\d+\\.\\d+-SNAPSHOT\\b").matcher(lines.get(i));
                while (written.find()) {
                    if (name.startsWith("docs/")
                            == written.group().equals(version)) { // the site writes the variable; others this version
                        problems.add(name + ":" + (i + 1) + ": " + written.group()
                                + (name.startsWith("docs/")
                                        ? " (write " + VERSION_VARIABLE + ")"
                                        : " (this build is " + version + ")"));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    // -------------------------------------------------------------------------------------- command lines

    @Test
    void commandLinesUseOptionsThatExist() throws Exception {
        Set<String> options = FakeSettings.all().stream()
                .filter(setting -> setting.appliesTo(Setting.Surface.CLI))
                .map(Setting::cliOption)
                .collect(Collectors.toCollection(TreeSet::new));
        options.add("--help");
        Set<String> variables = FakeSettings.all().stream()
                .map(Setting::environmentVariable)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> problems = new ArrayList<>();
        int jars = 0;
        int awsCommands = 0;
        for (Path page : pages()) {
            String name = ROOT.relativize(page).toString();
            Matcher variable = ENVIRONMENT_VARIABLE.matcher(Files.readString(page));
            while (variable.find()) {
                if (!variables.contains(variable.group())) {
                    problems.add(name + ": " + variable.group() + " is no setting's variable");
                }
            }
        }
        for (Block block : allBlocks()) {
            if (!List.of("sh", "bash", "console", "yaml").contains(block.language())) {
                continue;
            }
            for (String line : commandLines(block.code())) {
                Matcher jar =
                        Pattern.compile("-standalone\\.jar((?:\\s+\\S+)*)").matcher(line.replaceAll("\\s#.*$", ""));
                if (jar.find()) {
                    jars++;
                    Matcher option =
                            Pattern.compile("(?:^|\\s)(--[a-z][a-z-]*)").matcher(jar.group(1));
                    while (option.find()) {
                        if (!options.contains(option.group(1))) {
                            problems.add(block.where() + ": the standalone jar has no option " + option.group(1));
                        }
                    }
                }
                Matcher aws = AWS_COMMAND.matcher(line.replaceAll("\\s#.*$", ""));
                if (aws.matches()) {
                    awsCommands++;
                    Class<?> requestClass = AwsCli.requestClass(aws.group(1));
                    if (requestClass == null) {
                        problems.add(block.where() + ": cognito-identity has no operation " + aws.group(1));
                        continue;
                    }
                    Set<String> members = AwsCli.options(requestClass).keySet();
                    for (String word : AwsCli.words(aws.group(2))) {
                        String option = word.replaceFirst("^--no-", "--");
                        if (word.startsWith("--")
                                && !members.contains(option)
                                && !AwsCli.GLOBAL_OPTIONS.contains(word)) {
                            problems.add(block.where() + ": " + aws.group(1) + " has no option " + word + " (it has "
                                    + members + ")");
                        }
                    }
                }
            }
        }
        assertThat(jars).as("standalone jar command lines").isGreaterThan(2);
        assertThat(awsCommands).as("aws command lines").isGreaterThan(2);
        assertThat(problems).isEmpty();
    }

    /** The lines of a shell block, continuation lines joined; {@code # ...} comment lines kept as lines. */
    static List<String> commandLines(String code) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String raw : code.split("\n")) {
            String trimmed = raw.strip();
            if (trimmed.endsWith("\\")) {
                line.append(trimmed.substring(0, trimmed.length() - 1).strip()).append(' ');
                continue;
            }
            line.append(trimmed);
            lines.add(line.toString().strip());
            line.setLength(0);
        }
        return lines;
    }

    // ------------------------------------------------------------------------------------ links from code

    @Test
    void pagesAndAnchorsTheCodeNamesExist() throws IOException {
        Pattern reference = Pattern.compile("\\b(docs/[\\w-]+(?:/[\\w-]+)*\\.md)(?:#([\\w-]+))?");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String module : List.of(
                "model",
                "fake-server",
                "junit-extension",
                "testcontainers-module",
                "assertions",
                "spring-boot",
                "samples",
                "ui-tests",
                "scripts",
                "samples/web-app")) {
            Path dir = ROOT.resolve(module);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(path -> !path.toString().contains("/target/")
                                && !path.toString().contains("node_modules"))
                        .filter(path -> path.toString().matches(".*\\.(java|py|sh|js|yaml|html)$"))
                        .toList();
            }
            for (Path file : files) {
                Matcher link = reference.matcher(Files.readString(file));
                while (link.find()) {
                    checked++;
                    Path page = ROOT.resolve(link.group(1));
                    if (!Files.isRegularFile(page)) {
                        problems.add(ROOT.relativize(file) + ": " + link.group() + ": no such page");
                    } else if (link.group(2) != null
                            && !anchors(Files.readAllLines(page)).contains(link.group(2))) {
                        problems.add(ROOT.relativize(file) + ": " + link.group() + ": no such heading");
                    }
                }
            }
        }
        assertThat(checked).as("references to the docs in the code").isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    /** The anchors of a page's headings, as the site makes them (Python-Markdown's toc). */
    static Set<String> anchors(List<String> lines) {
        Set<String> anchors = new TreeSet<>();
        boolean fenced = false;
        for (String line : lines) {
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
            } else if (!fenced && line.matches("^#{1,6} .*")) {
                String text = line.replaceFirst("^#+ ", "").replaceAll("[`*]", "");
                anchors.add(text.replaceAll("[^\\w\\s-]", "")
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[-\\s]+", "-"));
            }
        }
        return anchors;
    }

    // --------------------------------------------------------------------------------------------- parser

    @Test
    void checkerSeesAChangedSnippet() throws Exception {
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
        assertThat(region("<a>\n  <!-- snippet:start x -->\n  <b/>\n  <!-- snippet:end -->\n</a>", "x"))
                .isEqualTo("  <b/>\n");
        List<Block> blocks = blocks(
                "page.md",
                List.of(
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
                        new Block("page.md", 4, "java", "a/B.java", "demo", "int x = 1;\n"),
                        new Block("page.md", 7, "java", null, null, "unmarked();\n"));
        assertThat(anchors(List.of("## Throttle one call", "### `GetId` with logins", "```", "## not", "```")))
                .containsExactly("getid-with-logins", "throttle-one-call");
        assertThat(AwsCli.requestClass("get-id")).isNotNull();
        assertThat(AwsCli.requestClass("get-identity")).isNull();
        assertThat(AwsCli.options(AwsCli.requestClass("get-id")).keySet())
                .contains("--identity-pool-id", "--logins", "--account-id");
        assertThat(commandLines("aws a \\\n  b\n# {}")).containsExactly("aws a b", "# {}");
    }

    /** The fenced blocks, each with the snippet marker of the nearest non-blank line before it. */
    static List<Block> blocks(String page, List<String> lines) {
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
                blocks.add(new Block(page, start, fence.group(1), file, name, code.toString()));
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
            if (!inside && start.matches() && start.group(1).equals(name)) {
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
