package dev.ccp.cluster.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ccp.dsl.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a {@link StatusReport} as a bordered table (long: service, pod, job, ready, links with
 * one link per line; short: status), JSON or YAML. {@code colour} wraps ok in green
 * ({@code \033[92m}) and wip in yellow ({@code \033[93m}), ended by {@code \033[39m}.
 */
public enum StatusFormat {
    TABLE, JSON, YAML;

    public static StatusFormat parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public String render(StatusReport report, boolean shortForm, boolean colour) {
        return switch (this) {
            case TABLE -> shortForm ? table(List.of("status"), List.of(List.of(List.of(paint(report.shortStatus(), colour)))))
                    : table(List.of("service", "pod", "job", "ready", "links"), longRows(report, colour));
            case JSON -> json(values(report, shortForm));
            case YAML -> YamlWriter.plain().write(values(report, shortForm));
        };
    }

    private static List<List<List<String>>> longRows(StatusReport report, boolean colour) {
        List<List<List<String>>> rows = new ArrayList<>();
        for (StatusRow row : report.rows()) {
            rows.add(List.of(List.of(row.service()), List.of(row.pod()), List.of(row.job()),
                    List.of(paint(row.ready(), colour)), row.links().isEmpty() ? List.of("") : row.links()));
        }
        return rows;
    }

    private static Map<String, Object> values(StatusReport report, boolean shortForm) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (shortForm) {
            values.put("status", report.shortStatus());
            return values;
        }
        List<Map<String, Object>> services = new ArrayList<>();
        for (StatusRow row : report.rows()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("service", row.service());
            entry.put("pod", row.pod());
            entry.put("job", row.job());
            entry.put("ready", row.ready());
            entry.put("links", row.links());
            services.add(entry);
        }
        values.put("services", services);
        values.put("status", report.shortStatus());
        return values;
    }

    private static String json(Map<String, Object> values) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(values) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String paint(String word, boolean colour) {
        if (!colour) {
            return word;
        }
        return switch (word) {
            case "ok" -> "\033[92mok\033[39m";
            case "wip" -> "\033[93mwip\033[39m";
            default -> word;
        };
    }

    /** A table with borders; a cell may have several lines. Widths ignore ANSI colour codes. */
    private static String table(List<String> header, List<List<List<String>>> rows) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            widths[c] = header.get(c).length();
            for (List<List<String>> row : rows) {
                for (String line : row.get(c)) {
                    widths[c] = Math.max(widths[c], visible(line).length());
                }
            }
        }
        StringBuilder border = new StringBuilder("+");
        for (int w : widths) {
            border.append("-".repeat(w + 2)).append('+');
        }
        StringBuilder out = new StringBuilder().append(border).append('\n');
        out.append(line(header.stream().map(List::of).toList(), 0, widths)).append(border).append('\n');
        for (List<List<String>> row : rows) {
            int height = row.stream().mapToInt(List::size).max().orElse(1);
            for (int i = 0; i < height; i++) {
                out.append(line(row, i, widths));
            }
        }
        return out.append(border).append('\n').toString();
    }

    private static String line(List<List<String>> cells, int index, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < cells.size(); c++) {
            String text = index < cells.get(c).size() ? cells.get(c).get(index) : "";
            line.append(' ').append(text).append(" ".repeat(widths[c] - visible(text).length())).append(" |");
        }
        return line.append('\n').toString();
    }

    private static String visible(String text) {
        return text.replaceAll("\033\\[[0-9;]*m", "");
    }
}
