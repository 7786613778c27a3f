package com.quarterhour.customer;

/**
 * POST and PUT /api/customers/{id}/contacts. {@code email} is required unless the contact has a portal login;
 * {@code portalUser} is the username of a portal login of the same customer; {@code copiedOnAll} (default false)
 * sends the contact the mails of every request of the customer, not only of those they reported.
 */
public record ContactRequest(String name, String email, String portalUser, Boolean copiedOnAll) {
}
