package org.sgdvalley.cli;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Chooses JavaFX's headless platform (Monocle, software rendering) when there is no display, so
 * screenshots and PNG exports work on a server or in CI. Must run before the toolkit starts.
 *
 * <p>Whether there is a display depends on the operating system: on Linux and the BSDs JavaFX draws
 * through GTK on X11, so a window needs the X display named by {@code DISPLAY} (a Wayland desktop sets
 * it too, for XWayland); Windows and macOS draw on their own window system, which a desktop session
 * always has and which sets no such variable.
 */
public final class Headless {
    private Headless() {
    }

    /** Whether a window can be opened on this machine (see the class comment). */
    public static boolean hasDisplay() {
        return whyNoDisplay() == null;
    }

    /** Why no window can be opened on this machine, in a few words for an error line, or null when one can. */
    public static String whyNoDisplay() {
        return whyNoDisplay(System::getenv, System::getProperty);
    }

    /**
     * {@link #whyNoDisplay()} for the given environment and system properties.
     *
     * @param env the environment, by variable name (null when unset)
     * @param properties the system properties, by name (null when unset)
     */
    static String whyNoDisplay(UnaryOperator<String> env, UnaryOperator<String> properties) {
        if ("Monocle".equals(properties.apply("glass.platform"))) {
            return null;
        }
        if ("true".equalsIgnoreCase(properties.apply("java.awt.headless"))) {
            return "java.awt.headless is true";
        }
        if (!drawsOnX11(properties.apply("os.name"))) {
            return null;
        }
        String display = env.apply("DISPLAY");
        return display == null || display.isBlank() ? "DISPLAY is not set" : null;
    }

    /** Whether JavaFX's windows on this operating system need an X11 display (all but Windows and macOS). */
    private static boolean drawsOnX11(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        return !(os.startsWith("windows") || os.startsWith("mac"));
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
