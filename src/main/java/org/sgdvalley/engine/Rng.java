package org.sgdvalley.engine;

/**
 * A seeded random generator whose whole state is one {@code long}, so that a run can be saved and
 * resumed bit for bit and the same seed draws the same numbers on every machine.
 *
 * <p>Written by hand (SplitMix64, Steele et al. 2014) because {@link java.util.Random} and
 * {@link java.util.SplittableRandom} hide their state, which a saved session must capture.
 * Gaussians use Box-Muller with {@link StrictMath}, whose results are specified to the bit.
 */
public final class Rng {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long state;

    /** Creates a generator from a seed. */
    public Rng(long seed) {
        this.state = seed;
    }

    /** The whole state: a generator made with {@code new Rng(state())} continues this one exactly. */
    public long state() {
        return state;
    }

    /** Next uniformly distributed 64-bit value. */
    public long nextLong() {
        long z = (state += GOLDEN_GAMMA);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform integer in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        int r = (int) (nextLong() >>> 33);
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31);
        }
        for (int u = r; u - (r = u % bound) + m < 0; u = (int) (nextLong() >>> 33)) {
            // rejects the top partial range, as java.util.Random does, so there is no modulo bias
        }
        return r;
    }

    /** Standard normal sample (Box-Muller, one value per call so the state stays one long). */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    /** +1 or -1 with equal probability. */
    public double nextSign() {
        return (nextLong() & 1L) == 0 ? 1.0 : -1.0;
    }

    /** A generator for an independent stream, derived deterministically from this one. */
    public Rng fork() {
        return new Rng(nextLong());
    }
}
