package com.quarterhour.conversation.internal;

import com.quarterhour.conversation.internal.AttachmentProperties.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps an attachment's bytes where {@code storage} says. In a directory the file is named by a generated id (the
 * sender's name never reaches the file system) and is deleted again when the transaction that stored it rolls back,
 * so a refused message leaves no file behind.
 */
@Component
class AttachmentStorage {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStorage.class);

    private final AttachmentProperties properties;

    AttachmentStorage(AttachmentProperties properties) throws IOException {
        this.properties = properties;
        if (properties.storage() == Storage.DIRECTORY) {
            Files.createDirectories(properties.directory());
        }
    }

    void store(MessageAttachment attachment, byte[] content) {
        if (properties.storage() == Storage.DATABASE) {
            attachment.keepContent(content);
            return;
        }
        String id = UUID.randomUUID().toString();
        Path file = file(id);
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an attachment in " + properties.directory(), e);
        }
        deleteOnRollback(file);
        attachment.storedAs(id);
    }

    byte[] read(MessageAttachment attachment) {
        if (attachment.getContent() != null) {
            return attachment.getContent();
        }
        try {
            return Files.readAllBytes(file(attachment.getStoredAs()));
        } catch (IOException e) {
            throw new UncheckedIOException("Attachment " + attachment.getId() + " is missing from "
                    + properties.directory(), e);
        }
    }

    /** Always a file directly in the directory: ids are UUIDs we generated, checked again before use. */
    private Path file(String id) {
        UUID.fromString(id);
        return properties.directory().resolve(id);
    }

    private static void deleteOnRollback(Path file) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        log.warn("Could not delete {}, the file of a message that was not stored", file, e);
                    }
                }
            }
        });
    }
}
