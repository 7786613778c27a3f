package com.quarterhour.conversation;

/** Where a message was written. */
public enum MessageChannel {
    PORTAL, EMAIL, TASKLIST, API
}
