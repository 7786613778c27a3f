package com.quarterhour.customer;

/**
 * A person at a customer: mails about requests go to contacts. {@code portalUser} is the contact's portal login, if
 * the contact may use the portal; {@code copiedOnAll} contacts are told of every request of their customer, not only
 * of those they reported.
 */
public record ContactView(long id, long customerId, String name, String email, String portalUser, boolean copiedOnAll) {
}
