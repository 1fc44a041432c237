package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.AbstractPreferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window opens on its screen, whole, at its remembered place when that is still on a screen. */
class WindowPlacementTest {
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1280, 720);
    private static final Rectangle2D LAPTOP_4K = new Rectangle2D(0, 0, 3840, 2160);

    @Test
    void aNewWindowFitsA720pProjectorWhole() {
        WindowPlacement p = WindowPlacement.choose(Optional.empty(), List.of(PROJECTOR), PROJECTOR);
        assertThat(PROJECTOR.contains(p.bounds())).as("%s inside the screen", p).isTrue();
        assertThat(p.width()).isGreaterThanOrEqualTo(WindowPlacement.MIN_WIDTH);
        assertThat(p.height()).isGreaterThanOrEqualTo(WindowPlacement.MIN_HEIGHT);
    }

    @Test
    void aNewWindowOnALargeScreenIsCenteredAtItsPreferredSize() {
        Rectangle2D right = new Rectangle2D(1920, 0, 3840, 2160);
        WindowPlacement p = WindowPlacement.choose(Optional.empty(), List.of(LAPTOP_4K, right), right);
        assertThat(p).isEqualTo(new WindowPlacement(1920 + (3840 - 1500) / 2.0, (2160 - 940) / 2.0, 1500, 940));
    }

    @Test
    void theRememberedPlaceIsRestoredWhenOnAScreenAndDroppedWhenNot() {
        WindowPlacement kept = new WindowPlacement(100, 80, 1600, 1000);
        assertThat(WindowPlacement.choose(Optional.of(kept), List.of(LAPTOP_4K), LAPTOP_4K)).isEqualTo(kept);
        // the second monitor it was on has gone: fitted to the primary screen instead
        WindowPlacement gone = new WindowPlacement(4000, 80, 1600, 1000);
        assertThat(WindowPlacement.choose(Optional.of(gone), List.of(PROJECTOR), PROJECTOR))
                .isEqualTo(WindowPlacement.fitted(PROJECTOR));
        // mostly on screen but hanging over its edge: moved and shrunk onto it
        WindowPlacement over = new WindowPlacement(200, 100, 1200, 700);
        WindowPlacement moved = WindowPlacement.choose(Optional.of(over), List.of(PROJECTOR), PROJECTOR);
        assertThat(PROJECTOR.contains(moved.bounds())).as("%s", moved).isTrue();
        assertThat(moved.width()).isEqualTo(1200);
    }

    @Test
    void thePreferencesStoreRoundTripsAPlacement() {
        WindowStore store = new WindowStore.PreferencesStore(new MemoryPreferences());
        assertThat(store.load()).isEmpty();
        WindowPlacement p = new WindowPlacement(-1920.5, 12, 1400, 820.25);
        store.save(p);
        assertThat(store.load()).contains(p);
    }

    /** Preferences kept in memory: a test never reads or writes the user's own. */
    private static final class MemoryPreferences extends AbstractPreferences {
        private final Map<String, String> values = new HashMap<>();

        MemoryPreferences() {
            super(null, "");
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException(name);
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
        }
    }
}
