package com.quarterhour.engagement;

/** Where an engagement stands; RESOLVED means approvals are pending, COMPLETED that it is ready for billing. */
public enum EngagementStatus {
    REPORTED, SCHEDULED, IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED, COMPLETED
}
