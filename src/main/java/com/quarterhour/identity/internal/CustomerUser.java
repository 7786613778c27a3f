package com.quarterhour.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer's own portal and API login; belongs to exactly one customer account. */
@Entity
@Table(name = "customer_user")
public class CustomerUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long customerId;
    private String username;
    private String passwordHash;
    private String email;
    private String createdBy;
    private Instant createdAt;

    protected CustomerUser() {
    }

    public CustomerUser(long customerId, String username, String passwordHash, String email, String createdBy,
            Instant createdAt) {
        this.customerId = customerId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.email = email;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getEmail() {
        return email;
    }

    /** A stronger encoding after login (Spring Security's password upgrade), never a new password. */
    void rehash(String newHash) {
        this.passwordHash = newHash;
    }
}
