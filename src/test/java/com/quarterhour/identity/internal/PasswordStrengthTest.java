package com.quarterhour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.identity.PasswordPolicyRule;
import org.operaton.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.operaton.bpm.engine.impl.persistence.entity.UserEntity;

/** Camunda's default password policy, evaluated without an engine, and the sentence a refused password gets. */
class PasswordStrengthTest {

    private static Object check(String username, String email, String password) {
        UserEntity user = new UserEntity(username);
        user.setEmail(email);
        List<PasswordPolicyRule> violated = new DefaultPasswordPolicyImpl().getRules().stream()
                .filter(rule -> !rule.execute(password, user))
                .toList();
        return PasswordStrength.shortcomings(password, violated).orElse(null);
    }

    @Test
    void aPasswordMeetingEveryRulePasses() {
        assertThat(check("alice", "alice@example.com", "Str0ng&Long!pw")).isNull();
    }

    @Test
    void aRefusalNamesEverythingThatIsMissing() {
        assertThat(check("alice", null, "short")).isEqualTo("password is too weak: it needs at least 10 characters, "
                + "an upper-case letter, a digit and a special character such as !#%&*?");
        assertThat(check("alice", null, "alllowercase")).isEqualTo("password is too weak: it needs an upper-case letter, "
                + "a digit and a special character such as !#%&*?");
        assertThat(check("alice", null, "ALLUPPER123!")).isEqualTo("password is too weak: it needs a lower-case letter");
    }

    @Test
    void thePasswordMayNotContainTheUsernameOrEmail() {
        assertThat(check("alice", null, "Alice-2025-Secret")).isEqualTo(
                "password is too weak: it must not contain the username or e-mail address");
        assertThat(check("bob", "bob.smith@example.com", "Xx1!bob.smith@example.com")).asString()
                .contains("must not contain the username or e-mail address");
        assertThat(check("carol", null, "Short1!carol")).isEqualTo(
                "password is too weak: it must not contain the username or e-mail address");
        assertThat(check("dave", null, "dave")).isEqualTo("password is too weak: it needs at least 10 characters, "
                + "an upper-case letter, a digit and a special character such as !#%&*?, and it must not contain the "
                + "username or e-mail address");
    }

    @Test
    void bcryptsLimitOf72BytesIsAnswerableToo() {
        String long73 = "x".repeat(69) + "Aa1!";
        assertThat(check("erin", null, long73)).isEqualTo("password must be at most 72 bytes long");
        assertThat(check("erin", null, long73.substring(1))).isNull();
        // bytes, not characters: 24 three-byte characters are 72 bytes
        assertThat(PasswordStrength.shortcomings("€".repeat(25), List.of())).contains("password must be at most 72 bytes long");
        assertThat(PasswordStrength.shortcomings("€".repeat(24), List.of())).isEmpty();
    }
}
