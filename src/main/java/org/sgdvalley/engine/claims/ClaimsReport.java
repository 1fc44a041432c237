package org.sgdvalley.engine.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * The claims of a preset checked over a number of draws.
 *
 * @param tallies     one per claim, in the preset's order
 * @param runLabels   the preset's runs
 * @param divergences for each run, the number of draws in which it diverged
 * @param draws       the number of draws
 */
public record ClaimsReport(List<Tally> tallies, List<String> runLabels, List<Integer> divergences, int draws) {

    public ClaimsReport {
        tallies = List.copyOf(tallies);
        runLabels = List.copyOf(runLabels);
        divergences = List.copyOf(divergences);
    }

    /** No draw yet. */
    static ClaimsReport empty(ClaimSet claims, List<String> runLabels) {
        return new ClaimsReport(claims.claims().stream().map(c -> new Tally(c.statement(), 0, 0, 0)).toList(),
                runLabels, runLabels.stream().map(l -> 0).toList(), 0);
    }

    /** This report with one more draw, whose claims are judged by {@code claims}. */
    ClaimsReport add(ClaimSet claims, Outcome outcome) {
        List<Tally> next = new ArrayList<>();
        for (int c = 0; c < tallies.size(); c++) {
            next.add(tallies.get(c).add(claims.claims().get(c).judge(outcome)));
        }
        List<Integer> diverged = new ArrayList<>();
        for (int r = 0; r < runLabels.size(); r++) {
            diverged.add(divergences.get(r) + (outcome.diverged(r) ? 1 : 0));
        }
        return new ClaimsReport(next, runLabels, diverged, draws + 1);
    }
}
