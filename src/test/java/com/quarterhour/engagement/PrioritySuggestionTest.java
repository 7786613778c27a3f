package com.quarterhour.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;
import org.operaton.bpm.engine.variable.Variables;

/** Every rule of processes/priority-suggestion.dmn (seed 004's priority descriptions), without an engine or Spring. */
class PrioritySuggestionTest {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = new FileInputStream("processes/priority-suggestion.dmn")) {
            decision = dmn.parseDecision("priority-suggestion", table);
        }
    }

    @ParameterizedTest(name = "{0}, {1}, offHours={2}, travel={3} -> {4}")
    @CsvSource({
            // rule 1: service unusable, at any hour
            "UNUSABLE,           REPORT,       false, false, P1",
            "UNUSABLE,           APPOINTMENT,  false, true,  P1",
            "UNUSABLE,           REPORT,       true,  false, P1",
            // rule 2: an appointment booked outside working time asks for off-hours work
            "FULLY_USABLE,       APPOINTMENT,  true,  false, P1",
            "PARTIALLY_IMPAIRED, APPOINTMENT,  true,  true,  P1",
            // rule 3: severely impaired outside working time cannot wait for the next opening
            "SEVERELY_IMPAIRED,  REPORT,       true,  false, P1",
            "SEVERELY_IMPAIRED,  PHONE_DIRECT, true,  false, P1",
            // rule 4: travel time is high
            "FULLY_USABLE,       APPOINTMENT,  false, true,  P2",
            "FULLY_USABLE,       REPORT,       true,  true,  P2",
            // rule 5: severely impaired
            "SEVERELY_IMPAIRED,  REPORT,       false, false, P2",
            "SEVERELY_IMPAIRED,  PHONE_DIRECT, false, false, P2",
            // rule 6: straight to a manager by phone is at least medium, also outside working time
            "FULLY_USABLE,       PHONE_DIRECT, false, false, P3",
            "FULLY_USABLE,       PHONE_DIRECT, true,  false, P3",
            // rule 7: partially impaired, whenever it was reported
            "PARTIALLY_IMPAIRED, REPORT,       false, false, P3",
            "PARTIALLY_IMPAIRED, REPORT,       true,  false, P3",
            "PARTIALLY_IMPAIRED, APPOINTMENT,  false, false, P3",
            // rule 8: fully usable, ticket item or scheduled appointment; a report arriving at night waits for the morning
            "FULLY_USABLE,       REPORT,       false, false, P4",
            "FULLY_USABLE,       APPOINTMENT,  false, false, P4",
            "FULLY_USABLE,       REPORT,       true,  false, P4",
            // a request by e-mail is suggested like a report
            "SEVERELY_IMPAIRED,  EMAIL,        true,  false, P1",
            "PARTIALLY_IMPAIRED, EMAIL,        false, false, P3",
            "FULLY_USABLE,       EMAIL,        false, false, P4",
    })
    void suggestsPriority(String impact, String channel, boolean offHours, boolean travel, String expected) {
        String priority = dmn.evaluateDecisionTable(decision, Variables.createVariables()
                        .putValue("impact", impact).putValue("channel", channel)
                        .putValue("offHours", offHours).putValue("travel", travel))
                .getSingleResult().getSingleEntry();
        assertThat(priority).isEqualTo(expected);
    }
}
