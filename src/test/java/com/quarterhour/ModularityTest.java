package com.quarterhour;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages talk to each other only through their top-level (public) types, without cycles. */
class ModularityTest {

    @Test
    void moduleBoundariesHold() {
        ApplicationModules.of(QuarterhourApplication.class).verify();
    }
}
