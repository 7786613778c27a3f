package com.quarterhour.conversation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file of a message: its bytes in {@code content} (database storage) or in the configured directory under
 * {@code storedAs} (directory storage). Lists read its metadata by query, so the bytes load only for a download.
 */
@Entity
@Table(name = "message_attachment")
class MessageAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long messageId;
    private String fileName;
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    private byte[] content;
    private String storedAs;

    protected MessageAttachment() {
    }

    MessageAttachment(long messageId, String fileName, String contentType, long size) {
        this.messageId = messageId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
    }

    Long getId() {
        return id;
    }

    Long getMessageId() {
        return messageId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    long getSize() {
        return size;
    }

    byte[] getContent() {
        return content;
    }

    String getStoredAs() {
        return storedAs;
    }

    void keepContent(byte[] content) {
        this.content = content;
    }

    void storedAs(String storedAs) {
        this.storedAs = storedAs;
    }
}
