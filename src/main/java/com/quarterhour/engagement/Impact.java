package com.quarterhour.engagement;

/** The customer's description of the impact, in seed 004's wording. */
public enum Impact {
    FULLY_USABLE, PARTIALLY_IMPAIRED, SEVERELY_IMPAIRED, UNUSABLE
}
