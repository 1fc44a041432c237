package org.sgdvalley.export;

import java.io.InterruptedIOException;
import java.nio.file.Path;

/** A process that stages a megabyte for {@code args[0]} and waits in the middle of writing, to be signalled. */
public final class StageThenWait {
    private StageThenWait() {
    }

    public static void main(String[] args) throws Exception {
        try (StagedFiles files = new StagedFiles(false)) {
            files.stage(Path.of(args[0]), out -> {
                out.write(new byte[1 << 20]);
                out.flush();
                System.out.println("writing");
                System.out.flush();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    throw new InterruptedIOException();
                }
            });
            files.publish();
        }
    }
}
