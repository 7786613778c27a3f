package com.quarterhour.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.conversation.internal.AttachmentProperties.Storage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Where an attachment's bytes go: into its row, or a file named by a generated id, gone again on rollback. */
class AttachmentStorageTest {

    @TempDir Path directory;

    @Test
    void inTheDatabaseTheBytesStayInTheRow() throws Exception {
        AttachmentStorage storage = new AttachmentStorage(new AttachmentProperties(null, null, null, null, null));
        MessageAttachment attachment = new MessageAttachment(1, "a.txt", "text/plain", 2);
        storage.store(attachment, new byte[] {1, 2});
        assertThat(attachment.getContent()).containsExactly(1, 2);
        assertThat(attachment.getStoredAs()).isNull();
        assertThat(storage.read(attachment)).containsExactly(1, 2);
    }

    @Test
    void inADirectoryTheFileIsNamedByAGeneratedIdNeverByTheSender() throws Exception {
        Path files = directory.resolve("attachments");
        AttachmentStorage storage = new AttachmentStorage(new AttachmentProperties(null, null, null, Storage.DIRECTORY,
                files));
        MessageAttachment attachment = new MessageAttachment(1, "../../escape.txt", "text/plain", 3);
        storage.store(attachment, new byte[] {7, 8, 9});

        assertThat(attachment.getContent()).isNull();
        try (var listed = Files.list(files)) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactly(attachment.getStoredAs());
        }
        assertThat(attachment.getStoredAs()).matches("[0-9a-f-]{36}");
        assertThat(storage.read(attachment)).containsExactly(7, 8, 9);
        assertThat(directory).isDirectoryNotContaining("glob:**/escape.txt");
    }

    @Test
    void aFileOfATransactionThatRollsBackIsDeleted() throws Exception {
        AttachmentStorage storage = new AttachmentStorage(new AttachmentProperties(null, null, null, Storage.DIRECTORY,
                directory));
        TransactionSynchronizationManager.initSynchronization();
        try {
            storage.store(new MessageAttachment(1, "a.txt", "text/plain", 1), new byte[] {1});
            assertThat(directory).isNotEmptyDirectory();
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(directory).isEmptyDirectory();
    }
}
