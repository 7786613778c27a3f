package com.quarterhour.sla.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An SLA policy by name; its terms are in its versions, of which the highest is current. */
@Entity
@Table(name = "sla_policy")
public class Policy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private int currentVersion;
    /** Two administrators saving the same policy at once: one of them gets a conflict, not two versions numbered alike. */
    @Version
    private long lockVersion;

    protected Policy() {
    }

    public Policy(String name) {
        this.name = name;
        this.currentVersion = 1;
    }

    /** The next version is about to be written under this name. */
    public int revise(String name) {
        this.name = name;
        return ++currentVersion;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }
}
