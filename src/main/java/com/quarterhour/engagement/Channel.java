package com.quarterhour.engagement;

/** How a request reached us. */
public enum Channel {
    REPORT, APPOINTMENT, PHONE_DIRECT, EMAIL
}
