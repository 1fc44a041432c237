package org.sgdvalley.ui;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Remembers the main window's placement between launches. */
public interface WindowStore {
    /** The placement saved last, if any. */
    Optional<WindowPlacement> load();

    /** Saves {@code placement} for the next launch. */
    void save(WindowPlacement placement);

    /** A store that remembers nothing: for screenshots, recordings and tests. */
    WindowStore NONE = new WindowStore() {
        @Override
        public Optional<WindowPlacement> load() {
            return Optional.empty();
        }

        @Override
        public void save(WindowPlacement placement) {
            // nothing kept
        }
    };

    /** The user's preferences (java.util.prefs), under this app's node. */
    static WindowStore userPreferences() {
        return new PreferencesStore(Preferences.userNodeForPackage(WindowStore.class).node("window"));
    }

    /** A store in one preferences node; a node that cannot be read or written remembers nothing. */
    record PreferencesStore(Preferences node) implements WindowStore {
        private static final String[] KEYS = {"x", "y", "width", "height"};

        @Override
        public Optional<WindowPlacement> load() {
            double[] v = new double[KEYS.length];
            for (int i = 0; i < KEYS.length; i++) {
                v[i] = node.getDouble(KEYS[i], Double.NaN);
                if (!Double.isFinite(v[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(new WindowPlacement(v[0], v[1], v[2], v[3]));
        }

        @Override
        public void save(WindowPlacement p) {
            node.putDouble("x", p.x());
            node.putDouble("y", p.y());
            node.putDouble("width", p.width());
            node.putDouble("height", p.height());
            try {
                node.flush();
            } catch (BackingStoreException | IllegalStateException unwritable) {
                // the window opens fitted to the screen next time: nothing the user must act on
            }
        }
    }
}
