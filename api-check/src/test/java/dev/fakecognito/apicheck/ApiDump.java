package dev.fakecognito.apicheck;

import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.GenericDeclaration;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a module as text, one declaration a line: its descriptor's unqualified exports and
 * opens and its transitive requires, then every public or protected type of an exported package with its
 * public and protected constructors, fields and methods (including those a public class inherits from a
 * class users cannot see), record components, annotation attributes with their defaults and the
 * annotations Javadoc shows (those whose type is {@link Documented}). Types are written with generics
 * and canonical names; types and members are sorted, so the text depends only on the class files, not
 * on the JDK that reads them or on the order of their members.
 */
final class ApiDump {
    private static final int TYPE_MODIFIERS =
            Modifier.PUBLIC | Modifier.PROTECTED | Modifier.ABSTRACT | Modifier.STATIC | Modifier.FINAL;
    private static final int MEMBER_MODIFIERS =
            Modifier.PUBLIC | Modifier.PROTECTED | Modifier.ABSTRACT | Modifier.STATIC | Modifier.FINAL;

    private ApiDump() {}

    /** The module's part: what its descriptor promises users. */
    static List<String> module(ModuleDescriptor descriptor) {
        List<String> lines = new ArrayList<>();
        lines.add("module " + descriptor.name());
        descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(e -> "  exports " + e.source())
                .sorted()
                .forEach(lines::add);
        descriptor.opens().stream()
                .filter(o -> !o.isQualified())
                .map(o -> "  opens " + o.source())
                .sorted()
                .forEach(lines::add);
        descriptor.requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(r -> "  requires transitive "
                        + (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC) ? "static " : "")
                        + r.name())
                .sorted()
                .forEach(lines::add);
        return lines;
    }

    /**
     * The types' part: each visible type of the given classes, its declaration line followed by its
     * members, indented; types in name order.
     */
    static List<String> types(Collection<Class<?>> classes) {
        TreeMap<String, List<String>> byName = new TreeMap<>();
        for (Class<?> type : classes) {
            if (visible(type)) {
                List<String> block = new ArrayList<>();
                block.add(declaration(type));
                members(type).stream().map(line -> "  " + line).forEach(block::add);
                byName.put(name(type), block);
            }
        }
        return byName.values().stream().flatMap(List::stream).collect(Collectors.toList());
    }

    /** A type users can name: public (or protected, when nested) and inside types users can name. */
    static boolean visible(Class<?> type) {
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            return false;
        }
        int modifiers = type.getModifiers();
        Class<?> outer = type.getDeclaringClass();
        if (outer == null) {
            return Modifier.isPublic(modifiers);
        }
        return (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) && visible(outer);
    }

    private static String declaration(Class<?> type) {
        StringBuilder line = new StringBuilder(annotations(type));
        int modifiers = type.getModifiers() & TYPE_MODIFIERS;
        String kind;
        if (type.isAnnotation()) {
            kind = "@interface";
            modifiers &= ~(Modifier.ABSTRACT | Modifier.STATIC);
        } else if (type.isInterface()) {
            kind = "interface";
            modifiers &= ~(Modifier.ABSTRACT | Modifier.STATIC);
        } else if (type.isEnum()) {
            kind = "enum";
            modifiers &= ~(Modifier.ABSTRACT | Modifier.FINAL | Modifier.STATIC);
        } else if (type.isRecord()) {
            kind = "record";
            modifiers &= ~(Modifier.FINAL | Modifier.STATIC);
        } else {
            kind = "class";
        }
        line.append(prefix(Modifier.toString(modifiers)));
        if (type.isSealed()) {
            line.append("sealed ");
        }
        line.append(kind).append(' ').append(name(type)).append(typeParameters(type));
        if (type.isRecord()) {
            line.append(Arrays.stream(type.getRecordComponents())
                    .map(c -> format(c.getGenericType()) + " " + c.getName())
                    .collect(Collectors.joining(", ", "(", ")")));
        }
        Type superclass = visibleSuperclass(type);
        if (superclass != null
                && superclass != Object.class
                && !type.isEnum()
                && !type.isRecord()
                && !type.isInterface()) {
            line.append(" extends ").append(format(superclass));
        }
        List<String> interfaces = Arrays.stream(type.getGenericInterfaces())
                .filter(i -> !(type.isAnnotation() && i == Annotation.class))
                .filter(i -> visible(raw(i)))
                .map(ApiDump::format)
                .collect(Collectors.toList());
        if (!interfaces.isEmpty()) {
            line.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
        }
        if (type.isSealed()) {
            line.append(" permits ")
                    .append(Arrays.stream(type.getPermittedSubclasses())
                            .map(ApiDump::name)
                            .sorted()
                            .collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    /** The superclass, or when users cannot see it the nearest one they can (raw then). */
    private static Type visibleSuperclass(Class<?> type) {
        Type superclass = type.getGenericSuperclass();
        Class<?> raw = type.getSuperclass();
        while (raw != null && !visible(raw)) {
            superclass = raw.getSuperclass();
            raw = raw.getSuperclass();
        }
        return superclass;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static List<String> members(Class<?> type) {
        List<Member> members = new ArrayList<>();
        Set<String> signatures = new HashSet<>();
        for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
            if (declaring != type && visible(declaring)) {
                break; // users see these in that type's own entry
            }
            Stream.of(declaring.getDeclaredFields(), declaring.getDeclaredMethods())
                    .flatMap(Arrays::stream)
                    .filter(m -> shown(m) && signatures.add(key(m)))
                    .forEach(members::add);
            if (declaring == type) {
                Arrays.stream(type.getDeclaredConstructors())
                        .filter(ApiDump::shown)
                        .forEach(members::add);
            }
        }
        return members.stream()
                .sorted(Comparator.comparingInt(ApiDump::order)
                        .thenComparing(Member::getName)
                        .thenComparing(ApiDump::member))
                .map(ApiDump::member)
                .collect(Collectors.toList());
    }

    private static boolean shown(Member member) {
        int modifiers = member.getModifiers();
        if (!Modifier.isPublic(modifiers) && !Modifier.isProtected(modifiers)) {
            return false;
        }
        return !member.isSynthetic() && !(member instanceof Method m && m.isBridge());
    }

    private static String key(Member member) {
        if (member instanceof Method m) {
            return m.getName() + Arrays.toString(m.getParameterTypes());
        }
        return "field " + member.getName();
    }

    private static int order(Member member) {
        return member instanceof Field ? 0 : member instanceof Constructor ? 1 : 2;
    }

    static String member(Member member) {
        StringBuilder line = new StringBuilder(annotations((AnnotatedElement) member));
        int modifiers = member.getModifiers() & MEMBER_MODIFIERS;
        if (member instanceof Field field) {
            line.append(prefix(Modifier.toString(modifiers)))
                    .append(format(field.getGenericType()))
                    .append(' ')
                    .append(field.getName());
            return line.toString();
        }
        Executable executable = (Executable) member;
        line.append(prefix(Modifier.toString(modifiers)));
        if (executable instanceof Method method && method.isDefault()) {
            line.append("default ");
        }
        String typeParameters = typeParameters(executable);
        if (!typeParameters.isEmpty()) {
            line.append(typeParameters).append(' ');
        }
        if (executable instanceof Method method) {
            line.append(format(method.getGenericReturnType())).append(' ').append(method.getName());
        } else {
            line.append(executable.getDeclaringClass().getSimpleName());
        }
        Type[] parameters = executable.getGenericParameterTypes();
        List<String> formatted = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            String parameter = format(parameters[i]);
            if (executable.isVarArgs() && i == parameters.length - 1 && parameter.endsWith("[]")) {
                parameter = parameter.substring(0, parameter.length() - 2) + "...";
            }
            formatted.add(parameter);
        }
        line.append('(').append(String.join(", ", formatted)).append(')');
        Type[] exceptions = executable.getGenericExceptionTypes();
        if (exceptions.length > 0) {
            line.append(" throws ")
                    .append(Arrays.stream(exceptions)
                            .map(ApiDump::format)
                            .sorted()
                            .collect(Collectors.joining(", ")));
        }
        if (executable instanceof Method method && method.getDefaultValue() != null) {
            line.append(" default ").append(value(method.getDefaultValue()));
        }
        return line.toString();
    }

    private static String prefix(String modifiers) {
        return modifiers.isEmpty() ? "" : modifiers + " ";
    }

    private static String typeParameters(GenericDeclaration declaration) {
        TypeVariable<?>[] variables = declaration.getTypeParameters();
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables)
                .map(v -> {
                    List<String> bounds = Arrays.stream(v.getBounds())
                            .filter(b -> b != Object.class)
                            .map(ApiDump::format)
                            .collect(Collectors.toList());
                    return bounds.isEmpty() ? v.getName() : v.getName() + " extends " + String.join(" & ", bounds);
                })
                .collect(Collectors.joining(", ", "<", ">"));
    }

    /** A type as source would write it, with canonical (dotted) names of nested types. */
    static String format(Type type) {
        if (type instanceof Class<?> c) {
            return name(c);
        }
        if (type instanceof ParameterizedType p) {
            String arguments = Arrays.stream(p.getActualTypeArguments())
                    .map(ApiDump::format)
                    .collect(Collectors.joining(", ", "<", ">"));
            Class<?> raw = (Class<?>) p.getRawType();
            if (p.getOwnerType() instanceof ParameterizedType owner) {
                return format(owner) + "." + raw.getSimpleName() + arguments;
            }
            return name(raw) + arguments;
        }
        if (type instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) {
                return "? super " + format(w.getLowerBounds()[0]);
            }
            Type upper = w.getUpperBounds()[0];
            return upper == Object.class ? "?" : "? extends " + format(upper);
        }
        if (type instanceof GenericArrayType a) {
            return format(a.getGenericComponentType()) + "[]";
        }
        if (type instanceof TypeVariable<?> v) {
            return v.getName();
        }
        throw new IllegalArgumentException("unknown kind of type: " + type);
    }

    static String name(Class<?> type) {
        if (type.isArray()) {
            return name(type.getComponentType()) + "[]";
        }
        String canonical = type.getCanonicalName();
        return canonical != null ? canonical : type.getName();
    }

    /** The annotations Javadoc shows ({@link Documented} ones), each followed by a space. */
    private static String annotations(AnnotatedElement element) {
        return Arrays.stream(element.getDeclaredAnnotations())
                .filter(a -> a.annotationType().isAnnotationPresent(Documented.class))
                .map(ApiDump::annotation)
                .sorted()
                .map(a -> a + " ")
                .collect(Collectors.joining());
    }

    /** An annotation with the attributes that differ from their defaults, in name order. */
    static String annotation(Annotation annotation) {
        List<String> attributes = new ArrayList<>();
        Method[] methods = annotation.annotationType().getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method attribute : methods) {
            if (attribute.isSynthetic()
                    || attribute.getParameterCount() != 0
                    || Modifier.isStatic(attribute.getModifiers())) {
                continue;
            }
            Object value;
            try {
                attribute.setAccessible(true);
                value = attribute.invoke(annotation);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot read " + attribute + " of " + annotation, e);
            }
            if (!equalValues(value, attribute.getDefaultValue())) {
                attributes.add(attribute.getName() + "=" + value(value));
            }
        }
        String name = "@" + name(annotation.annotationType());
        return attributes.isEmpty() ? name : name + "(" + String.join(", ", attributes) + ")";
    }

    private static boolean equalValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.getClass().isArray() && b.getClass().isArray()) {
            return Arrays.deepEquals(new Object[] {a}, new Object[] {b});
        }
        return a.equals(b);
    }

    /** An annotation value as source would write it. */
    static String value(Object value) {
        if (value instanceof String s) {
            return quote(s, '"');
        }
        if (value instanceof Character c) {
            return quote(String.valueOf(c), '\'');
        }
        if (value instanceof Long l) {
            return l + "L";
        }
        if (value instanceof Float f) {
            return f + "f";
        }
        if (value instanceof Class<?> c) {
            return name(c) + ".class";
        }
        if (value instanceof Enum<?> e) {
            return name(e.getDeclaringClass()) + "." + e.name();
        }
        if (value instanceof Annotation a) {
            return annotation(a);
        }
        if (value.getClass().isArray()) {
            List<String> elements = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                elements.add(value(Array.get(value, i)));
            }
            return elements.stream().collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }

    private static String quote(String text, char quote) {
        StringBuilder out = new StringBuilder().append(quote);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c == quote) {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append(quote).toString();
    }
}
