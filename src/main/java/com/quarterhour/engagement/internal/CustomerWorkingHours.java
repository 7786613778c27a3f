package com.quarterhour.engagement.internal;

import com.quarterhour.calendar.BusinessCalendar;
import com.quarterhour.calendar.BusinessCalendars;
import com.quarterhour.customer.CustomerView;
import com.quarterhour.sla.ContractTerms;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Whether an instant is in a customer's working time: its contract calendar when its terms name one, otherwise its
 * office hours. The same calendar its business-hours SLA targets count in, so "outside working time" on a request
 * means outside the hours the customer was promised.
 */
@Component
class CustomerWorkingHours {

    private final ContractTerms terms;
    private final BusinessCalendars calendars;

    CustomerWorkingHours(ContractTerms terms, BusinessCalendars calendars) {
        this.terms = terms;
        this.calendars = calendars;
    }

    boolean isWorkingTime(CustomerView customer, Instant at) {
        Long contractCalendar = terms.get(customer.id()).calendarId();
        BusinessCalendar working = contractCalendar != null ? calendars.calendar(contractCalendar)
                : calendars.officeHours(customer.timeZone(), customer.country());
        return working.isWorkingTime(at);
    }
}
