package org.sgdvalley.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShortcutHelpTest {

    @Test
    void theReadmeListsEveryShortcutAsTheHelpOverlayDoes() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(ShortcutHelp.markdown());
    }
}
