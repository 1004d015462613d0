package dev.fakecognito.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A titled table printed as Markdown, so figures can be pasted into the README as they are. */
final class Table {
    final String title;
    final List<String> header;
    final List<List<String>> rows = new ArrayList<>();

    Table(String title, String... header) {
        this.title = title;
        this.header = Arrays.asList(header);
    }

    void row(String... cells) {
        rows.add(Arrays.asList(cells));
    }

    /**
     * A row of timings in ms: runs, median, range, the target and whether the median meets it; a
     * reference row (target NaN) has neither.
     */
    void add(Options o, String name, List<Double> values, double targetMax, String unit) {
        double median = Processes.median(values);
        boolean reference = Double.isNaN(targetMax);
        row(
                name,
                Integer.toString(values.size()),
                String.format(Locale.ROOT, "%.1f %s", median, unit),
                Processes.range(values, "%.1f") + " " + unit,
                reference ? "–" : String.format(Locale.ROOT, "<= %,.0f %s", targetMax, unit),
                reference ? "" : o.smoke ? "smoke" : median <= targetMax ? "met" : "MISSED");
    }

    String render() {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder("### ").append(title).append("\n\n");
        line(out, header, widths);
        StringBuilder rule = new StringBuilder("|");
        for (int width : widths) {
            rule.append("-".repeat(width + 2)).append('|');
        }
        out.append(rule).append('\n');
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int c = 0; c < widths.length; c++) {
            out.append(' ')
                    .append(cells.get(c))
                    .append(" ".repeat(widths[c] - cells.get(c).length() + 1))
                    .append('|');
        }
        out.append('\n');
    }
}
