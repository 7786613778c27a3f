package com.quarterhour.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * quarterhour.demo-data: the demo switch (users with known passwords and demo customers; the embedded default has it
 * on, the postgres profile off) and whether the demo customers get last month's completed work to bill.
 */
@ConfigurationProperties("quarterhour.demo-data")
record DemoDataProperties(boolean enabled, @DefaultValue("true") boolean billingHistory) {
}
