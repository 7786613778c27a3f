package com.quarterhour.identity;

/**
 * POST /api/customers/{id}/users: a portal and API login for the customer. The e-mail address is optional; usage
 * alerts go to it.
 */
public record NewCustomerUser(String username, String password, String email) {
}
