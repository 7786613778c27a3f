package com.quarterhour.identity.internal;

import java.util.List;
import org.operaton.bpm.engine.identity.PasswordPolicyRule;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.operaton.bpm.engine.impl.persistence.entity.UserEntity;
import org.operaton.bpm.spring.boot.starter.property.AdminUserProperty;
import org.operaton.bpm.spring.boot.starter.property.OperatonBpmProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Nothing starts with a known administrator password outside the demo. The administrator's password
 * (operaton.bpm.admin-user.password; QUARTERHOUR_ADMIN_PASSWORD on the postgres profile) must be set, and unless demo
 * data is on it must meet the engine's own password policy (DefaultPasswordPolicyImpl, as for customer users).
 * <p>
 * Checked when this bean is created: it is a process engine plugin, so the engine, which creates the administrator
 * with that password on its first start, is built only after the check has passed.
 */
@Component
@EnableConfigurationProperties(DemoLogins.class)
class AdminPasswordCheck extends AbstractProcessEnginePlugin {

    AdminPasswordCheck(OperatonBpmProperties engine, DemoLogins demo) {
        AdminUserProperty admin = engine.getAdminUser();
        if (admin == null || admin.getId() == null || admin.getId().isBlank()) {
            return; // no administrator is created at all
        }
        String password = admin.getPassword();
        // an unset environment variable arrives as its own placeholder text, which would become the password
        if (password == null || password.isBlank() || password.contains("${")) {
            throw new IllegalStateException("The administrator '" + admin.getId() + "' has no password: set "
                    + "QUARTERHOUR_ADMIN_PASSWORD (operaton.bpm.admin-user.password) before starting");
        }
        if (demo.enabled()) {
            return;
        }
        UserEntity user = new UserEntity(admin.getId());
        user.setFirstName(admin.getFirstName());
        user.setLastName(admin.getLastName());
        user.setEmail(admin.getEmail());
        List<PasswordPolicyRule> violated = new DefaultPasswordPolicyImpl().getRules().stream()
                .filter(rule -> !rule.execute(password, user))
                .toList();
        PasswordStrength.shortcomings(password, violated).ifPresent(weakness -> {
            throw new IllegalStateException("The administrator's password (QUARTERHOUR_ADMIN_PASSWORD) is refused: "
                    + weakness + ". Only the demo (quarterhour.demo-data.enabled=true) may start with a weak password");
        });
    }
}
