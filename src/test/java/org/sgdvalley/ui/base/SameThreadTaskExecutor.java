package org.sgdvalley.ui.base;

/** Runs every task and every UI update at once on the caller's thread: view model tests need no waiting. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    private int executed;

    @Override
    public void execute(Runnable work) {
        executed++;
        work.run();
    }

    @Override
    public void onUiThread(Runnable update) {
        update.run();
    }

    /** Background tasks run so far. */
    public int executed() {
        return executed;
    }

    @Override
    public void close() {
    }
}
