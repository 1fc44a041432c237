package org.sgdvalley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** What the machine can do at most: cores and a peak double-precision FLOP rate. */
final class Machine {
    /** Double FLOPs per cycle and core with AVX2 and two FMA units: 2 units x 4 lanes x 2 operations. */
    static final double FLOPS_PER_CYCLE = 16;

    private Machine() {
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The clock in GHz from /proc/cpuinfo, if the system tells it. */
    static OptionalDouble gigahertz() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("cpu MHz"))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(':') + 1).strip()) / 1000)
                    .max();
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }
}
