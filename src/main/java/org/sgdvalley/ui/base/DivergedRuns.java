package org.sgdvalley.ui.base;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sgdvalley.engine.run.RunStatus;

/**
 * Diverged runs grouped by where they diverged, so that runs stopping at about the same iteration
 * get one label ("A, B diverged") instead of labels printed over each other.
 */
public final class DivergedRuns {
    /** Divergences closer than this share of the planned iterations share a label. */
    private static final double NEAR = 0.02;

    /** Runs that diverged near {@code iteration} (the first of them). */
    public record Group(long iteration, List<Integer> runs, String labels) {
    }

    private DivergedRuns() {
    }

    /** The diverged runs among {@code runs}, grouped, in order of iteration. */
    public static List<Group> of(List<RunStatus> runs) {
        List<Integer> diverged = new ArrayList<>();
        long total = 1;
        for (int i = 0; i < runs.size(); i++) {
            total = Math.max(total, runs.get(i).totalSteps());
            if (runs.get(i).divergence() != null) {
                diverged.add(i);
            }
        }
        diverged.sort(Comparator.comparingLong(i -> runs.get(i).divergence().iteration()));
        List<Group> groups = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        long start = 0;
        for (int i : diverged) {
            long at = runs.get(i).divergence().iteration();
            if (!current.isEmpty() && at - start > NEAR * total) {
                groups.add(group(runs, start, current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                start = at;
            }
            current.add(i);
        }
        if (!current.isEmpty()) {
            groups.add(group(runs, start, current));
        }
        return groups;
    }

    private static Group group(List<RunStatus> runs, long at, List<Integer> members) {
        String labels = String.join(", ", members.stream().map(i -> runs.get(i).label()).toList());
        return new Group(at, List.copyOf(members), labels);
    }
}
