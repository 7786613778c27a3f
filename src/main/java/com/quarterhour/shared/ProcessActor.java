package com.quarterhour.shared;

import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.impl.identity.Authentication;

/**
 * Who acts in a service task: the engine's authenticated user (Tasklist's, or the one the REST API sets with
 * {@link EngineUser}); a timer or job is the system. Never a process variable: whoever may complete a task may
 * write any of those.
 */
public final class ProcessActor {

    public static final String SYSTEM = "system";

    private ProcessActor() {
    }

    public static String of(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : SYSTEM;
    }
}
