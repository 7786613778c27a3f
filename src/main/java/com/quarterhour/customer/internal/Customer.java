package com.quarterhour.customer.internal;

import com.quarterhour.customer.BillingDetails;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String currency;
    private String timeZone;
    private String country;
    private BigDecimal vatRate;
    private String managerUsername;
    private String assistantUsername;
    private String contactEmail;
    private boolean paymentMethodOnFile;
    private String billingStreet;
    private String billingPostcode;
    private String billingCity;
    private String vatId;
    private String buyerReference;
    private Instant createdAt;

    protected Customer() {
    }

    public Customer(String name, String currency, String timeZone, String country, BigDecimal vatRate, Instant createdAt) {
        this.name = name;
        this.currency = currency;
        this.timeZone = timeZone;
        this.country = country;
        this.vatRate = vatRate;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCurrency() {
        return currency;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getCountry() {
        return country;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public String getManagerUsername() {
        return managerUsername;
    }

    public String getAssistantUsername() {
        return assistantUsername;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public boolean isPaymentMethodOnFile() {
        return paymentMethodOnFile;
    }

    public void assignManager(String managerUsername, String assistantUsername) {
        this.managerUsername = managerUsername;
        this.assistantUsername = assistantUsername;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public BillingDetails getBillingDetails() {
        return new BillingDetails(billingStreet, billingPostcode, billingCity, vatId, buyerReference);
    }

    public void setBillingDetails(BillingDetails details) {
        this.billingStreet = details.street();
        this.billingPostcode = details.postcode();
        this.billingCity = details.city();
        this.vatId = details.vatId();
        this.buyerReference = details.buyerReference();
    }

    public void recordPaymentMethodOnFile() {
        this.paymentMethodOnFile = true;
    }
}
