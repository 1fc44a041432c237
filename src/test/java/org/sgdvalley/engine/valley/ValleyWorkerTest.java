package org.sgdvalley.engine.valley;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sgdvalley.engine.run.ExperimentController;
import org.sgdvalley.engine.run.ExperimentController.Session;
import org.sgdvalley.engine.run.Trajectory;
import org.sgdvalley.preset.PresetCatalog;

/** The valley worker on an executor it is given: its order, its failures, its newest iterates. */
@Timeout(60)
class ValleyWorkerTest {
    /** Holds tasks until the test runs them: what a pool of threads might do in any order. */
    private static final class HeldTasks implements Executor {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            held.add(task);
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.remove(0).run();
            }
        }
    }

    @Test
    void aLaneRunsItsTasksInOrderOneAtATimeAndGoesOnAfterAFailure() {
        HeldTasks executor = new HeldTasks();
        List<RuntimeException> failures = new ArrayList<>();
        List<String> ran = new ArrayList<>();
        SerialLane lane = new SerialLane(executor, failures::add);
        lane.submit(() -> ran.add("first"));
        lane.submit(() -> {
            throw new IllegalStateException("second fails");
        });
        lane.submit(() -> ran.add("third"));
        assertThat(executor.held).as("one drain for the lane, not one thread per task").hasSize(1);
        executor.runAll();
        assertThat(ran).containsExactly("first", "third");
        assertThat(failures).extracting(Throwable::getMessage).containsExactly("second fails");
        lane.close();
        lane.submit(() -> ran.add("after close"));
        executor.runAll();
        assertThat(ran).containsExactly("first", "third");
    }

    @Test
    void aTaskThatThrowsReachesTheFailureSinkInsteadOfVanishing() throws Exception {
        Session session;
        try (ExperimentController c = new ExperimentController(PresetCatalog.bundled("toy-quadratic"))) {
            session = c.query(s -> s).get(30, TimeUnit.SECONDS);
        }
        List<RuntimeException> failures = new ArrayList<>();
        try (ValleyWorker worker = new ValleyWorker(Runnable::run, failures::add)) {
            worker.show(session, session.size() + 3); // no such run
            assertThat(failures).isNotEmpty();
            assertThat(failures.get(0)).hasMessageContaining("no run");
            assertThat(worker.edgeProgress()).isNaN();
        }
    }

    @Test
    void theNewestIteratesComeFromTheThinnedRecordWhenNoRecentOneWasKept() {
        var trajectory = new Trajectory(2);
        trajectory.recordRecent(0, new double[] {0, 0});
        for (long t = 0; t <= 100; t++) {
            trajectory.record(t, new double[] {t, -t});
        }
        var newest = ValleyWorker.newest(trajectory);
        assertThat(newest.iterations()[newest.size() - 1]).isEqualTo(100);
        assertThat(newest.params()[newest.size() - 1]).containsExactly(100, -100);
        trajectory.recordRecent(101, new double[] {101, -101});
        assertThat(ValleyWorker.newest(trajectory).iterations()).containsExactly(0, 101);
    }
}
