package com.quarterhour.conversation;

/** A file sent with a message, as received (checked against the configured size and type limits when posted). */
public record NewAttachment(String fileName, String contentType, byte[] content) {
}
