package com.quarterhour.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Attachments over HTTP, the same for the API and the portal: uploads in, downloads out. */
public final class AttachmentTransfers {

    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]*");

    private AttachmentTransfers() {
    }

    /**
     * An attachment as a download: never shown inline, never sniffed into another type, under the sender's name
     * (quoted and, where not ASCII, encoded by RFC 6266).
     */
    public static ResponseEntity<byte[]> download(AttachmentContent file) {
        String name = file.attachment().fileName();
        ContentDisposition.Builder disposition = ContentDisposition.attachment();
        // a plain ASCII name as it is (quotes escaped); any other also encoded, for the clients that read filename*
        disposition = PRINTABLE_ASCII.matcher(name).matches() ? disposition.filename(name)
                : disposition.filename(name, StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** The files of a form: a file field left empty arrives as a part without a name or bytes, and is no file. */
    public static List<NewAttachment> uploaded(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(file -> !file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()))
                .map(AttachmentTransfers::attachment)
                .toList();
    }

    private static NewAttachment attachment(MultipartFile file) {
        try {
            return new NewAttachment(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
