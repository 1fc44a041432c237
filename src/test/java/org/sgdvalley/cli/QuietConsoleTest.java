package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The console shows what the user asked for: no library INFO lines, no terminal colour codes. */
class QuietConsoleTest {

    @AfterEach
    void forget() {
        System.clearProperty("picocli.ansi");
    }

    @Test
    void librariesLogWarningsOnly() {
        // ND4J logs a dozen INFO lines while it loads
        assertThat(org.slf4j.LoggerFactory.getLogger("org.nd4j.linalg.factory.Nd4jBackend").isInfoEnabled()).isFalse();
        assertThat(org.slf4j.LoggerFactory.getLogger("org.nd4j.linalg.factory.Nd4jBackend").isWarnEnabled()).isTrue();
    }

    @Test
    void helpHasNoEscapeCodesOnATerminal() {
        System.setProperty("picocli.ansi", "true");
        StringWriter out = new StringWriter();
        int code = Cli.execute(new String[] {"run", "--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Usage: sgd-valley run").doesNotContain("\u001b[");
    }
}
