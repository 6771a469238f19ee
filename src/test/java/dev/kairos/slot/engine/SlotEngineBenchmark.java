package dev.kairos.slot.engine;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Times the engine alone (no HTTP, no database) on ../shared/bench/*.json. Not a test; run with
 * {@code mvn -B -q test-compile exec:java@slot-benchmark}. Prints median, p90 and p99 per file.
 */
public final class SlotEngineBenchmark {

    private static final Path DIR = Path.of("../shared/bench");

    private SlotEngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SlotEngine engine = new SlotEngine();
        ObjectMapper json = new ObjectMapper();
        System.out.printf("%-24s %8s %10s %10s %10s %8s%n", "file", "slots", "median ms", "p90 ms", "p99 ms", "runs");
        for (String file : List.of("bench-single.json", "bench-collective5.json", "bench-rr20.json")) {
            SlotQuery query = CalcomCase.apiQuery(json.readTree(Files.readString(DIR.resolve(file))));
            int slots = 0;
            long warmupUntil = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < warmupUntil) {
                slots = engine.slots(query).size();
            }
            int runs = 2_000;
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                slots = engine.slots(query).size();
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            System.out.printf("%-24s %8d %10.3f %10.3f %10.3f %8d%n", file, slots, ms(nanos, 0.50), ms(nanos, 0.90),
                    ms(nanos, 0.99), runs);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }
}
