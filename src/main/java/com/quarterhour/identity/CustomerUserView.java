package com.quarterhour.identity;

/** A customer user as the API shows it (never the password or its hash). */
public record CustomerUserView(String username, long customerId, String email) {
}
