package com.quarterhour.identity;

/** A staff user as a list shows them: the user id that is stored, and the name that is shown. */
public record StaffMember(String id, String name) {
}
