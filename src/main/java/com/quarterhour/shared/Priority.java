package com.quarterhour.shared;

/** Support priority as the seeds define it: P1 urgent .. P4 low. */
public enum Priority {
    P1("Urgent"), P2("High"), P3("Medium"), P4("Low");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
