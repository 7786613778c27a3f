package com.quarterhour.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * quarterhour.login-cache: how long a successful login is remembered, so an integration's repeated HTTP Basic calls
 * skip the password check, and how many logins are remembered at most. A password change, a deleted user or a changed
 * group made on another node takes effect here within {@code ttl}; 0 remembers nothing.
 */
@ConfigurationProperties("quarterhour.login-cache")
record LoginCacheProperties(@DefaultValue("60s") Duration ttl, @DefaultValue("10000") long maximumSize) {
}
