package org.sgdvalley.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** B bookmarks every run's exact state; J returns to it, and training from there repeats itself. */
class BookmarkTest {

    @Test
    void jumpingBackRestoresEveryRunAndTheFutureRepeats() throws InterruptedException {
        try (ExperimentController c = ExperimentControllerTest.ready(
                new ExperimentController(ExperimentControllerTest.spec(20_000)))) {
            c.advanceTo(3000);
            ExperimentControllerTest.await(() -> c.status().minimumIteration() == 3000);
            c.bookmark();
            ExperimentControllerTest.await(() -> c.lastBookmark() != null);
            c.advanceTo(6000);
            ExperimentControllerTest.await(() -> c.status().minimumIteration() == 6000);
            double[] firstTime = c.status().runs().get(1).params();

            c.jumpToBookmark();
            ExperimentControllerTest.await(() -> c.status().minimumIteration() == 3000);
            assertThat(c.status().runs().get(0).params()).containsExactly(c.lastBookmark().states().get(0).params());
            assertThat(c.session().history(0).series(RunHistory.TRAIN_LOSS).lastX()).isEqualTo(3000);

            c.advanceTo(6000);
            ExperimentControllerTest.await(() -> c.status().minimumIteration() == 6000);
            assertThat(c.status().runs().get(1).params()).containsExactly(firstTime);
        }
    }

    @Test
    void aBookmarkSurvivesAReset() throws InterruptedException {
        try (ExperimentController c = ExperimentControllerTest.ready(
                new ExperimentController(ExperimentControllerTest.spec(20_000)))) {
            c.advanceTo(1234);
            ExperimentControllerTest.await(() -> c.status().minimumIteration() == 1234);
            c.bookmark();
            c.reset();
            ExperimentControllerTest.await(() -> c.status().generation() == 1 && c.status().minimumIteration() == 0);
            c.jumpToBookmark();
            ExperimentControllerTest.await(() -> c.status().minimumIteration() == 1234);
        }
    }
}
