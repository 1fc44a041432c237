package org.sgdvalley.cli;

/**
 * Chooses JavaFX's headless platform (Monocle, software rendering) when there is no display, so
 * screenshots and PNG exports work on a server or in CI. Must run before the toolkit starts.
 */
public final class Headless {
    private Headless() {
    }

    /** Whether a window can be opened: an X display is set, or a headless platform is chosen. */
    public static boolean hasDisplay() {
        String display = System.getenv("DISPLAY");
        return (display != null && !display.isBlank()) || "Monocle".equals(System.getProperty("glass.platform"));
    }

    /** Selects Monocle's headless platform unless a display is available. */
    public static void useIfNoDisplay() {
        if (hasDisplay()) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        // the headless screen must hold the whole window (Monocle's default is 1280x800)
        System.setProperty("headless.geometry", "1920x1200-32");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }
}
