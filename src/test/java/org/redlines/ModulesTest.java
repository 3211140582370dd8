package org.redlines;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Every top-level package under {@code org.redlines} is a module (docs/ARCHITECTURE.md): Spring Modulith checks
 * that modules form no cycle, reach each other only through their API packages and named interfaces, and
 * depend only on the modules they declare.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_keep_their_boundaries() {
        MODULES.verify();
    }
}
