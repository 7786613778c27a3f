package com.quarterhour.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.operaton.bpm.engine.identity.PasswordPolicyRule;

/**
 * Turns the rules of the engine's password policy that a password breaks into one sentence a person can act on
 * ("it needs at least 10 characters and a digit"). Plain Java: the policy itself is the engine's
 * DefaultPasswordPolicyImpl.
 */
public final class PasswordStrength {

    /** BCrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused. */
    public static final int MAX_BYTES = 72;

    private PasswordStrength() {
    }

    /** Empty when nothing is violated; otherwise what the password lacks. */
    public static Optional<String> shortcomings(String password, List<PasswordPolicyRule> violated) {
        if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password must be at most " + MAX_BYTES + " bytes long");
        }
        List<String> needs = new ArrayList<>();
        boolean containsUserData = false;
        for (PasswordPolicyRule rule : violated) {
            String placeholder = rule.getPlaceholder();
            switch (placeholder) {
                case "PASSWORD_POLICY_LENGTH" -> needs.add("at least " + parameter(rule, "minLength") + " characters");
                case "PASSWORD_POLICY_LOWERCASE" -> needs.add(count(rule, "minLowerCase", "a lower-case letter", "lower-case letters"));
                case "PASSWORD_POLICY_UPPERCASE" -> needs.add(count(rule, "minUpperCase", "an upper-case letter", "upper-case letters"));
                case "PASSWORD_POLICY_DIGIT" -> needs.add(count(rule, "minDigit", "a digit", "digits"));
                case "PASSWORD_POLICY_SPECIAL" -> needs.add(count(rule, "minSpecial", "a special character such as !#%&*?",
                        "special characters such as !#%&*?"));
                case "PASSWORD_POLICY_USER_DATA" -> containsUserData = true;
                default -> needs.add("to meet the rule " + placeholder);
            }
        }
        if (needs.isEmpty() && !containsUserData) {
            return Optional.empty();
        }
        StringBuilder message = new StringBuilder("password is too weak:");
        if (!needs.isEmpty()) {
            message.append(" it needs ").append(joined(needs));
        }
        if (containsUserData) {
            message.append(needs.isEmpty() ? " it" : ", and it").append(" must not contain the username or e-mail address");
        }
        return Optional.of(message.toString());
    }

    private static String count(PasswordPolicyRule rule, String parameter, String one, String many) {
        String min = parameter(rule, parameter);
        return "1".equals(min) ? one : "at least " + min + " " + many;
    }

    private static String parameter(PasswordPolicyRule rule, String name) {
        return rule.getParameters() == null ? "?" : rule.getParameters().getOrDefault(name, "?");
    }

    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
