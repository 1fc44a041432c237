package org.sgdvalley.ui.base;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.animation.AnimationTimer;

/**
 * The window's one frame clock: a single animation timer that calls every subscriber once per pulse,
 * in the order they subscribed, on the JavaFX thread. Views pull what changed here instead of running
 * timers of their own, so one frame is one pass over the window and a paused window costs one check
 * per part.
 */
public final class FrameClock {
    private final List<Runnable> subscribers = new CopyOnWriteArrayList<>();
    private AnimationTimer timer;
    private long pulses;

    /** Calls {@code onPulse} on every pulse; running the returned handle unsubscribes it. */
    public Runnable subscribe(Runnable onPulse) {
        subscribers.add(onPulse);
        return () -> subscribers.remove(onPulse);
    }

    /** Starts pulsing with the screen; the timer is made here because it needs a running toolkit. */
    public void start() {
        if (timer == null) {
            timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulse();
                }
            };
        }
        timer.start();
    }

    /** Stops pulsing; subscribers stay. */
    public void stop() {
        if (timer != null) {
            timer.stop();
        }
    }

    /** One pulse: what the timer does every frame, and what a test calls to advance a frame by hand. */
    public void pulse() {
        pulses++;
        for (Runnable subscriber : subscribers) {
            subscriber.run();
        }
    }

    /** Pulses so far. */
    public long pulses() {
        return pulses;
    }
}
