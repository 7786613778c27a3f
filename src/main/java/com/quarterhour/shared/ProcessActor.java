package com.quarterhour.shared;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who acts in a service task: the REST API names its caller in the transient variable {@value #VARIABLE}; in
 * Tasklist it is the engine's authenticated user; a timer or job is the system.
 */
public final class ProcessActor {

    public static final String VARIABLE = "actor";

    private ProcessActor() {
    }

    public static String of(VariableScope scope, IdentityService identity) {
        Object actor = scope.getVariable(VARIABLE);
        if (actor != null) {
            return actor.toString();
        }
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : "system";
    }
}
