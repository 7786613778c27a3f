package com.quarterhour.shared;

/**
 * A manager's decision in an approval form (bug credit, waiver, invoice review): the one check of the value every
 * "record decision" service task reads.
 */
public enum Verdict {
    APPROVE, REJECT;

    /** The form field's value as a verdict; anything else is the form's error (400). */
    public static Verdict of(Object value, String field) {
        if (value != null) {
            for (Verdict verdict : values()) {
                if (verdict.name().equals(value.toString().strip())) {
                    return verdict;
                }
            }
        }
        throw DomainException.invalid(field + " must be APPROVE or REJECT");
    }

    public static Verdict of(boolean approved) {
        return approved ? APPROVE : REJECT;
    }

    public boolean approved() {
        return this == APPROVE;
    }
}
