package com.quarterhour.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.conversation.AuthorKind;
import com.quarterhour.conversation.MessageChannel;
import com.quarterhour.conversation.NewAttachment;
import com.quarterhour.conversation.NewMessage;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.shared.DomainException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** The checks of a message and its files, without storage. */
class MessageRulesTest {

    private final MessageRules rules = new MessageRules(new AttachmentProperties(DataSize.ofBytes(100), 2, null,
            null, null));

    @Test
    void aMessageWithOnlyFilesHasNoText() {
        assertThat(rules.body(message(AuthorKind.STAFF, Visibility.INTERNAL, "   ", List.of(file("a.txt"))))).isNull();
        assertThat(rules.body(message(AuthorKind.STAFF, Visibility.INTERNAL, " hello\n", List.of()))).isEqualTo("hello");
    }

    @Test
    void theTextIsRequiredWithoutFilesAndLimited() {
        refused(() -> rules.body(message(AuthorKind.STAFF, Visibility.PUBLIC, null, List.of())), HttpStatus.BAD_REQUEST,
                "body is required");
        assertThat(rules.body(message(AuthorKind.STAFF, Visibility.PUBLIC, "x".repeat(10_000), null))).hasSize(10_000);
        refused(() -> rules.body(message(AuthorKind.STAFF, Visibility.PUBLIC, "x".repeat(10_001), null)),
                HttpStatus.BAD_REQUEST, "at most 10000 characters");
    }

    @Test
    void theTextKeepsLineBreaksButNoOtherControlCharacters() {
        assertThat(rules.body(message(AuthorKind.STAFF, Visibility.PUBLIC, "one\r\n\ttwo", null))).isEqualTo("one\r\n\ttwo");
        refused(() -> rules.body(message(AuthorKind.STAFF, Visibility.PUBLIC, "nul\u0000here", null)),
                HttpStatus.BAD_REQUEST, "control characters");
    }

    @Test
    void aCustomerMessageIsAlwaysPublic() {
        refused(() -> rules.body(message(AuthorKind.CUSTOMER, Visibility.INTERNAL, "hi", null)), HttpStatus.BAD_REQUEST,
                "always PUBLIC");
    }

    @Test
    void filesAreCheckedAgainstCountSizeAndType() {
        refused(() -> rules.attachments(List.of(file("a.txt"), file("b.txt"), file("c.txt"))), HttpStatus.BAD_REQUEST,
                "at most 2 files");
        refused(() -> rules.attachments(List.of(new NewAttachment("big.txt", "text/plain", new byte[101]))),
                HttpStatus.PAYLOAD_TOO_LARGE, "larger than");
        assertThat(rules.attachments(List.of(new NewAttachment("full.txt", "text/plain", new byte[100])))).hasSize(1);
        refused(() -> rules.attachments(List.of(new NewAttachment("empty.txt", "text/plain", new byte[0]))),
                HttpStatus.BAD_REQUEST, "is empty");
        refused(() -> rules.attachments(List.of(new NewAttachment("run.exe", "application/octet-stream", new byte[1]))),
                HttpStatus.BAD_REQUEST, "not accepted");
        refused(() -> rules.attachments(List.of(new NewAttachment("page.pdf", "text/html", new byte[1]))),
                HttpStatus.BAD_REQUEST, "does not match its extension");
        assertThat(rules.attachments(List.of(new NewAttachment("Photo.JPG", "IMAGE/JPEG", new byte[1]))))
                .singleElement().satisfies(f -> assertThat(f.contentType()).isEqualTo("image/jpeg"));
    }

    @Test
    void aFileKeepsOnlyThePlainLastPartOfItsName() {
        assertThat(MessageRules.plainName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(MessageRules.plainName("C:\\temp\\re\u0000port.pdf")).isEqualTo("report.pdf");
        refused(() -> MessageRules.plainName("dir/"), HttpStatus.BAD_REQUEST, "needs a name");
        refused(() -> MessageRules.plainName(".."), HttpStatus.BAD_REQUEST, "needs a name");
    }

    @Test
    void anAdministratorsTypesReplaceTheDefaults() {
        MessageRules onlyPdf = new MessageRules(new AttachmentProperties(null, null,
                Map.of("PDF", List.of("Application/PDF")), null, null));
        assertThat(onlyPdf.attachments(List.of(new NewAttachment("a.pdf", "application/pdf", new byte[1])))).hasSize(1);
        refused(() -> onlyPdf.attachments(List.of(file("a.txt"))), HttpStatus.BAD_REQUEST, "allowed are pdf");
    }

    private static NewMessage message(AuthorKind kind, Visibility visibility, String body, List<NewAttachment> files) {
        return new NewMessage(kind, "someone", null, visibility, MessageChannel.API, body,
                files == null ? Collections.emptyList() : files);
    }

    private static NewAttachment file(String name) {
        return new NewAttachment(name, "text/plain", new byte[] {'x'});
    }

    private static void refused(Runnable check, HttpStatus status, String detail) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).contains(detail);
        });
    }
}
