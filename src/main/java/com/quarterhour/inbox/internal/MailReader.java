package com.quarterhour.inbox.internal;

import com.quarterhour.conversation.NewAttachment;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the inbox needs from a MIME message: sender, subject, references, new text and attachments. */
final class MailReader {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    /** Senders that are mail systems, never people. */
    private static final Set<String> SYSTEM_SENDERS = Set.of("mailer-daemon", "postmaster");
    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");

    private MailReader() {
    }

    static InboundMail read(MimeMessage message, Instant receivedAt) throws MessagingException, IOException {
        String from = sender(message);
        Parts parts = new Parts();
        parts.collect(message);
        String text = parts.plain != null ? parts.plain : parts.html != null ? MailText.fromHtml(parts.html) : "";
        String subject = message.getSubject();
        String messageId = message.getMessageID() != null ? message.getMessageID().strip()
                : fallbackId(from, message.getSentDate() == null ? "" : message.getSentDate().toString(), subject, text);
        List<String> referenced = new ArrayList<>();
        referenced.addAll(ids(message.getHeader("In-Reply-To", " ")));
        referenced.addAll(ids(message.getHeader("References", " ")));
        return new InboundMail(messageId, from, subject, MailText.withoutQuotes(text), referenced,
                automatic(message, from), parts.attachments, receivedAt);
    }

    private static String sender(MimeMessage message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address) || address.getAddress() == null) {
            return "";
        }
        return address.getAddress().strip().toLowerCase(Locale.ROOT);
    }

    /** Auto-replies (RFC 3834), bounces (delivery reports) and bulk mail: nobody wrote them to us. */
    private static boolean automatic(MimeMessage message, String from) throws MessagingException {
        String autoSubmitted = message.getHeader("Auto-Submitted", ",");
        if (autoSubmitted != null && !"no".equalsIgnoreCase(autoSubmitted.strip())) {
            return true;
        }
        String precedence = message.getHeader("Precedence", ",");
        if (precedence != null && BULK_PRECEDENCE.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null) {
            return true;
        }
        String localPart = from.contains("@") ? from.substring(0, from.indexOf('@')) : from;
        return from.isEmpty() || SYSTEM_SENDERS.contains(localPart) || message.isMimeType("multipart/report");
    }

    private static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find()) {
                ids.add(matcher.group());
            }
        }
        return ids;
    }

    /** A mail without a Message-ID (rare, but allowed) is known by what it says and who sent it when. */
    private static String fallbackId(String from, String sent, String subject, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\n", from, sent,
                    subject == null ? "" : subject, text).getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest) + "@quarterhour.no-message-id>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The first plain and HTML text parts that are not attachments, and every attachment. */
    private static final class Parts {
        private String plain;
        private String html;
        private final List<NewAttachment> attachments = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            } else if (isAttachment(part)) {
                attachments.add(new NewAttachment(fileName(part), new ContentType(part.getContentType()).getBaseType()
                        .toLowerCase(Locale.ROOT), part.getInputStream().readAllBytes()));
            } else if (part.isMimeType("text/plain") && plain == null) {
                plain = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            }
        }

        private static boolean isAttachment(Part part) throws MessagingException {
            return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null
                    || !(part.isMimeType("text/plain") || part.isMimeType("text/html"));
        }

        private static String fileName(Part part) throws MessagingException {
            String name = part.getFileName();
            if (name == null) {
                return "attachment";
            }
            try {
                return MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException unknownCharset) {
                return name;
            }
        }
    }
}
