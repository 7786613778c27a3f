package com.quarterhour.engagement;

import java.util.EnumSet;
import java.util.Set;

/** Where an engagement stands; RESOLVED means approvals are pending, COMPLETED that it is ready for billing. */
public enum EngagementStatus {
    REPORTED, SCHEDULED, IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED, COMPLETED;

    /** Every status but COMPLETED; named rather than "not COMPLETED", so that a query can use the status index. */
    public static final Set<EngagementStatus> OPEN = EnumSet.complementOf(EnumSet.of(COMPLETED));
}
