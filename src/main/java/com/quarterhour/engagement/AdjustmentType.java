package com.quarterhour.engagement;

/** A correction of the charge that a manager must approve. */
public enum AdjustmentType {
    BUG_CREDIT, WAIVER
}
