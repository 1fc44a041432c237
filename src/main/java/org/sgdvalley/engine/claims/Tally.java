package org.sgdvalley.engine.claims;

/**
 * How often a claim held over a number of draws.
 *
 * @param statement the claim
 * @param holds     draws where it held
 * @param fails     draws where it did not
 * @param diverged  draws where a run it compares diverged (neither)
 */
public record Tally(String statement, int holds, int fails, int diverged) {

    /** Number of draws. */
    public int draws() {
        return holds + fails + diverged;
    }

    /** "holds in k of N draws, d diverged". */
    public String summary() {
        return "holds in " + holds + " of " + draws() + " draws, " + diverged + " diverged";
    }

    /** This tally with one more verdict. */
    Tally add(Claim.Verdict verdict) {
        return switch (verdict) {
            case HOLDS -> new Tally(statement, holds + 1, fails, diverged);
            case FAILS -> new Tally(statement, holds, fails + 1, diverged);
            case DIVERGED -> new Tally(statement, holds, fails, diverged + 1);
        };
    }
}
