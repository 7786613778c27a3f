package com.quarterhour.shared;

import java.util.List;
import java.util.function.Supplier;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls of the REST API as its caller, with the caller's groups, exactly as Tasklist runs them: the
 * engine checks the caller's task permissions and the service tasks read who acts from the authentication
 * ({@link ProcessActor}). The authentication before is restored afterwards.
 */
public final class EngineUser {

    private EngineUser() {
    }

    public static <T> T call(IdentityService identity, String userId, Supplier<T> work) {
        List<String> groups = EngineSystem.call(identity, () -> identity.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList());
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(userId, groups);
        try {
            return work.get();
        } finally {
            if (before != null) {
                identity.setAuthentication(before);
            } else {
                identity.clearAuthentication();
            }
        }
    }

    public static void run(IdentityService identity, String userId, Runnable work) {
        call(identity, userId, () -> {
            work.run();
            return null;
        });
    }
}
