import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compiles the service model into Java at build time (the server POM runs it in generate-sources):
 * the pinned {@code cognito-identity-2014-06-30.json} becomes
 *
 * <ul>
 *   <li>{@code validation/CognitoIdentityModel.java}: the operations (names, input members, errors,
 *       which are signed), and for every shape an input can reach, a reader of its JSON (Jackson's
 *       streaming parser, values of the wrong JSON type kept as a {@code Mismatch}), a checker of its
 *       constraints with the service's error texts, and a renderer of values for those texts;
 *   <li>{@code wire/WireCodecs.java}: the binding of read members to the {@code wire} records the
 *       operations take (and back, for seeding), and a writer of every output record (Jackson's
 *       streaming generator).
 * </ul>
 *
 * <p>The records are the hand-written ones in {@code wire/}, and each operation's records are the type
 * arguments of its class in {@code operations/} ({@code extends Operation<GetIdInput, IdentityIdResponse>}):
 * both are read from the sources, so a record that gains a component the model has is bound without
 * touching this program, and one that does not match the model fails the build here, naming it.
 *
 * <p>Usage: {@code java ModelGenerator.java MODEL_JSON SOURCES_DIR OUTPUT_DIR} (with Jackson on the
 * class path).
 */
public final class ModelGenerator {
    private static final String SERVER = "dev/fakecognito/server/internal/";
    private static final Pattern RECORD = Pattern.compile(
            "public\\s+record\\s+(\\w+)\\s*\\((.*?)\\)\\s*(?:implements[^{]*)?\\{", Pattern.DOTALL);
    private static final Pattern OPERATION = Pattern.compile(
            "class\\s+(\\w+)\\s+extends\\s+Operation\\s*<\\s*(\\w+)\\s*,\\s*(\\w+)\\s*>", Pattern.DOTALL);

    private final JsonNode model;
    private final Map<String, JsonNode> shapes = new LinkedHashMap<>();
    private final Map<String, Integer> shapeIds = new LinkedHashMap<>();
    private final Map<String, List<Component>> records = new TreeMap<>();
    private final Map<String, String[]> operationRecords = new HashMap<>();
    private final List<String> operations = new ArrayList<>();
    private final Set<String> inputShapes = new LinkedHashSet<>();
    /** The shapes some other shape refers to (so checked and shown as a value, not only as a body). */
    private final Set<String> nested = new HashSet<>();
    private final Map<String, Boolean> redacted = new HashMap<>();
    /** The string shapes with a pattern, and the pattern. */
    private final Map<String, String> patterns = new LinkedHashMap<>();
    /** Conversions of lists and maps of structures the wire code needs: kind:shape:record. */
    private final Set<String> extra = new LinkedHashSet<>();

    /** A record component: its Java type as written and its name. */
    private record Component(String type, String name) {}

    private ModelGenerator(JsonNode model, Path sources) throws IOException {
        this.model = model;
        for (Map.Entry<String, JsonNode> e : model.get("shapes").properties()) {
            shapeIds.put(e.getKey(), shapes.size());
            shapes.put(e.getKey(), e.getValue());
        }
        model.get("operations").fieldNames().forEachRemaining(operations::add);
        readRecords(sources.resolve(SERVER + "wire"));
        readOperations(sources.resolve(SERVER + "operations"));
        for (String op : operations) {
            reach(inputOf(op));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ModelGenerator MODEL_JSON SOURCES_DIR OUTPUT_DIR");
        }
        JsonNode model = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        ModelGenerator generator = new ModelGenerator(model, Path.of(args[1]));
        Path out = Path.of(args[2]);
        write(out.resolve(SERVER + "validation/CognitoIdentityModel.java"), generator.validation());
        write(out.resolve(SERVER + "wire/WireCodecs.java"), generator.wire());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        if (Files.exists(file) && Files.readString(file).equals(text)) {
            return; // unchanged: keep its time stamp, so that the compiler has nothing new to do
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------ sources

    private void readRecords(Path wire) throws IOException {
        try (Stream<Path> files = Files.list(wire)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = RECORD.matcher(stripComments(Files.readString(file)));
                if (m.find()) {
                    List<Component> components = new ArrayList<>();
                    for (String part : splitTopLevel(m.group(2))) {
                        String p = part.trim();
                        if (p.isEmpty()) {
                            continue;
                        }
                        int space = p.lastIndexOf(' ');
                        components.add(new Component(p.substring(0, space).trim(), p.substring(space + 1).trim()));
                    }
                    records.put(m.group(1), components);
                }
            }
        }
    }

    private void readOperations(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = OPERATION.matcher(stripComments(Files.readString(file)));
                if (m.find()) {
                    operationRecords.put(m.group(1), new String[] {m.group(2), m.group(3)});
                }
            }
        }
        for (String op : operations) {
            String[] pair = operationRecords.get(op);
            if (pair == null) {
                throw new IllegalStateException("no class " + op + " extends Operation<...> in operations/");
            }
            if (!records.containsKey(pair[0])) {
                throw new IllegalStateException(op + " takes " + pair[0] + ", which is no record in wire/");
            }
            if (!pair[1].equals("Void") && !records.containsKey(pair[1])) {
                throw new IllegalStateException(op + " answers " + pair[1] + ", which is no record in wire/");
            }
        }
    }

    private static String stripComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    }

    /** Splits at the commas outside angle brackets. */
    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    // ------------------------------------------------------------------------------------ model

    private JsonNode shape(String name) {
        JsonNode shape = shapes.get(name);
        if (shape == null) {
            throw new IllegalStateException("unknown shape " + name);
        }
        return shape;
    }

    private String type(String name) {
        return shape(name).path("type").asText();
    }

    private String inputOf(String op) {
        return model.get("operations").get(op).path("input").path("shape").asText();
    }

    private String outputOf(String op) {
        JsonNode output = model.get("operations").get(op).path("output").path("shape");
        return output.isMissingNode() ? null : output.asText();
    }

    private void reach(String name) {
        if (!inputShapes.add(name)) {
            return;
        }
        JsonNode self = shape(name);
        members(name).values().forEach(nested::add);
        for (String ref : new String[] {"member", "key", "value"}) {
            if (self.has(ref)) {
                nested.add(self.get(ref).get("shape").asText());
            }
        }
        JsonNode s = shape(name);
        switch (type(name)) {
            case "structure" -> members(name).values().forEach(this::reach);
            case "list" -> reach(s.get("member").get("shape").asText());
            case "map" -> {
                reach(s.get("key").get("shape").asText());
                reach(s.get("value").get("shape").asText());
            }
            case "string", "boolean", "integer", "long" -> {}
            default -> throw new IllegalStateException(
                    "an input reaches shape " + name + " of type " + type(name) + ", which the generator cannot read");
        }
    }

    /** Member name to target shape, in model order. */
    private Map<String, String> members(String structure) {
        Map<String, String> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : shape(structure).path("members").properties()) {
            members.put(e.getKey(), e.getValue().get("shape").asText());
        }
        return members;
    }

    private Set<String> required(String structure) {
        Set<String> required = new HashSet<>();
        shape(structure).path("required").forEach(r -> required.add(r.asText()));
        return required;
    }

    private boolean redacted(String name) {
        return redacted(name, new HashSet<>());
    }

    private boolean redacted(String name, Set<String> visiting) {
        Boolean known = redacted.get(name);
        if (known != null) {
            return known;
        }
        if (!visiting.add(name)) {
            return false;
        }
        JsonNode s = shape(name);
        boolean result = s.path("sensitive").asBoolean(false);
        List<String> children = new ArrayList<>(members(name).values());
        for (String ref : new String[] {"member", "key", "value"}) {
            if (s.has(ref)) {
                children.add(s.get(ref).get("shape").asText());
            }
        }
        for (String child : children) {
            result |= redacted(child, visiting);
        }
        visiting.remove(name);
        redacted.put(name, result);
        return result;
    }

    private static String pathName(String member) {
        return member.isEmpty() ? member : member.substring(0, 1).toLowerCase(Locale.ROOT) + member.substring(1);
    }

    private static String lit(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private Long bound(String shape, String field) {
        JsonNode s = shape(shape);
        return s.has(field) ? s.get(field).asLong() : null;
    }

    /** The constraint phrases of a scalar shape, in the service's order: max, min, pattern, enum. */
    private List<String> phrases(String name) {
        List<String> phrases = new ArrayList<>();
        JsonNode s = shape(name);
        Long min = bound(name, "min");
        Long max = bound(name, "max");
        switch (type(name)) {
            case "string" -> {
                if (max != null) {
                    phrases.add("Member must have length less than or equal to " + max);
                }
                if (min != null) {
                    phrases.add("Member must have length greater than or equal to " + min);
                }
                if (s.has("pattern")) {
                    phrases.add("Member must satisfy regular expression pattern: " + s.get("pattern").asText());
                }
                if (s.has("enum")) {
                    phrases.add("Member must satisfy enum value set: " + enumValues(name));
                }
            }
            case "integer", "long" -> {
                if (max != null) {
                    phrases.add("Member must have value less than or equal to " + max);
                }
                if (min != null) {
                    phrases.add("Member must have value greater than or equal to " + min);
                }
            }
            default -> {}
        }
        return phrases;
    }

    private List<String> enumValues(String name) {
        List<String> values = new ArrayList<>();
        shape(name).path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private boolean isLeaf(String name) {
        return switch (type(name)) {
            case "string", "boolean", "integer", "long", "timestamp" -> true;
            default -> false;
        };
    }

    // ------------------------------------------------------------------------------------ validation

    private String validation() {
        StringBuilder j = new StringBuilder();
        j.append("package dev.fakecognito.server.internal.validation;\n\n");
        j.append("import com.fasterxml.jackson.core.JsonParser;\n");
        j.append("import com.fasterxml.jackson.core.JsonToken;\n");
        j.append("import java.io.IOException;\n");
        j.append("import java.util.ArrayList;\n");
        j.append("import java.util.LinkedHashMap;\n");
        j.append("import java.util.List;\n");
        j.append("import java.util.Map;\n");
        j.append("import java.util.regex.Pattern;\n\n");
        j.append("/**\n * The cognito-identity API model, compiled: generated from {@code cognito-identity-2014-06-30.json} by\n"
                + " * {@code src/build/ModelGenerator.java} at build time. Do not edit.\n */\n");
        j.append("@SuppressWarnings({\"unchecked\", \"unused\"})\n");
        j.append("final class CognitoIdentityModel {\n");
        j.append("    private CognitoIdentityModel() {}\n\n");
        // operations
        j.append("    /** The operations, in model order. */\n    static final String[] OPERATIONS = {");
        j.append(String.join(", ", operations.stream().map(ModelGenerator::lit).toList())).append("};\n\n");
        j.append("    /** Per operation: whether the SDKs sign it (the model does not mark it unsigned). */\n");
        j.append("    static final boolean[] SIGNED = {");
        List<String> signed = new ArrayList<>();
        for (String op : operations) {
            JsonNode o = model.get("operations").get(op);
            boolean unsigned = o.path("authtype").asText("").equals("none");
            for (JsonNode scheme : o.path("auth")) {
                unsigned |= scheme.asText().equals("smithy.api#noAuth");
            }
            signed.add(Boolean.toString(!unsigned));
        }
        j.append(String.join(", ", signed)).append("};\n\n");
        j.append("    /** Per operation: whether it has an output shape (else its answer is empty). */\n");
        j.append("    static final boolean[] HAS_OUTPUT = {");
        j.append(String.join(", ", operations.stream().map(op -> Boolean.toString(outputOf(op) != null)).toList()))
                .append("};\n\n");
        j.append("    /** Per operation: the error shapes it declares, in model order. */\n");
        j.append("    static final String[][] ERRORS = {\n");
        for (String op : operations) {
            List<String> errors = new ArrayList<>();
            model.get("operations").get(op).path("errors").forEach(e -> errors.add(lit(e.get("shape").asText())));
            j.append("        {").append(String.join(", ", errors)).append("},\n");
        }
        j.append("    };\n\n");
        j.append("    /** Per operation: its input's members, in model order. */\n");
        j.append("    static final String[][] INPUT_MEMBERS = {\n");
        for (String op : operations) {
            j.append("        {")
                    .append(String.join(", ", members(inputOf(op)).keySet().stream().map(ModelGenerator::lit).toList()))
                    .append("},\n");
        }
        j.append("    };\n\n");
        j.append("    /** The index of an operation in {@link #OPERATIONS}, or -1. */\n");
        j.append("    static int operation(String name) {\n        return switch (name) {\n");
        for (int i = 0; i < operations.size(); i++) {
            j.append("            case ").append(lit(operations.get(i))).append(" -> ").append(i).append(";\n");
        }
        j.append("            default -> -1;\n        };\n    }\n\n");
        // shape ids
        for (String s : inputShapes) {
            j.append("    static final int S_").append(s).append(" = ").append(shapeIds.get(s)).append(";\n");
        }
        j.append("\n");
        // dispatch
        j.append("    /** Reads an operation's input: the parser is at its {@code START_OBJECT}. */\n");
        j.append("    static Object[] read(int operation, JsonParser p, Reading r) throws IOException {\n");
        j.append("        return switch (operation) {\n");
        for (int i = 0; i < operations.size(); i++) {
            j.append("            case ").append(i).append(" -> read_").append(inputOf(operations.get(i))).append("(p, r);\n");
        }
        j.append("            default -> throw new IllegalArgumentException(\"operation \" + operation);\n        };\n    }\n\n");
        j.append("    /** Checks an operation's read input ({@code null} when absent) in model order. */\n");
        j.append("    static void check(int operation, Object[] members, Violations out) {\n");
        j.append("        switch (operation) {\n");
        for (int i = 0; i < operations.size(); i++) {
            j.append("            case ").append(i).append(" -> members_").append(inputOf(operations.get(i)))
                    .append("(members, null, out);\n");
        }
        j.append("            default -> throw new IllegalArgumentException(\"operation \" + operation);\n        }\n    }\n\n");
        // redacted
        j.append("    /** Whether values of a shape are (or hold) sensitive data, left out of messages. */\n");
        j.append("    static boolean redacted(int shape) {\n        return switch (shape) {\n");
        List<String> secret = inputShapes.stream().filter(this::redacted).toList();
        if (!secret.isEmpty()) {
            j.append("            case ")
                    .append(String.join(", ", secret.stream().map(s -> "S_" + s).toList()))
                    .append(" -> true;\n");
        }
        j.append("            default -> false;\n        };\n    }\n\n");
        // render
        j.append("    /** Appends a value of a shape as the service shows it in messages. */\n");
        j.append("    static void render(int shape, Object value, StringBuilder sb) {\n        switch (shape) {\n");
        for (String s : inputShapes) {
            if (!isLeaf(s) && nested.contains(s)) {
                j.append("            case S_").append(s).append(" -> render_").append(s).append("(value, sb);\n");
            }
        }
        j.append("            default -> sb.append(value);\n        }\n    }\n\n");
        StringBuilder shapes = new StringBuilder();
        for (String s : inputShapes) {
            switch (type(s)) {
                case "structure" -> structure(shapes, s);
                case "list" -> list(shapes, s);
                case "map" -> map(shapes, s);
                case "string" -> string(shapes, s);
                case "integer", "long" -> number(shapes, s);
                case "boolean" -> bool(shapes, s);
                default -> throw new IllegalStateException(s);
            }
        }
        j.append("    /** The patterns of the model's string shapes, for tests: shape name to pattern. */\n");
        j.append("    static Map<String, String> patterns() {\n        return Map.ofEntries(\n");
        List<String> entries = new ArrayList<>();
        patterns.forEach((shape, pattern) -> entries.add("                Map.entry(" + lit(shape) + ", " + lit(pattern) + ")"));
        j.append(String.join(",\n", entries)).append(");\n    }\n\n");
        j.append("    /** Whether a string matches a shape's pattern, as the checks decide it (for tests). */\n");
        j.append("    static boolean matches(String shape, String v) {\n        return switch (shape) {\n");
        patterns.keySet().forEach(shape -> j.append("            case ").append(lit(shape)).append(" -> matches_")
                .append(shape).append("(v);\n"));
        j.append("            default -> throw new IllegalArgumentException(shape);\n        };\n    }\n\n");
        j.append(shapes);
        j.append("}\n");
        return j.toString();
    }

    /** The expression that reads a value of the shape, the parser at its first token {@code t}. */
    private String readValue(String shape) {
        return switch (type(shape)) {
            case "string" -> "r.string(p, t)";
            case "boolean" -> "r.bool(p, t)";
            case "integer" -> "r.integer(p, t)";
            case "long" -> "r.longValue(p, t)";
            case "structure", "map" -> "t == JsonToken.START_OBJECT ? read_" + shape + "(p, r) : r.other(p, t)";
            case "list" -> "t == JsonToken.START_ARRAY ? read_" + shape + "(p, r) : r.other(p, t)";
            default -> throw new IllegalStateException(shape);
        };
    }

    private void structure(StringBuilder j, String s) {
        Map<String, String> members = members(s);
        Set<String> required = required(s);
        List<String> names = new ArrayList<>(members.keySet());
        j.append("    // structure ").append(s).append("\n\n");
        j.append("    static Object[] read_").append(s).append("(JsonParser p, Reading r) throws IOException {\n");
        j.append("        Object[] s = new Object[").append(names.size()).append("];\n");
        j.append("        while (p.nextToken() == JsonToken.FIELD_NAME) {\n");
        j.append("            String name = r.name(p);\n");
        j.append("            JsonToken t = p.nextToken();\n");
        j.append("            switch (name) {\n");
        for (int i = 0; i < names.size(); i++) {
            j.append("                case ").append(lit(names.get(i))).append(" -> s[").append(i).append("] = ")
                    .append(readValue(members.get(names.get(i)))).append(";\n");
        }
        j.append("                default -> r.skip(p, t);\n            }\n        }\n        return s;\n    }\n\n");
        j.append("    static void members_").append(s).append("(Object[] s, Path self, Violations out) {\n");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String target = members.get(name);
            j.append("        Object m").append(i).append(" = s == null ? null : s[").append(i).append("];\n");
            j.append("        if (m").append(i).append(" == null) {\n");
            if (required.contains(name)) {
                j.append("            out.add(self, ").append(lit(pathName(name))).append(", null, S_").append(target)
                        .append(", Messages.NOT_NULL);\n");
            }
            j.append("        } else {\n            check_").append(target).append("(m").append(i).append(", self, ")
                    .append(lit(pathName(name))).append(", out);\n        }\n");
        }
        j.append("    }\n\n");
        if (!nested.contains(s)) {
            return; // a body only
        }
        j.append("    static void check_").append(s).append("(Object v, Path parent, String segment, Violations out) {\n");
        j.append("        members_").append(s).append("(Checks.structure(v), new Path(parent, segment), out);\n    }\n\n");
        j.append("    static void render_").append(s).append("(Object v, StringBuilder sb) {\n");
        j.append("        Object[] s = (Object[]) v;\n        sb.append('{');\n        boolean first = true;\n");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            j.append("        if (s[").append(i).append("] != null) {\n");
            j.append("            if (sb.length() > Messages.MAX_RENDERED) {\n                sb.append('}');\n                return;\n            }\n");
            j.append("            if (!first) {\n                sb.append(\", \");\n            }\n            first = false;\n");
            j.append("            sb.append(").append(lit(name + "=")).append(");\n");
            j.append("            render(S_").append(members.get(name)).append(", s[").append(i).append("], sb);\n        }\n");
        }
        j.append("        sb.append('}');\n    }\n\n");
    }

    private void list(StringBuilder j, String s) {
        String member = shape(s).get("member").get("shape").asText();
        Long min = bound(s, "min");
        Long max = bound(s, "max");
        j.append("    // list ").append(s).append(" of ").append(member).append("\n\n");
        j.append("    static Object read_").append(s).append("(JsonParser p, Reading r) throws IOException {\n");
        j.append("        List<Object> list = new ArrayList<>();\n        JsonToken t;\n");
        j.append("        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {\n");
        j.append("            list.add(").append(readValue(member)).append(");\n        }\n        return list;\n    }\n\n");
        j.append("    static void check_").append(s).append("(Object v, Path parent, String segment, Violations out) {\n");
        j.append("        List<Object> list = Checks.list(v);\n        Path self = new Path(parent, segment);\n");
        j.append("        int size = list.size();\n");
        if (max != null) {
            j.append("        if (size > ").append(max).append(") {\n            out.add(self, list, S_").append(s)
                    .append(", ").append(lit("Member must have length less than or equal to " + max)).append(");\n        }\n");
        }
        if (min != null) {
            j.append("        if (size < ").append(min).append(") {\n            out.add(self, list, S_").append(s)
                    .append(", ").append(lit("Member must have length greater than or equal to " + min)).append(");\n        }\n");
        }
        j.append("        for (int i = 0; i < size; i++) {\n            Object e = list.get(i);\n");
        j.append("            Path index = new Path(self, Integer.toString(i + 1));\n");
        j.append("            if (e == null) {\n                out.add(new Path(index, \"member\"), null, S_").append(member)
                .append(", Messages.NOT_NULL);\n            } else {\n                check_").append(member)
                .append("(e, index, \"member\", out);\n            }\n        }\n    }\n\n");
        j.append("    static void render_").append(s).append("(Object v, StringBuilder sb) {\n");
        j.append("        List<Object> list = (List<Object>) v;\n        sb.append('[');\n");
        j.append("        for (int i = 0; i < list.size(); i++) {\n");
        j.append("            if (sb.length() > Messages.MAX_RENDERED) {\n                break;\n            }\n");
        j.append("            if (i > 0) {\n                sb.append(\", \");\n            }\n");
        j.append("            Object e = list.get(i);\n            if (e == null) {\n                sb.append(\"null\");\n"
                + "            } else {\n                render(S_").append(member).append(", e, sb);\n            }\n        }\n");
        j.append("        sb.append(']');\n    }\n\n");
    }

    private void map(StringBuilder j, String s) {
        String key = shape(s).get("key").get("shape").asText();
        String value = shape(s).get("value").get("shape").asText();
        if (!type(key).equals("string")) {
            throw new IllegalStateException("map " + s + " has a key that is not a string");
        }
        Long min = bound(s, "min");
        Long max = bound(s, "max");
        j.append("    // map ").append(s).append(" of ").append(key).append(" to ").append(value).append("\n\n");
        j.append("    static Object read_").append(s).append("(JsonParser p, Reading r) throws IOException {\n");
        j.append("        Map<String, Object> map = new LinkedHashMap<>();\n");
        j.append("        while (p.nextToken() == JsonToken.FIELD_NAME) {\n            String key = r.name(p);\n");
        j.append("            JsonToken t = p.nextToken();\n            map.put(key, ").append(readValue(value))
                .append(");\n        }\n        return map;\n    }\n\n");
        j.append("    static void check_").append(s).append("(Object v, Path parent, String segment, Violations out) {\n");
        j.append("        Map<String, Object> map = Checks.map(v);\n        Path self = new Path(parent, segment);\n");
        j.append("        int size = map.size();\n");
        if (max != null) {
            j.append("        if (size > ").append(max).append(") {\n            out.add(self, map, S_").append(s)
                    .append(", ").append(lit("Member must have length less than or equal to " + max)).append(");\n        }\n");
        }
        if (min != null) {
            j.append("        if (size < ").append(min).append(") {\n            out.add(self, map, S_").append(s)
                    .append(", ").append(lit("Member must have length greater than or equal to " + min)).append(");\n        }\n");
        }
        j.append("        boolean badKey = false;\n        for (String key : map.keySet()) {\n");
        j.append("            if (!accepts_").append(key).append("(key)) {\n                badKey = true;\n                break;\n            }\n        }\n");
        String keys = lit("Map keys must satisfy constraint: " + phrases(key));
        if (isLeaf(value)) {
            List<String> valuePhrases = phrases(value);
            List<String> withNull = new ArrayList<>(valuePhrases);
            withNull.add("Member must not be null");
            j.append("        boolean badValue = false;\n        boolean nullValue = false;\n");
            j.append("        for (Object e : map.values()) {\n            if (e == null) {\n                nullValue = true;\n");
            j.append("            } else {\n                badValue |= !accepts_").append(value).append("(")
                    .append(typed(value, "e")).append(");\n            }\n        }\n");
            j.append("        if (badKey) {\n            out.add(self, map, S_").append(s).append(", ").append(keys).append(");\n        }\n");
            j.append("        if (badValue || nullValue) {\n            out.add(self, map, S_").append(s).append(", nullValue ? ")
                    .append(lit("Map value must satisfy constraint: " + withNull)).append(" : ")
                    .append(lit("Map value must satisfy constraint: " + valuePhrases)).append(");\n        }\n");
        } else {
            j.append("        if (badKey) {\n            out.add(self, map, S_").append(s).append(", ").append(keys).append(");\n        }\n");
            j.append("        for (Map.Entry<String, Object> e : map.entrySet()) {\n            Path at = new Path(self, e.getKey());\n");
            j.append("            if (e.getValue() == null) {\n                out.add(new Path(at, \"member\"), null, S_").append(value)
                    .append(", Messages.NOT_NULL);\n            } else {\n                check_").append(value)
                    .append("(e.getValue(), at, \"member\", out);\n            }\n        }\n");
        }
        j.append("    }\n\n");
        j.append("    static void render_").append(s).append("(Object v, StringBuilder sb) {\n");
        j.append("        sb.append('{');\n        boolean first = true;\n");
        j.append("        for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {\n");
        j.append("            if (sb.length() > Messages.MAX_RENDERED) {\n                break;\n            }\n");
        j.append("            if (!first) {\n                sb.append(\", \");\n            }\n            first = false;\n");
        j.append("            sb.append(e.getKey()).append('=');\n");
        j.append("            if (e.getValue() == null) {\n                sb.append(\"null\");\n            } else {\n"
                + "                render(S_").append(value).append(", e.getValue(), sb);\n            }\n        }\n");
        j.append("        sb.append('}');\n    }\n\n");
    }

    /** The expression that type-checks a leaf value {@code v} (throwing the mismatch) and yields it typed. */
    private String typed(String shape, String v) {
        return switch (type(shape)) {
            case "string" -> "Checks.text(" + v + ")";
            case "boolean" -> "Checks.bool(" + v + ")";
            case "integer" -> "Checks.integer(" + v + ")";
            case "long" -> "Checks.longValue(" + v + ")";
            default -> throw new IllegalStateException(shape);
        };
    }

    private void string(StringBuilder j, String s) {
        JsonNode shape = shape(s);
        Long min = bound(s, "min");
        Long max = bound(s, "max");
        String pattern = shape.has("pattern") ? shape.get("pattern").asText() : null;
        List<String> values = enumValues(s);
        j.append("    // string ").append(s).append("\n\n");
        String matcher = null;
        if (pattern != null) {
            Pattern.compile(pattern); // fails the build on a pattern Java cannot compile
            matcher = simpleMatcher(pattern);
            if (matcher == null) {
                j.append("    private static final Pattern P_").append(s).append(" = Pattern.compile(")
                        .append(lit(pattern)).append(");\n\n");
                j.append("    static boolean matches_").append(s).append("(String v) {\n        return P_").append(s)
                        .append(".matcher(v).matches();\n    }\n\n");
            } else {
                j.append("    /** {@code ").append(pattern.replace("\\", "\\\\").replace("*/", "*\\/"))
                        .append("}, compiled: no regular expression engine per check. */\n");
                j.append("    static boolean matches_").append(s).append("(String v) {\n").append(matcher).append("    }\n\n");
            }
            patterns.put(s, pattern);
        }
        j.append("    static boolean accepts_").append(s).append("(String v) {\n");
        if (min != null || max != null) {
            j.append("        long n = Checks.length(v);\n");
            j.append("        if (").append(min != null ? "n < " + min : "false").append(" || ")
                    .append(max != null ? "n > " + max : "false").append(") {\n            return false;\n        }\n");
        }
        if (pattern != null) {
            j.append("        if (!matches_").append(s).append("(v)) {\n            return false;\n        }\n");
        }
        if (!values.isEmpty()) {
            j.append("        return switch (v) {\n            case ")
                    .append(String.join(", ", values.stream().map(ModelGenerator::lit).toList()))
                    .append(" -> true;\n            default -> false;\n        };\n");
        } else {
            j.append("        return true;\n");
        }
        j.append("    }\n\n");
        j.append("    static void check_").append(s).append("(Object value, Path parent, String segment, Violations out) {\n");
        j.append("        String v = Checks.text(value);\n");
        j.append("        if (accepts_").append(s).append("(v)) {\n            return;\n        }\n");
        List<String> phrases = phrases(s);
        int i = 0;
        if (min != null || max != null) {
            j.append("        long n = Checks.length(v);\n");
        }
        if (max != null) {
            j.append("        if (n > ").append(max).append(") {\n            out.add(parent, segment, v, S_").append(s)
                    .append(", ").append(lit(phrases.get(i++))).append(");\n        }\n");
        }
        if (min != null) {
            j.append("        if (n < ").append(min).append(") {\n            out.add(parent, segment, v, S_").append(s)
                    .append(", ").append(lit(phrases.get(i++))).append(");\n        }\n");
        }
        if (pattern != null) {
            j.append("        if (!matches_").append(s).append("(v)) {\n            out.add(parent, segment, v, S_")
                    .append(s).append(", ").append(lit(phrases.get(i++))).append(");\n        }\n");
        }
        if (!values.isEmpty()) {
            j.append("        switch (v) {\n            case ")
                    .append(String.join(", ", values.stream().map(ModelGenerator::lit).toList()))
                    .append(" -> {}\n            default -> out.add(parent, segment, v, S_").append(s).append(", ")
                    .append(lit(phrases.get(i++))).append(");\n        }\n");
        }
        j.append("    }\n\n");
    }

    /**
     * A pattern made of runs of one character class ({@code [\\w-]+}, {@code \\d+}) and single literal
     * characters, each literal outside the run before it (so a greedy run never has to give back), as
     * Java code that matches it char by char; {@code null} for any other pattern (it stays a regular
     * expression). Java's {@code \\w}, {@code \\d} and {@code \\s} are ASCII classes; {@code \\S} is
     * anything but ASCII white space.
     */
    private static String simpleMatcher(String pattern) {
        List<String> steps = new ArrayList<>();
        String previousClass = null;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            String condition;
            if (c == '[') {
                int end = pattern.indexOf(']', i + 1);
                if (end < 0) {
                    return null;
                }
                condition = charClass(pattern.substring(i + 1, end));
                i = end + 1;
            } else if (c == '\\' && i + 1 < pattern.length() && "dwS".indexOf(pattern.charAt(i + 1)) >= 0) {
                condition = charClass(pattern.substring(i, i + 2));
                i += 2;
            } else if (Character.isLetterOrDigit(c) || ":_=@,;/".indexOf(c) >= 0) {
                if (previousClass != null && matchesClass(previousClass, c)) {
                    return null; // the run before could take the literal: a regular expression would backtrack
                }
                steps.add("        if (i >= n || v.charAt(i) != '" + c + "') {\n            return false;\n        }\n        i++;\n");
                previousClass = null;
                i++;
                continue;
            } else {
                return null;
            }
            if (condition == null || i >= pattern.length() || pattern.charAt(i) != '+' || previousClass != null) {
                return null; // only a run (+), and never two runs in a row
            }
            i++;
            steps.add("        start = i;\n        while (i < n) {\n            char c = v.charAt(i);\n            if (!("
                    + condition + ")) {\n                break;\n            }\n            i++;\n        }\n"
                    + "        if (i == start) {\n            return false;\n        }\n");
            previousClass = condition;
        }
        return "        int n = v.length();\n        int i = 0;\n        int start;\n" + String.join("", steps)
                + "        return i == n;\n";
    }

    /** The Java condition on {@code c} of a class's members ({@code \\w-}, {@code 0-9a-f-}), or null. */
    private static String charClass(String members) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < members.length()) {
            char c = members.charAt(i);
            if (c == '\\') {
                if (i + 1 >= members.length()) {
                    return null;
                }
                char e = members.charAt(i + 1);
                switch (e) {
                    case 'w' -> parts.add("(c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'");
                    case 'd' -> parts.add("(c >= '0' && c <= '9')");
                    case 's' -> parts.add("c == ' ' || c == '\\t' || c == '\\n' || c == '\\u000B' || c == '\\f' || c == '\\r'");
                    case 'S' -> parts.add("!(c == ' ' || c == '\\t' || c == '\\n' || c == '\\u000B' || c == '\\f' || c == '\\r')");
                    default -> {
                        return null; // \p{…} and others stay regular expressions
                    }
                }
                i += 2;
            } else if (c == '^' && i == 0) {
                return null;
            } else if (i + 2 < members.length() && members.charAt(i + 1) == '-') {
                parts.add("(c >= '" + c + "' && c <= '" + members.charAt(i + 2) + "')");
                i += 3;
            } else if (c == '\'' || c == '[') {
                return null;
            } else {
                parts.add("c == '" + c + "'");
                i++;
            }
        }
        return parts.isEmpty() ? null : String.join(" || ", parts);
    }

    /** Whether a literal character satisfies a generated class condition (decided by running it). */
    private static boolean matchesClass(String condition, char c) {
        // The conditions are small: evaluate them on the character with a tiny interpreter of their forms.
        for (String part : condition.split(" \\|\\| ")) {
            String p = part.replace("(", "").replace(")", "").trim();
            boolean negated = p.startsWith("!");
            if (negated) {
                // \S: anything but ASCII white space
                return !(c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r');
            }
            if (p.contains("&&")) {
                String[] bounds = p.split(" && ");
                char lo = bounds[0].charAt(bounds[0].length() - 2);
                char hi = bounds[1].charAt(bounds[1].length() - 2);
                if (c >= lo && c <= hi) {
                    return true;
                }
            } else if (p.startsWith("c == '")) {
                String literal = p.substring("c == '".length(), p.length() - 1);
                if (literal.length() == 1 && literal.charAt(0) == c) {
                    return true;
                }
            }
        }
        return false;
    }

    private void number(StringBuilder j, String s) {
        Long min = bound(s, "min");
        Long max = bound(s, "max");
        boolean isLong = type(s).equals("long");
        j.append("    // ").append(type(s)).append(" ").append(s).append("\n\n");
        j.append("    static boolean accepts_").append(s).append("(").append(isLong ? "long" : "int").append(" v) {\n");
        j.append("        return ").append(min != null ? "v >= " + min + "L" : "true").append(" && ")
                .append(max != null ? "v <= " + max + "L" : "true").append(";\n    }\n\n");
        j.append("    static void check_").append(s).append("(Object value, Path parent, String segment, Violations out) {\n");
        j.append("        ").append(isLong ? "long" : "int").append(" v = ").append(typed(s, "value")).append(";\n");
        if (max != null) {
            j.append("        if (v > ").append(max).append("L) {\n            out.add(parent, segment, value, S_").append(s)
                    .append(", ").append(lit("Member must have value less than or equal to " + max)).append(");\n");
            j.append(min != null ? "        } else " : "        }\n");
        }
        if (min != null) {
            j.append(max != null ? "" : "        ").append("if (v < ").append(min)
                    .append("L) {\n            out.add(parent, segment, value, S_").append(s).append(", ")
                    .append(lit("Member must have value greater than or equal to " + min)).append(");\n        }\n");
        }
        j.append("    }\n\n");
    }

    private void bool(StringBuilder j, String s) {
        j.append("    // boolean ").append(s).append("\n\n");
        j.append("    static boolean accepts_").append(s).append("(boolean v) {\n        return true;\n    }\n\n");
        j.append("    static void check_").append(s).append("(Object value, Path parent, String segment, Violations out) {\n");
        j.append("        Checks.bool(value);\n    }\n\n");
    }

    // ------------------------------------------------------------------------------------ wire

    private String wire() {
        StringBuilder j = new StringBuilder();
        j.append("package dev.fakecognito.server.internal.wire;\n\n");
        j.append("import com.fasterxml.jackson.core.JsonGenerator;\n");
        j.append("import java.io.IOException;\n");
        j.append("import java.util.ArrayList;\n");
        j.append("import java.util.LinkedHashMap;\n");
        j.append("import java.util.List;\n");
        j.append("import java.util.Map;\n\n");
        j.append("/**\n * The {@code wire} records on the wire, compiled: generated from {@code cognito-identity-2014-06-30.json}\n"
                + " * and the records by {@code src/build/ModelGenerator.java} at build time. Do not edit.\n */\n");
        j.append("@SuppressWarnings({\"unchecked\", \"unused\"})\n");
        j.append("public final class WireCodecs {\n    private WireCodecs() {}\n\n");
        // inputs
        j.append("    /**\n     * An operation's input record from its read and checked members (in the model's order).\n"
                + "     *\n     * @param operation the operation's name\n     * @param members its input's members, or {@code null} when absent\n     */\n");
        j.append("    public static Object input(String operation, Object[] members) {\n");
        int most = operations.stream().mapToInt(op -> members(inputOf(op)).size()).max().orElse(0);
        j.append("        Object[] m = members == null ? new Object[").append(most).append("] : members;\n");
        j.append("        return switch (operation) {\n");
        Set<String> binders = new LinkedHashSet<>();
        for (String op : operations) {
            String record = operationRecords.get(op)[0];
            j.append("            case ").append(lit(op)).append(" -> bind_").append(inputOf(op)).append("_").append(record)
                    .append("(m);\n");
            binders.add(inputOf(op) + ":" + record);
        }
        j.append("            default -> throw new IllegalArgumentException(operation);\n        };\n    }\n\n");
        j.append("    /**\n     * An input record's members, in the model's order, as the checks take them (for seeding).\n"
                + "     *\n     * @param operation the operation's name\n     * @param input its input record\n     */\n");
        j.append("    public static Object[] members(String operation, Object input) {\n        return switch (operation) {\n");
        Set<String> unbinders = new LinkedHashSet<>();
        for (String op : operations) {
            String record = operationRecords.get(op)[0];
            j.append("            case ").append(lit(op)).append(" -> unbind_").append(inputOf(op)).append("_").append(record)
                    .append("((").append(record).append(") input);\n");
            unbinders.add(inputOf(op) + ":" + record);
        }
        j.append("            default -> throw new IllegalArgumentException(operation);\n        };\n    }\n\n");
        j.append("    /**\n     * Writes an operation's output record: its members named as in the model, those without a value\n"
                + "     * left out; nothing for an operation without output.\n     *\n"
                + "     * @return whether anything was written\n     */\n");
        j.append("    public static boolean write(String operation, Object output, JsonGenerator g) throws IOException {\n");
        j.append("        if (output == null) {\n            return false;\n        }\n        switch (operation) {\n");
        Set<String> writers = new LinkedHashSet<>();
        for (String op : operations) {
            String record = operationRecords.get(op)[1];
            if (record.equals("Void")) {
                continue;
            }
            j.append("            case ").append(lit(op)).append(" -> write_").append(record).append("(g, (").append(record)
                    .append(") output);\n");
            collectWriters(record, writers);
        }
        j.append("            default -> throw new IllegalArgumentException(operation);\n        }\n        return true;\n    }\n\n");
        Set<String> doneBinders = new HashSet<>();
        List<String> todo = new ArrayList<>(binders);
        while (!todo.isEmpty()) {
            String pair = todo.remove(0);
            if (doneBinders.add(pair)) {
                binder(j, pair.split(":")[0], pair.split(":")[1], todo);
            }
        }
        Set<String> doneUnbinders = new HashSet<>();
        todo = new ArrayList<>(unbinders);
        while (!todo.isEmpty()) {
            String pair = todo.remove(0);
            if (doneUnbinders.add(pair)) {
                unbinder(j, pair.split(":")[0], pair.split(":")[1], todo);
            }
        }
        for (String conversion : extra) {
            conversion(j, conversion.split(":"));
        }
        for (String record : writers) {
            writer(j, record);
        }
        j.append("}\n");
        return j.toString();
    }

    /** A list or map of structures, bound to records or back: a loop, as no lambda is spun at run time. */
    private static void conversion(StringBuilder j, String[] c) {
        String kind = c[0];
        String shape = c[1];
        String record = c[2];
        switch (kind) {
            case "bindList" -> j.append("    private static List<").append(record).append("> bindList_").append(shape)
                    .append("_").append(record).append("(Object v) {\n        if (v == null) {\n            return null;\n        }\n")
                    .append("        List<Object> in = (List<Object>) v;\n        List<").append(record)
                    .append("> out = new ArrayList<>(in.size());\n        for (Object e : in) {\n")
                    .append("            out.add(e == null ? null : bind_").append(shape).append("_").append(record)
                    .append("((Object[]) e));\n        }\n        return out;\n    }\n\n");
            case "bindMap" -> j.append("    private static Map<String, ").append(record).append("> bindMap_").append(shape)
                    .append("_").append(record).append("(Object v) {\n        if (v == null) {\n            return null;\n        }\n")
                    .append("        Map<String, ").append(record).append("> out = new LinkedHashMap<>();\n")
                    .append("        for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {\n")
                    .append("            out.put(e.getKey(), e.getValue() == null ? null : bind_").append(shape).append("_")
                    .append(record).append("((Object[]) e.getValue()));\n        }\n        return out;\n    }\n\n");
            case "unbindList" -> j.append("    private static List<Object> unbindList_").append(shape).append("_").append(record)
                    .append("(List<").append(record).append("> in) {\n        if (in == null) {\n            return null;\n        }\n")
                    .append("        List<Object> out = new ArrayList<>(in.size());\n        for (").append(record)
                    .append(" e : in) {\n            out.add(e == null ? null : unbind_").append(shape).append("_").append(record)
                    .append("(e));\n        }\n        return out;\n    }\n\n");
            case "unbindMap" -> j.append("    private static Map<String, Object> unbindMap_").append(shape).append("_")
                    .append(record).append("(Map<String, ").append(record).append("> in) {\n")
                    .append("        if (in == null) {\n            return null;\n        }\n")
                    .append("        Map<String, Object> out = new LinkedHashMap<>();\n        for (Map.Entry<String, ")
                    .append(record).append("> e : in.entrySet()) {\n            out.put(e.getKey(), e.getValue() == null ? null : unbind_")
                    .append(shape).append("_").append(record).append("(e.getValue()));\n        }\n        return out;\n    }\n\n");
            default -> throw new IllegalStateException(kind);
        }
    }

    /** The component of a record for a model member: its name in lower camel case. */
    private static Component component(List<Component> components, String member) {
        for (Component c : components) {
            if (c.name().equals(pathName(member))) {
                return c;
            }
        }
        return null;
    }

    private static String element(String type, String outer) {
        String inner = type.substring(type.indexOf('<') + 1, type.lastIndexOf('>')).trim();
        if (outer.equals("Map")) {
            return inner.substring(inner.indexOf(',') + 1).trim();
        }
        return inner;
    }

    private void binder(StringBuilder j, String shape, String record, List<String> todo) {
        List<Component> components = records.get(record);
        Map<String, String> members = members(shape);
        List<String> names = new ArrayList<>(members.keySet());
        for (String member : names) {
            if (component(components, member) == null) {
                throw new IllegalStateException("record " + record + " has no component for member " + member
                        + " of shape " + shape + " (add " + pathName(member) + ")");
            }
        }
        j.append("    private static ").append(record).append(" bind_").append(shape).append("_").append(record)
                .append("(Object[] m) {\n        return new ").append(record).append("(");
        List<String> args = new ArrayList<>();
        for (Component c : components) {
            int index = -1;
            for (int i = 0; i < names.size(); i++) {
                if (pathName(names.get(i)).equals(c.name())) {
                    index = i;
                }
            }
            if (index < 0) {
                args.add("null /* " + c.name() + ": not in " + shape + " */");
            } else {
                args.add(bindValue(members.get(names.get(index)), c.type(), "m[" + index + "]", todo));
            }
        }
        j.append(String.join(",\n                ", args)).append(");\n    }\n\n");
    }

    private void checkType(String shape, String javaType) {
        String expected = switch (type(shape)) {
            case "string" -> "String";
            case "boolean" -> "Boolean";
            case "integer" -> "Integer";
            case "long" -> "Long";
            case "list" -> "List";
            case "map" -> "Map";
            default -> null;
        };
        String raw = javaType.contains("<") ? javaType.substring(0, javaType.indexOf('<')) : javaType;
        if (expected != null && !expected.equals(raw)) {
            throw new IllegalStateException("shape " + shape + " (" + type(shape) + ") cannot bind to " + javaType);
        }
        if (expected == null && !records.containsKey(raw)) {
            throw new IllegalStateException("shape " + shape + " cannot bind to " + javaType);
        }
    }

    private String bindValue(String shape, String javaType, String expr, List<String> todo) {
        checkType(shape, javaType);
        switch (type(shape)) {
            case "structure" -> {
                todo.add(shape + ":" + javaType);
                return expr + " == null ? null : bind_" + shape + "_" + javaType + "((Object[]) " + expr + ")";
            }
            case "list" -> {
                String member = shape(shape).get("member").get("shape").asText();
                String elementType = element(javaType, "List");
                if (type(member).equals("structure")) {
                    todo.add(member + ":" + elementType);
                    extra.add("bindList:" + member + ":" + elementType);
                    return "bindList_" + member + "_" + elementType + "(" + expr + ")";
                }
                return "(" + javaType + ") " + expr;
            }
            case "map" -> {
                String value = shape(shape).get("value").get("shape").asText();
                String valueType = element(javaType, "Map");
                if (type(value).equals("structure")) {
                    todo.add(value + ":" + valueType);
                    extra.add("bindMap:" + value + ":" + valueType);
                    return "bindMap_" + value + "_" + valueType + "(" + expr + ")";
                }
                return "(" + javaType + ") " + expr;
            }
            default -> {
                return "(" + javaType + ") " + expr;
            }
        }
    }

    private void unbinder(StringBuilder j, String shape, String record, List<String> todo) {
        List<Component> components = records.get(record);
        Map<String, String> members = members(shape);
        j.append("    private static Object[] unbind_").append(shape).append("_").append(record).append("(")
                .append(record).append(" r) {\n        return new Object[] {");
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> member : members.entrySet()) {
            Component c = component(components, member.getKey());
            String expr = "r." + c.name() + "()";
            String target = member.getValue();
            switch (type(target)) {
                case "structure" -> {
                    todo.add(target + ":" + c.type());
                    values.add(expr + " == null ? null : unbind_" + target + "_" + c.type() + "(" + expr + ")");
                }
                case "list" -> {
                    String m = shape(target).get("member").get("shape").asText();
                    String elementType = element(c.type(), "List");
                    if (type(m).equals("structure")) {
                        todo.add(m + ":" + elementType);
                        extra.add("unbindList:" + m + ":" + elementType);
                        values.add("unbindList_" + m + "_" + elementType + "(" + expr + ")");
                    } else {
                        values.add(expr);
                    }
                }
                case "map" -> {
                    String v = shape(target).get("value").get("shape").asText();
                    String valueType = element(c.type(), "Map");
                    if (type(v).equals("structure")) {
                        todo.add(v + ":" + valueType);
                        extra.add("unbindMap:" + v + ":" + valueType);
                        values.add("unbindMap_" + v + "_" + valueType + "(" + expr + ")");
                    } else {
                        values.add(expr);
                    }
                }
                default -> values.add(expr);
            }
        }
        j.append(String.join(",\n            ", values)).append("};\n    }\n\n");
    }

    private void collectWriters(String record, Set<String> writers) {
        if (!writers.add(record)) {
            return;
        }
        for (Component c : records.get(record)) {
            for (String t : c.type().replaceAll("[<>,]", " ").split("\\s+")) {
                if (records.containsKey(t)) {
                    collectWriters(t, writers);
                }
            }
        }
    }

    private void writer(StringBuilder j, String record) {
        j.append("    static void write_").append(record).append("(JsonGenerator g, ").append(record)
                .append(" r) throws IOException {\n        g.writeStartObject();\n");
        for (Component c : records.get(record)) {
            // as the model names the member: the component's name with its first letter in upper case
            String name = c.name().substring(0, 1).toUpperCase(Locale.ROOT) + c.name().substring(1);
            j.append("        if (r.").append(c.name()).append("() != null) {\n");
            j.append("            g.writeFieldName(").append(lit(name)).append(");\n");
            j.append("            ").append(writeValue(c.type(), "r." + c.name() + "()")).append("\n        }\n");
        }
        j.append("        g.writeEndObject();\n    }\n\n");
    }

    private String writeValue(String type, String expr) {
        if (type.startsWith("List<")) {
            String e = element(type, "List");
            return "g.writeStartArray(); for (" + e + " e : " + expr + ") { if (e == null) { g.writeNull(); } else { "
                    + writeValue(e, "e") + " } } g.writeEndArray();";
        }
        if (type.startsWith("Map<")) {
            String v = element(type, "Map");
            return "g.writeStartObject(); for (Map.Entry<String, " + v + "> e : " + expr
                    + ".entrySet()) { if (e.getValue() != null) { g.writeFieldName(e.getKey()); "
                    + writeValue(v, "e.getValue()") + " } } g.writeEndObject();";
        }
        return switch (type) {
            case "String" -> "g.writeString(" + expr + ");";
            case "Boolean" -> "g.writeBoolean(" + expr + ");";
            case "Integer" -> "g.writeNumber((int) " + expr + ");";
            case "Long" -> "g.writeNumber((long) " + expr + ");";
            case "Instant" -> "Timestamps.write(g, " + expr + ");";
            default -> {
                if (!records.containsKey(type)) {
                    throw new IllegalStateException("cannot write a " + type);
                }
                yield "write_" + type + "(g, " + expr + ");";
            }
        };
    }
}
