package com.quarterhour.shared;

import java.util.regex.Pattern;

/** The one rule for an e-mail address that people type in (portal logins, customer contacts). */
public final class EmailAddresses {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int LIMIT = 254;

    private EmailAddresses() {
    }

    /** The address without surrounding blanks, or null when none is given; 400 for one that is not an address. */
    public static String optional(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String email = value.strip();
        if (email.length() > LIMIT || !EMAIL.matcher(email).matches()) {
            throw DomainException.invalid("email must be an e-mail address such as it@example.com");
        }
        return email;
    }
}
