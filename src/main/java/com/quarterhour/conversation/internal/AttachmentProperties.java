package com.quarterhour.conversation.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code quarterhour.conversation.attachments}: what files a message may carry and where they are kept.
 * <ul>
 * <li>{@code max-file-size} (default 10MB) per file; {@code max-files} (default 5) per message. The servlet's
 * multipart limits follow from them, so a larger upload is refused before it is read (413).</li>
 * <li>{@code allowed-types}: per file extension, the content types a sender may declare for it (both must match).</li>
 * <li>{@code storage}: {@code database} (the bytes in the attachment's row, the default) or {@code directory} (files
 * in {@code directory}, named by a generated id, never by the sender's file name).</li>
 * </ul>
 */
@ConfigurationProperties("quarterhour.conversation.attachments")
public record AttachmentProperties(DataSize maxFileSize, Integer maxFiles, Map<String, List<String>> allowedTypes,
        Storage storage, Path directory) {

    public enum Storage { DATABASE, DIRECTORY }

    static final DataSize DEFAULT_MAX_FILE_SIZE = DataSize.ofMegabytes(10);
    static final int DEFAULT_MAX_FILES = 5;
    static final Map<String, List<String>> DEFAULT_ALLOWED_TYPES = Map.ofEntries(
            Map.entry("pdf", List.of("application/pdf")),
            Map.entry("png", List.of("image/png")),
            Map.entry("jpg", List.of("image/jpeg")),
            Map.entry("jpeg", List.of("image/jpeg")),
            Map.entry("gif", List.of("image/gif")),
            Map.entry("txt", List.of("text/plain")),
            // log files have no registered type: browsers and mail programs declare them in several ways
            Map.entry("log", List.of("text/plain", "text/x-log", "application/octet-stream")),
            Map.entry("csv", List.of("text/csv", "text/plain", "application/vnd.ms-excel")),
            Map.entry("zip", List.of("application/zip", "application/x-zip-compressed")),
            Map.entry("docx", List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
            Map.entry("xlsx", List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));

    public AttachmentProperties {
        maxFileSize = maxFileSize == null ? DEFAULT_MAX_FILE_SIZE : maxFileSize;
        maxFiles = maxFiles == null ? DEFAULT_MAX_FILES : maxFiles;
        storage = storage == null ? Storage.DATABASE : storage;
        if (maxFileSize.toBytes() < 1 || maxFiles < 1) {
            throw new IllegalArgumentException("quarterhour.conversation.attachments.max-file-size and max-files must be"
                    + " positive");
        }
        if (storage == Storage.DIRECTORY && directory == null) {
            throw new IllegalArgumentException("quarterhour.conversation.attachments.directory is required with storage"
                    + " directory");
        }
        Map<String, List<String>> normalized = new TreeMap<>();
        (allowedTypes == null ? DEFAULT_ALLOWED_TYPES : allowedTypes).forEach((extension, types) ->
                normalized.put(extension.toLowerCase(Locale.ROOT), types.stream()
                        .map(type -> type.strip().toLowerCase(Locale.ROOT)).toList()));
        allowedTypes = Map.copyOf(normalized);
    }

    /** The largest multipart request a message may need: every file at the limit, plus room for its text. */
    DataSize maxRequestSize() {
        return DataSize.ofBytes(maxFileSize.toBytes() * maxFiles + DataSize.ofMegabytes(1).toBytes());
    }
}
