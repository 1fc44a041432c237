package org.sgdvalley.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sgdvalley.ui.base.DrawnLayout;
import org.sgdvalley.ui.base.DrawnLayout.DrawnText;

/** What every drawn plot must satisfy: no text shortened, no text over another, legends off the data. */
public final class DrawnLayoutChecks {

    /** The largest share of the drawn data that legends and labels may cover. */
    public static final double MAX_COVER = 0.03;

    private DrawnLayoutChecks() {
    }

    /** Asserts that nothing is shortened, no two texts overlap and legends cover at most {@link #MAX_COVER}. */
    public static void assertReadable(String what, DrawnLayout layout) {
        List<DrawnText> texts = layout.texts();
        assertThat(texts).as(what + ": texts drawn").isNotEmpty();
        for (DrawnText t : texts) {
            assertThat(t.shortened()).as(what + ": shortened '" + t.text() + "'").isFalse();
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                assertThat(texts.get(i).box().intersects(texts.get(j).box()))
                        .as(what + ": '" + texts.get(i).text() + "' " + texts.get(i).box() + " over '"
                                + texts.get(j).text() + "' " + texts.get(j).box())
                        .isFalse();
            }
        }
        assertThat(layout.legendCoverOfData()).as(what + ": share of the data under legends and labels")
                .isLessThanOrEqualTo(MAX_COVER);
    }
}
