package com.quarterhour.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.util.HashMap;
import java.util.Map;

/** The text and HTML alternatives of a received mail, by content type ("text/plain", "text/html"). */
public final class MailBodies {

    private MailBodies() {
    }

    public static Map<String, String> of(Part part) {
        try {
            Map<String, String> bodies = new HashMap<>();
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    bodies.putAll(of(child));
                }
            } else if (part.isMimeType("text/plain")) {
                bodies.put("text/plain", (String) part.getContent());
            } else if (part.isMimeType("text/html")) {
                bodies.put("text/html", (String) part.getContent());
            }
            return bodies;
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the mail's parts", e);
        }
    }

    public static String text(Part part) {
        return of(part).get("text/plain");
    }

    public static String html(Part part) {
        return of(part).get("text/html");
    }
}
