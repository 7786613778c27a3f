package com.quarterhour.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * quarterhour.login-throttle: how many failed logins a user name may have from one client address, and one client
 * address for any user names, within a window, before further logins from there wait for the window's end.
 */
@ConfigurationProperties("quarterhour.login-throttle")
record LoginThrottleProperties(@DefaultValue("5") int failuresPerUser, @DefaultValue("30") int failuresPerClient,
        @DefaultValue("15m") Duration window) {
}
