package com.quarterhour.sla;

/**
 * The due or warning times of an engagement's SLA clocks changed (triage, a re-applied policy, the first response,
 * waiting for the customer, the reply, resolution), or a clock stopped. Published synchronously, in the transaction
 * that moved them, so that what shows the times (Tasklist's due dates) moves with them.
 */
public record SlaClocksMoved(long engagementId) {
}
