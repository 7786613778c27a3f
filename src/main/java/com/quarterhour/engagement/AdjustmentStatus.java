package com.quarterhour.engagement;

public enum AdjustmentStatus {
    PENDING, APPROVED, REJECTED
}
