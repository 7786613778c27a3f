package com.quarterhour.customer;

import java.util.OptionalLong;

/**
 * The customer account a portal login belongs to. Logins are the identity feature's, which depends on this one: it
 * implements this, so a contact can be linked to a login without a cycle between the two.
 */
public interface PortalLogins {

    /** The customer of the login (lower-case username), empty when there is no such login. */
    OptionalLong customerOf(String username);
}
