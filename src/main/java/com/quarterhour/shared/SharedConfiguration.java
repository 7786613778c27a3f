package com.quarterhour.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.operaton.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.operaton.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

    @Bean
    Clock clock() {
        return new EngineClock();
    }

    /** Cron timer cycles (month-end-billing's 01:00 on the 1st) run in the company's time zone, not the server's. */
    @Bean
    ProcessEnginePlugin companyZoneCycles(@Value("${quarterhour.company-time-zone}") ZoneId companyZone) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void postInit(ProcessEngineConfigurationImpl configuration) {
                ((MapBusinessCalendarManager) configuration.getBusinessCalendarManager())
                        .addBusinessCalendar(CycleBusinessCalendar.NAME, new CompanyZoneCycleCalendar(companyZone));
            }
        };
    }
}
