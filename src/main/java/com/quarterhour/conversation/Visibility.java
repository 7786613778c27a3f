package com.quarterhour.conversation;

/** Who may read a message: PUBLIC the customer and staff, INTERNAL staff only. */
public enum Visibility {
    PUBLIC, INTERNAL
}
