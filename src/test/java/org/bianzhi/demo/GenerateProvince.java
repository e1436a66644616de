package org.bianzhi.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line for {@link ProvinceGenerator}:
 * {@code java -cp target/classes org.bianzhi.demo.GenerateProvince [--people N] [--seed S] [--out DIR]}
 * (defaults 1000000, 1, {@code target/province}). Needs only the project's classes and the JDK.
 */
public final class GenerateProvince {

    private GenerateProvince() {
    }

    public static void main(String[] args) throws Exception {
        int people = 1_000_000;
        long seed = 1;
        Path out = Path.of("target", "province");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i + 1 >= args.length && !arg.equals("--help")) usage("missing value after " + arg);
            switch (arg) {
                case "--people" -> people = Integer.parseInt(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--help" -> usage(null);
                default -> usage("unknown option " + arg);
            }
        }
        long start = System.nanoTime();
        ProvinceGenerator.Summary s = ProvinceGenerator.generate(seed, people, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("province of %,d people, seed %d, written to %s%n", s.people(), s.seed(), out.toAbsolutePath());
        System.out.printf("units %,d %s in %d regions%n", s.units(), s.unitsByLevel(), s.regions());
        System.out.printf("quota lines %,d, leadership lines %,d, roster rows %,d (occupancies %,d, leaders %,d)%n",
                s.quotaLines(), s.leadershipLines(), s.rosterRows(), s.occupancies(), s.leadershipHolders());
        System.out.printf("planted violations %s, near misses %,d%n", s.violationsByRule(), s.nearMisses());
        for (String f : ProvinceGenerator.FILES) {
            System.out.printf("  %-15s %,14d bytes%n", f, Files.size(out.resolve(f)));
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peakHeap += pool.getPeakUsage().getUsed();
        }
        System.out.printf("elapsed %.1f s, peak heap %,d MB (max %,d MB)%n", seconds, peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void usage(String problem) {
        if (problem != null) System.err.println(problem);
        System.err.println("usage: GenerateProvince [--people N] [--seed S] [--out DIR]");
        System.exit(problem == null ? 0 : 2);
    }
}
