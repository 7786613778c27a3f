package com.quarterhour.customer.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** A person at a customer; see V27__customer_contacts.sql for why a removed one keeps its row. */
@Entity
@Table(name = "customer_contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private String name;
    private String email;
    private String emailKey;
    private String portalUser;
    private boolean copiedOnAll;
    private Instant removedAt;
    private Instant createdAt;

    protected Contact() {
    }

    public Contact(long customerId, Instant createdAt) {
        this.customerId = customerId;
        this.createdAt = createdAt;
    }

    public void describe(String name, String email, String portalUser, boolean copiedOnAll) {
        this.name = name;
        this.email = email;
        this.emailKey = key(email);
        this.portalUser = portalUser;
        this.copiedOnAll = copiedOnAll;
    }

    /** Requests it reported keep naming it; mail and logins no longer reach it, and its address is free again. */
    public void remove(Instant at) {
        describe(name, null, null, false);
        this.removedAt = at;
    }

    public static String key(String email) {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPortalUser() {
        return portalUser;
    }

    public boolean isCopiedOnAll() {
        return copiedOnAll;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }
}
