package com.quarterhour.engagement.internal;

/** What a pass of work left for the process to route on. */
public record WorkOutcome(boolean resolved, boolean waiting, Long bugCreditId, int creditMinutes, Long waiverId) {
}
