package com.quarterhour.engagement;

import java.time.Instant;

/** A bug credit or waiver a manager approved: month-end billing credits what of its engagement was already invoiced. */
public record ApprovedAdjustment(long id, long engagementId, AdjustmentType type, String reason, Instant decidedAt) {
}
