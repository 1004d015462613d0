package dev.fakecognito;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the public classes of some packages show their users: supertypes and the types in the
 * signatures of public and protected members. Shared with the other modules' architecture tests
 * through this module's test jar.
 */
public final class PublicSignatures {
    private PublicSignatures() {}

    /**
     * The places where a public class of the given packages shows a type that is not allowed.
     *
     * @param classes    the imported classes
     * @param apiPackage which packages are API
     * @param allowed    which types users may see
     * @return one line per leak, e.g. {@code a.B.m() returns c.internal.D}
     */
    public static List<String> leaks(JavaClasses classes, Predicate<String> apiPackage, Predicate<JavaClass> allowed) {
        List<String> leaks = new ArrayList<>();
        classes.stream()
                .filter(type -> apiPackage.test(type.getPackageName()))
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .forEach(type -> {
                    Stream.concat(type.getRawSuperclass().stream(), type.getRawInterfaces().stream())
                            .filter(allowed.negate())
                            .forEach(supertype -> leaks.add(type.getName() + " extends " + supertype.getName()));
                    type.getMembers().stream()
                            .filter(PublicSignatures::visible)
                            .forEach(member -> signatureTypes(member)
                                    .filter(allowed.negate())
                                    .forEach(shown -> leaks.add(member.getFullName() + " shows " + shown.getName())));
                });
        return leaks;
    }

    /** A type of the JDK, or of the given project packages outside {@code .internal} packages. */
    public static boolean jdkOrPublic(JavaClass type) {
        String name = type.getBaseComponentType().getPackageName();
        return type.getBaseComponentType().isPrimitive()
                || name.startsWith("java.")
                || name.startsWith("dev.fakecognito.") && !name.contains(".internal") && !name.contains(".shaded");
    }

    private static boolean visible(JavaMember member) {
        return member.getModifiers().contains(JavaModifier.PUBLIC)
                || member.getModifiers().contains(JavaModifier.PROTECTED);
    }

    private static Stream<JavaClass> signatureTypes(JavaMember member) {
        if (member instanceof JavaField field) {
            return Stream.of(field.getRawType());
        }
        JavaCodeUnit unit = (JavaCodeUnit) member;
        return Stream.of(
                        Stream.of(unit.getRawReturnType()),
                        unit.getRawParameterTypes().stream(),
                        unit.getThrowsClause().getTypes().stream())
                .flatMap(s -> s);
    }
}
