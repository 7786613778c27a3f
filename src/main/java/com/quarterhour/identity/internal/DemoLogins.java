package com.quarterhour.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether this installation is the demo (demo data on): only then may logins with known passwords exist (demo/demo,
 * coordinator/coordinator). The same switch as the demo data's own, read here because identity does not know the
 * demo module.
 */
@ConfigurationProperties("quarterhour.demo-data")
record DemoLogins(boolean enabled) {
}
