package com.quarterhour.conversation;

/** Which side wrote a message. */
public enum AuthorKind {
    CUSTOMER, STAFF
}
