package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The display check on each operating system, simulated through the environment and system properties. */
class HeadlessTest {

    private static String why(String osName, String display, String... properties) {
        Map<String, String> env = new HashMap<>();
        if (display != null) {
            env.put("DISPLAY", display);
        }
        Map<String, String> props = new HashMap<>();
        props.put("os.name", osName);
        for (int i = 0; i < properties.length; i += 2) {
            props.put(properties[i], properties[i + 1]);
        }
        return Headless.whyNoDisplay(env::get, props::get);
    }

    @Test
    void windowsAndMacOsHaveADisplayWithoutTheX11Variable() {
        assertThat(why("Windows 11", null)).isNull();
        assertThat(why("Windows Server 2022", null)).isNull();
        assertThat(why("Mac OS X", null)).isNull();
    }

    @Test
    void linuxAndTheBsdsNeedAnX11Display() {
        for (String os : new String[] {"Linux", "FreeBSD", "OpenBSD", "SunOS"}) {
            assertThat(why(os, null)).as(os).isEqualTo("DISPLAY is not set");
            assertThat(why(os, " ")).as(os).isEqualTo("DISPLAY is not set");
            assertThat(why(os, ":0")).as(os).isNull();
        }
    }

    @Test
    void aHeadlessJvmHasNoDisplayOnAnySystem() {
        for (String os : new String[] {"Windows 10", "Mac OS X", "Linux"}) {
            assertThat(why(os, ":0", "java.awt.headless", "true")).as(os).isEqualTo("java.awt.headless is true");
        }
    }

    @Test
    void monocleIsADisplayEverywhere() {
        for (String os : new String[] {"Windows 10", "Mac OS X", "Linux"}) {
            assertThat(why(os, null, "glass.platform", "Monocle", "java.awt.headless", "true")).as(os).isNull();
        }
    }
}
