package com.quarterhour.sla;

import com.quarterhour.shared.DomainException;
import com.quarterhour.shared.Minutes;
import java.util.Arrays;

/** Which working time a target counts in. The API spells them "BUSINESS" and "24/7". */
public enum CalendarKind {
    /** The request's business calendar: the customer's contract calendar, or its office hours. */
    BUSINESS_HOURS("BUSINESS"),
    /** 24/7: every minute counts, holidays included. */
    AROUND_THE_CLOCK("24/7");

    private final String apiName;

    CalendarKind(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** A target of {@code minutes} in this calendar in words: "4 business hours", "30 minutes, around the clock". */
    public String words(int minutes) {
        if (this == AROUND_THE_CLOCK) {
            return Minutes.words(minutes) + ", around the clock";
        }
        return minutes % 60 == 0
                ? Minutes.words(minutes).replace("hour", "business hour")
                : Minutes.words(minutes) + " of business hours";
    }

    /** The calendar named as the API spells it; a 400 in plain words for anything else. */
    public static CalendarKind fromApi(String name) {
        return Arrays.stream(values()).filter(kind -> kind.apiName.equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst()
                .orElseThrow(() -> DomainException.invalid("calendar must be \"BUSINESS\" (the business calendar) or "
                        + "\"24/7\" (around the clock)" + (name == null ? "" : ", not '" + name + "'")));
    }
}
