package com.quarterhour.inbox.internal;

/** The column sizes of V28's tables, and cutting a text to one. */
final class Limits {

    static final int MESSAGE_ID = 500;
    static final int ADDRESS = 320;
    static final int SUBJECT = 1000;
    static final int TEXT = 20000;
    static final int REASON = 500;

    private Limits() {
    }

    static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "\u2026";
    }
}
