package com.quarterhour.shared;

import java.util.function.Supplier;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as the system rather than as the user whose Tasklist action triggered them. A rule such
 * as "re-time the SLA timers" must not depend on what the coordinator who completed Triage may browse.
 */
public final class EngineSystem {

    private EngineSystem() {
    }

    public static <T> T call(IdentityService identity, Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    public static void run(IdentityService identity, Runnable work) {
        call(identity, () -> {
            work.run();
            return null;
        });
    }
}
