package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EdgeCommandTest extends InProcessCli {
    @Test
    void printsTheEdgeAndItsBracketForARunOfAPreset() {
        assertThat(run("edge", "diag-valley-2d", "--run", "SGD eta=0.9")).isZero();
        String text = out.toString();
        assertThat(err.toString()).isEmpty();
        Matcher m = Pattern.compile("bracket: \\[([0-9.]+), ([0-9.]+)\\]").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        double lower = Double.parseDouble(m.group(1));
        double upper = Double.parseDouble(m.group(2));
        // the preset notes that SGD at 0.9 bounces, 1.0 is at the edge and 1.1 diverges on this data draw
        assertThat(lower).isBetween(0.9, 1.1);
        assertThat(upper).isGreaterThan(lower).isLessThanOrEqualTo(lower * 1.02);
        assertThat(text).contains("edge of stability: eta = ").contains("x the edge");
    }

    @Test
    void defaultsToTheFirstRun() {
        assertThat(run("edge", "toy-quadratic", "--steps", "500")).isZero();
        assertThat(out.toString()).startsWith("toy-quadratic, run \"eta=0.8\"");
    }

    @Test
    void anUnknownRunLabelIsOneErrorLineListingTheLabels() {
        assertThat(run("edge", "diag-valley-2d", "--run", "SGD")).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("error: --run: no run labelled \"SGD\"")
                .contains("\"gradient flow (GD eta=0.03)\", \"GD eta=3.0\", \"SGD eta=0.9\"");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badPresetAndBadStepsAreOneErrorLineEach() {
        assertThat(run("edge", "no-such-preset")).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1).allMatch(l -> l.startsWith("error: "));
        StringWriter fresh = new StringWriter();
        int code = Cli.execute(new String[] {"edge", "toy-quadratic", "--steps", "0"}, new PrintWriter(out, true),
                new PrintWriter(fresh, true));
        assertThat(code).isEqualTo(2);
        assertThat(fresh.toString()).startsWith("error: --steps: must be an integer in [1, ");
        assertThat(fresh.toString().lines()).hasSize(1);
    }
}
