package com.quarterhour.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/** Each test runs at 10:00 on Tuesday 17 November 2026 in London (working time) by the engine's clock. */
public class TuesdayMorning implements BeforeEachCallback, AfterEachCallback {

    public static final Instant NOW = Instant.parse("2026-11-17T10:00:00Z");
    public static final String TODAY = LocalDate.ofInstant(NOW, ZoneId.of("Europe/London")).toString();

    @Override
    public void beforeEach(ExtensionContext context) {
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }
}
