package com.quarterhour.conversation.internal;

import com.quarterhour.conversation.AuthorKind;
import com.quarterhour.conversation.NewAttachment;
import com.quarterhour.conversation.NewMessage;
import com.quarterhour.conversation.Visibility;
import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The checks of a message before anything is stored: its text, its author, and its files against the limits. */
final class MessageRules {

    static final int MAX_BODY = 10_000;
    static final int MAX_AUTHOR = 254;
    static final int MAX_FILE_NAME = 255;

    private final AttachmentProperties limits;

    MessageRules(AttachmentProperties limits) {
        this.limits = limits;
    }

    /** A file as it will be stored: its name reduced to a plain name, its declared type without parameters. */
    record CheckedAttachment(String fileName, String contentType, byte[] content) {
    }

    /** The message's text as stored (null when it has none), or a DomainException saying what is wrong. */
    String body(NewMessage message) {
        if (message.authorKind() == null || message.visibility() == null || message.channel() == null) {
            throw DomainException.invalid("A message needs its author kind, visibility and channel");
        }
        if (message.author() == null || message.author().isBlank() || message.author().length() > MAX_AUTHOR) {
            throw DomainException.invalid("A message needs its author (up to " + MAX_AUTHOR + " characters)");
        }
        if (message.authorKind() == AuthorKind.CUSTOMER && message.visibility() != Visibility.PUBLIC) {
            throw DomainException.invalid("A customer's message is always PUBLIC");
        }
        String body = message.body() == null || message.body().isBlank() ? null : message.body().strip();
        boolean withFiles = message.attachments() != null && !message.attachments().isEmpty();
        if (body == null && !withFiles) {
            throw DomainException.invalid("body is required: write a message or attach a file");
        }
        if (body != null && body.length() > MAX_BODY) {
            throw DomainException.invalid("body must be at most " + MAX_BODY + " characters, was " + body.length());
        }
        if (body != null && Text.firstControlCharacter(body) >= 0) {
            throw DomainException.invalid("body must not contain control characters other than tab and line breaks");
        }
        return body;
    }

    List<CheckedAttachment> attachments(List<NewAttachment> attachments) {
        if (attachments == null || attachments.isEmpty()) {
            return List.of();
        }
        if (attachments.size() > limits.maxFiles()) {
            throw DomainException.invalid("A message may carry at most " + limits.maxFiles() + " files, this one has "
                    + attachments.size());
        }
        List<CheckedAttachment> checked = new ArrayList<>();
        for (NewAttachment attachment : attachments) {
            checked.add(check(attachment));
        }
        return checked;
    }

    private CheckedAttachment check(NewAttachment attachment) {
        String name = plainName(attachment.fileName());
        byte[] content = attachment.content() == null ? new byte[0] : attachment.content();
        if (content.length == 0) {
            throw DomainException.invalid("The file '" + name + "' is empty");
        }
        if (content.length > limits.maxFileSize().toBytes()) {
            throw DomainException.tooLarge("The file '" + name + "' is larger than " + limits.maxFileSize().toMegabytes()
                    + " MB, the limit per file");
        }
        List<String> types = limits.allowedTypes().get(extension(name));
        if (types == null) {
            throw DomainException.invalid("Files like '" + name + "' are not accepted; allowed are "
                    + String.join(", ", limits.allowedTypes().keySet()));
        }
        String type = contentType(attachment.contentType());
        if (!types.contains(type)) {
            throw DomainException.invalid("The file '" + name + "' is declared as '" + type + "', which does not match"
                    + " its extension; expected " + String.join(" or ", types));
        }
        return new CheckedAttachment(name, type, content);
    }

    /** The last part of a path a sender gave, without control characters: shown and offered as the download's name. */
    static String plainName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cc}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw DomainException.invalid("Every file needs a name");
        }
        if (name.length() > MAX_FILE_NAME) {
            throw DomainException.invalid("A file name may have at most " + MAX_FILE_NAME + " characters");
        }
        return name;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String contentType(String declared) {
        if (declared == null || declared.isBlank()) {
            return "application/octet-stream";
        }
        int parameters = declared.indexOf(';');
        return (parameters < 0 ? declared : declared.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }
}
