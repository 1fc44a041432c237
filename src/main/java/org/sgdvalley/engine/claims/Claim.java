package org.sgdvalley.engine.claims;

import java.util.List;
import java.util.function.Predicate;

/**
 * A checkable statement that a preset's "what to look for" makes, for example "SGD ends sparser than
 * every GD run".
 *
 * @param statement the claim in words, as a student would read it
 * @param runs      indices of the runs it compares; if one of them diverged, the claim is undecided
 * @param test      whether the claim holds on one draw's outcome
 */
public record Claim(String statement, List<Integer> runs, Predicate<Outcome> test) {

    public Claim {
        runs = List.copyOf(runs);
    }

    /** Holds, fails, or (a run it needs diverged) undecided on one draw. */
    public Verdict judge(Outcome outcome) {
        if (runs.stream().anyMatch(outcome::diverged)) {
            return Verdict.DIVERGED;
        }
        return test.test(outcome) ? Verdict.HOLDS : Verdict.FAILS;
    }

    /** The verdict of one claim on one draw. */
    public enum Verdict { HOLDS, FAILS, DIVERGED }
}
