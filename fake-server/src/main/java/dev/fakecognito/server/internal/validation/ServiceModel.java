package dev.fakecognito.server.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cognito-identity API model (2014-06-30) as bundled on the classpath: its operations, their input,
 * output and error shapes, and the shapes with their constraint traits. Immutable and thread-safe.
 */
public final class ServiceModel {

    /** The classpath resource holding the model, relative to this class. */
    static final String RESOURCE = "cognito-identity-2014-06-30.json";

    private final Map<String, OperationDef> operations;
    private final Map<String, ShapeDef> shapes;

    private ServiceModel(Map<String, OperationDef> operations, Map<String, ShapeDef> shapes) {
        this.operations = Collections.unmodifiableMap(operations);
        this.shapes = Collections.unmodifiableMap(shapes);
    }

    /**
     * The bundled model, read once per class loader on first use and shared: it is immutable, and reading
     * it is ~1 ms that every further fake in the JVM saves.
     *
     * @return the model
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static ServiceModel bundled() {
        return Bundled.MODEL;
    }

    private static final class Bundled {
        static final ServiceModel MODEL = load();
    }

    /**
     * Reads and parses the bundled model. Parses the resource anew on every call, so callers should keep
     * the result (or use {@link #bundled()}).
     *
     * @return the model
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static ServiceModel load() {
        try (InputStream in = ServiceModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("API model resource not found: " + RESOURCE);
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read API model " + RESOURCE, e);
        }
    }

    /** Builds a model from its JSON form and checks that every shape reference resolves. */
    static ServiceModel parse(JsonNode root) {
        Map<String, ShapeDef> shapes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : field(root, "shapes").properties()) {
            shapes.put(e.getKey(), parseShape(e.getKey(), e.getValue()));
        }
        Map<String, OperationDef> operations = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : field(root, "operations").properties()) {
            JsonNode op = e.getValue();
            Set<String> errors = new LinkedHashSet<>();
            for (JsonNode err : op.path("errors")) {
                errors.add(shapeRef(err));
            }
            operations.put(
                    e.getKey(),
                    new OperationDef(
                            e.getKey(),
                            op.has("input") ? shapeRef(op.get("input")) : null,
                            op.has("output") ? shapeRef(op.get("output")) : null,
                            Collections.unmodifiableSet(errors),
                            isSigned(op)));
        }
        ServiceModel model = new ServiceModel(operations, shapes);
        model.checkReferences();
        return model;
    }

    /** Unsigned when the model says so in either of its forms: {@code authtype} or the Smithy {@code auth} list. */
    private static boolean isSigned(JsonNode op) {
        if (op.path("authtype").asText("").equals("none")) {
            return false;
        }
        for (JsonNode scheme : op.path("auth")) {
            if (scheme.asText().equals("smithy.api#noAuth")) {
                return false;
            }
        }
        return true;
    }

    private static ShapeDef parseShape(String name, JsonNode s) {
        String type = s.path("type").asText(null);
        if (type == null) {
            throw new IllegalStateException("shape " + name + " has no type");
        }
        List<String> enumValues = new ArrayList<>();
        for (JsonNode v : s.path("enum")) {
            enumValues.add(v.asText());
        }
        List<ShapeDef.MemberDef> members = new ArrayList<>();
        for (Map.Entry<String, JsonNode> m : s.path("members").properties()) {
            members.add(new ShapeDef.MemberDef(m.getKey(), shapeRef(m.getValue())));
        }
        Set<String> required = new HashSet<>();
        for (JsonNode r : s.path("required")) {
            required.add(r.asText());
        }
        return new ShapeDef(
                name,
                type,
                s.has("min") ? s.get("min").asLong() : null,
                s.has("max") ? s.get("max").asLong() : null,
                s.has("pattern") ? s.get("pattern").asText() : null,
                enumValues,
                s.path("sensitive").asBoolean(false),
                members,
                required,
                s.has("member") ? shapeRef(s.get("member")) : null,
                s.has("key") ? shapeRef(s.get("key")) : null,
                s.has("value") ? shapeRef(s.get("value")) : null);
    }

    private static JsonNode field(JsonNode root, String name) {
        JsonNode n = root.get(name);
        if (n == null || !n.isObject()) {
            throw new IllegalStateException("API model has no '" + name + "' object");
        }
        return n;
    }

    private static String shapeRef(JsonNode ref) {
        String shape = ref.path("shape").asText(null);
        if (shape == null) {
            throw new IllegalStateException("shape reference without 'shape': " + ref);
        }
        return shape;
    }

    private void checkReferences() {
        for (OperationDef op : operations.values()) {
            requireShape(op.input(), op.name());
            requireShape(op.output(), op.name());
            op.errors().forEach(e -> requireShape(e, op.name()));
        }
        for (ShapeDef s : shapes.values()) {
            s.members().forEach(m -> requireShape(m.target(), s.name()));
            for (String r : s.required()) {
                if (s.members().stream().noneMatch(m -> m.name().equals(r))) {
                    throw new IllegalStateException("shape " + s.name() + " requires unknown member " + r);
                }
            }
            requireShape(s.member(), s.name());
            requireShape(s.key(), s.name());
            requireShape(s.value(), s.name());
        }
    }

    private void requireShape(String name, String user) {
        if (name != null && !shapes.containsKey(name)) {
            throw new IllegalStateException(user + " refers to unknown shape " + name);
        }
    }

    /**
     * The names of all operations, in model order.
     *
     * @return an unmodifiable set of operation names ({@code CreateIdentityPool}, {@code GetId}, ...)
     */
    public Set<String> operationNames() {
        return operations.keySet();
    }

    /**
     * Whether the model has an operation of this name (case-sensitive).
     *
     * @param name an operation name, may be null
     * @return true if the operation exists
     */
    public boolean hasOperation(String name) {
        return name != null && operations.containsKey(name);
    }

    /**
     * The operations clients call without a signature ({@code GetId}, {@code GetCredentialsForIdentity},
     * {@code GetOpenIdToken}, {@code UnlinkIdentity}): the model marks them {@code authtype: none}.
     *
     * @return an unmodifiable set of operation names, in model order
     */
    public Set<String> unsignedOperations() {
        Set<String> unsigned = new LinkedHashSet<>();
        operations.values().stream().filter(op -> !op.signed()).forEach(op -> unsigned.add(op.name()));
        return Collections.unmodifiableSet(unsigned);
    }

    /**
     * Whether the operation has an output shape. Operations without one answer with an empty body.
     *
     * @param operation an operation name
     * @return true if the operation has an output shape; false if it has none or is unknown
     */
    public boolean hasOutput(String operation) {
        OperationDef op = operation == null ? null : operations.get(operation);
        return op != null && op.output() != null;
    }

    /**
     * The error shapes the model declares for the operation.
     *
     * @param operation an operation name
     * @return an unmodifiable set of error shape names in model order ({@code ResourceNotFoundException},
     *         ...); empty for an unknown operation
     */
    public Set<String> errorTypes(String operation) {
        OperationDef op = operation == null ? null : operations.get(operation);
        return op == null ? Set.of() : op.errors();
    }

    /**
     * The top-level members of the operation's input, as on the wire.
     *
     * @param operation an operation name
     * @return an unmodifiable set of member names in model order ({@code IdentityPoolId}, ...); empty for
     *         an unknown operation or one without input
     */
    public Set<String> inputMembers(String operation) {
        OperationDef op = operation(operation);
        ShapeDef input = op == null || op.input() == null ? null : shapes.get(op.input());
        if (input == null) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        input.members().forEach(member -> names.add(member.name()));
        return Collections.unmodifiableSet(names);
    }

    /** The operation of this name, or null. */
    OperationDef operation(String name) {
        return name == null ? null : operations.get(name);
    }

    /** The shape of this name, or null. */
    ShapeDef shape(String name) {
        return shapes.get(name);
    }
}
