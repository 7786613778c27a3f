package com.quarterhour;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.springframework.web.util.HtmlUtils;

/** The coverage summary a person reads: per process, how much of it the tests passed, and what they missed. */
final class ProcessCoverageReport {

    private ProcessCoverageReport() {
    }

    static void write(Map<String, Map<String, String>> elements, Map<String, Set<String>> passed, Path file)
            throws IOException {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Process test coverage</title></head>
                <body><h1>Process test coverage</h1>
                <table><thead><tr><th>Process</th><th>Passed</th><th>Elements</th><th>Coverage</th></tr></thead><tbody>
                """);
        StringBuilder missed = new StringBuilder();
        elements.forEach((process, all) -> {
            Set<String> seen = passed.getOrDefault(process, Set.of());
            long covered = all.keySet().stream().filter(seen::contains).count();
            html.append("<tr><td>").append(escape(process)).append("</td><td>").append(covered)
                    .append("</td><td>").append(all.size()).append("</td><td>")
                    .append(String.format("%.1f %%", 100.0 * covered / all.size())).append("</td></tr>\n");
            all.forEach((id, label) -> {
                if (!seen.contains(id)) {
                    missed.append("<li>").append(escape(process)).append(": ").append(escape(id)).append(" (")
                            .append(escape(label)).append(")</li>\n");
                }
            });
        });
        html.append("</tbody></table>\n<h2>Not passed by any test</h2>\n")
                .append(missed.isEmpty() ? "<p>None.</p>\n" : "<ul>\n" + missed + "</ul>\n")
                .append("</body></html>\n");
        Files.createDirectories(file.getParent());
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
