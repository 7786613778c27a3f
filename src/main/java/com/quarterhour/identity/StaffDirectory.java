package com.quarterhour.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/** Who works here, from Camunda's identity service (the one user store of staff). */
@Service
public class StaffDirectory {

    private final IdentityService identity;

    StaffDirectory(IdentityService identity) {
        this.identity = identity;
    }

    public boolean isTechnician(String username) {
        return isMember(username, Groups.TECHNICIANS);
    }

    /**
     * Asked as the system: a coordinator working in Tasklist need not be allowed to browse users for the rule
     * "only technicians are assigned" to hold.
     */
    public boolean isMember(String username, String groupId) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return identity.createUserQuery().userId(username).memberOfGroup(groupId).count() > 0;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
