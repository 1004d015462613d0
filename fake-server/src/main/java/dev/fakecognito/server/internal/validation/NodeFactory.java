package dev.fakecognito.server.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/** Builds the {@link ShapeNode} tree of a model once, sharing one node per shape. Not thread-safe. */
final class NodeFactory {

    private final ServiceModel model;
    private final Map<String, ShapeNode> nodes = new HashMap<>();
    private final Map<String, Boolean> redacted = new HashMap<>();

    NodeFactory(ServiceModel model) {
        this.model = model;
    }

    /** The node of a shape, built on first use. */
    ShapeNode node(String shapeName) {
        ShapeNode existing = nodes.get(shapeName);
        if (existing != null) {
            return existing;
        }
        ShapeDef s = model.shape(shapeName);
        if (s == null) {
            throw new IllegalStateException("unknown shape " + shapeName);
        }
        boolean redact = redacted(shapeName, new HashSet<>());
        ShapeNode node;
        switch (s.type()) {
            case "structure" -> {
                StructureNode struct = new StructureNode(shapeName, redact);
                nodes.put(shapeName, struct); // before the members, so that a shape may refer to itself
                List<StructureNode.Member> members = new ArrayList<>();
                for (ShapeDef.MemberDef m : s.members()) {
                    members.add(new StructureNode.Member(
                            m.name(),
                            pathName(m.name()),
                            node(m.target()),
                            s.required().contains(m.name())));
                }
                struct.setMembers(members);
                return struct;
            }
            case "list" -> node = new ListNode(shapeName, redact, node(s.member()), s.min(), s.max());
            case "map" -> {
                if (!(node(s.key()) instanceof StringNode key)) {
                    throw new IllegalStateException("map " + shapeName + " has a key that is not a string");
                }
                node = new MapNode(shapeName, redact, key, node(s.value()), s.min(), s.max());
            }
            case "string" -> {
                try {
                    node = new StringNode(shapeName, redact, s.min(), s.max(), s.pattern(), s.enumValues());
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException("shape " + shapeName + " has a bad pattern: " + s.pattern(), e);
                }
            }
            case "integer" -> node = new NumberNode(shapeName, redact, false, s.min(), s.max());
            case "long" -> node = new NumberNode(shapeName, redact, true, s.min(), s.max());
            case "boolean" -> node = UnconstrainedNode.bool(shapeName, redact);
            case "timestamp" -> node = UnconstrainedNode.timestamp(shapeName, redact);
            default -> throw new IllegalStateException("shape " + shapeName + " has unsupported type " + s.type());
        }
        nodes.put(shapeName, node);
        return node;
    }

    /** Whether the shape is sensitive or (through members, elements, keys or values) holds a sensitive one. */
    private boolean redacted(String shapeName, Set<String> visiting) {
        Boolean known = redacted.get(shapeName);
        if (known != null) {
            return known;
        }
        if (!visiting.add(shapeName)) {
            return false; // a cycle: the answer comes from the other shapes on it
        }
        ShapeDef s = model.shape(shapeName);
        boolean result = s.sensitive();
        List<String> children = new ArrayList<>();
        s.members().forEach(m -> children.add(m.target()));
        for (String c : new String[] {s.member(), s.key(), s.value()}) {
            if (c != null) {
                children.add(c);
            }
        }
        for (String child : children) {
            result |= redacted(child, visiting);
        }
        visiting.remove(shapeName);
        redacted.put(shapeName, result);
        return result;
    }

    /** The Coral path name of a member: the model name with its first letter lowercased. */
    static String pathName(String memberName) {
        if (memberName.isEmpty()) {
            return memberName;
        }
        return memberName.substring(0, 1).toLowerCase(Locale.ROOT) + memberName.substring(1);
    }
}
