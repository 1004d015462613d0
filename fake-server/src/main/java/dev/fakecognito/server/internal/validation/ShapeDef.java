package dev.fakecognito.server.internal.validation;

import java.util.List;
import java.util.Set;

/**
 * One shape of the API model, reduced to what validation needs.
 *
 * @param name       the shape name
 * @param type       the model type: {@code structure}, {@code list}, {@code map}, {@code string},
 *                   {@code boolean}, {@code integer}, {@code long}, {@code timestamp}, ...
 * @param min        the {@code min} trait (length for strings, lists and maps; value for numbers), or null
 * @param max        the {@code max} trait, or null
 * @param pattern    the {@code pattern} trait of a string, or null
 * @param enumValues the {@code enum} values of a string, empty if none
 * @param sensitive  whether the shape is marked {@code sensitive}
 * @param members    the members of a structure, in model order; empty otherwise
 * @param required   the required member names of a structure
 * @param member     the member shape of a list, or null
 * @param key        the key shape of a map, or null
 * @param value      the value shape of a map, or null
 */
record ShapeDef(
        String name,
        String type,
        Long min,
        Long max,
        String pattern,
        List<String> enumValues,
        boolean sensitive,
        List<MemberDef> members,
        Set<String> required,
        String member,
        String key,
        String value) {

    ShapeDef {
        enumValues = List.copyOf(enumValues);
        members = List.copyOf(members);
        required = Set.copyOf(required);
    }

    /**
     * A structure member.
     *
     * @param name   the member name as sent on the wire ({@code IdentityPoolId})
     * @param target the name of the member's shape
     */
    record MemberDef(String name, String target) {}
}
