package com.quarterhour.billing.internal;

import com.quarterhour.billing.ServiceCredits;
import com.quarterhour.sla.ServiceCreditPromised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Proposes a breach's service credit once the breach is committed, from the event publication log: if proposing fails
 * (the database was away, a parallel delivery won), the publication stays incomplete and is delivered again, and the
 * proposal is made at most once.
 */
@Component
class ServiceCreditListener {

    private final ServiceCredits credits;

    ServiceCreditListener(ServiceCredits credits) {
        this.credits = credits;
    }

    @ApplicationModuleListener
    void on(ServiceCreditPromised promised) {
        credits.propose(promised);
    }
}
