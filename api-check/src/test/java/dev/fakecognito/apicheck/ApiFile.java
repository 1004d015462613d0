package dev.fakecognito.apicheck;

import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The text of an API dump file and the difference between two of them. */
final class ApiFile {
    /** The one command that rewrites every dump from the jars the build makes. */
    static final String UPDATE_COMMAND = "mvn -B -pl api-check -am verify -DskipTests -Dapi.update=true";

    private ApiFile() {}

    /** The whole file: a header naming the artifact and the command that writes it, then the dump. */
    static String render(String artifactId, ModuleDescriptor descriptor, Collection<Class<?>> exportedClasses) {
        List<String> lines = new ArrayList<>();
        lines.add("# The public API of " + artifactId + " (module " + descriptor.name() + "), written by api-check.");
        lines.add("# Do not edit: after an API change, rewrite it with");
        lines.add("#   " + UPDATE_COMMAND);
        lines.add("# and commit it with the change (see CONTRIBUTING.md, \"API dumps\").");
        lines.addAll(ApiDump.module(descriptor));
        lines.add("");
        lines.addAll(ApiDump.types(exportedClasses));
        return String.join("\n", lines) + "\n";
    }

    /**
     * The lines only in {@code expected} (prefixed "- ") and only in {@code actual} ("+ "), in file order,
     * each member line preceded by the declaration of its type; empty when the texts are the same.
     */
    static List<String> difference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] =
                        a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        String type = null;
        String typeShown = null;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                if (!a[i].startsWith(" ")) {
                    type = a[i];
                }
                i++;
                j++;
                continue;
            }
            boolean removed = j >= b.length || (i < a.length && common[i + 1][j] >= common[i][j + 1]);
            String line = removed ? a[i++] : b[j++];
            if (line.startsWith(" ") && type != null && !type.equals(typeShown)) {
                out.add("  " + type);
                typeShown = type;
            } else if (!line.startsWith(" ")) {
                typeShown = line;
            }
            out.add((removed ? "- " : "+ ") + line);
        }
        return out;
    }
}
