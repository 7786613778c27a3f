package com.quarterhour.benchmark;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The month-end billing benchmark (issue 4): {@code mvn -Pbenchmark verify}. Not a test: it prints figures, which
 * docs/benchmarks.md records. Each size runs in a fresh JVM with the same fixed heap ({@code -Xmx}), so that the heap
 * figures of the sizes can be compared; see {@link BenchmarkRun} for what one size does.
 *
 * <p>Arguments (the Maven profile passes them from properties):
 * {@code sizes} ({@code customers:entries,...}), {@code heap} ({@code -Xmx}), {@code period}, {@code limit} (the
 * billing's time limit, ISO-8601), and optional extra JVM options (e.g. a JFR recording).
 */
public final class BillingBenchmark {

    public static void main(String[] args) throws Exception {
        String sizes = args[0];
        String heap = args[1];
        String period = args[2];
        String limit = args[3];
        String jvmOptions = args.length > 4 ? args[4].strip() : "";
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> results = new ArrayList<>();
        for (String size : sizes.split(",")) {
            String[] parts = size.strip().split(":");
            List<String> command = new ArrayList<>(List.of(java, "-Xms" + heap, "-Xmx" + heap));
            if (!jvmOptions.isEmpty()) {
                command.addAll(List.of(jvmOptions.split("\\s+")));
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchmarkRun.class.getName(),
                    parts[0], parts[1], period, limit));
            BenchmarkRun.print("=== %s customers, %s time entries, period %s, heap %s ===", parts[0], parts[1], period,
                    heap);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    System.out.println(line);
                    if (line.startsWith("RESULT ")) {
                        results.add(line);
                    }
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("the benchmark of " + size + " failed (exit " + exit + ")");
            }
        }
        BenchmarkRun.print("=== summary (heap -Xmx%s) ===", heap);
        results.forEach(System.out::println);
    }

    private BillingBenchmark() {
    }
}
