package com.quarterhour.identity;

import com.quarterhour.shared.EngineSystem;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Who works here, from the engine's identity service (the one user store of staff). */
@Service
public class StaffDirectory {

    private final IdentityService identity;

    StaffDirectory(IdentityService identity) {
        this.identity = identity;
    }

    /** Whether a staff user has this name, as given or in lower case (customer user names are stored lower-cased). */
    public boolean exists(String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        String lower = username.toLowerCase(java.util.Locale.ROOT);
        return EngineSystem.call(identity, () -> identity.createUserQuery().userId(username).count() > 0
                || identity.createUserQuery().userId(lower).count() > 0);
    }

    public boolean isTechnician(String username) {
        return isMember(username, Groups.TECHNICIANS);
    }

    /**
     * Asked as the system: a coordinator working in Tasklist need not be allowed to browse users for the rule
     * "only technicians are assigned" to hold.
     */
    public boolean isMember(String username, String groupId) {
        return EngineSystem.call(identity, () -> identity.createUserQuery().userId(username).memberOfGroup(groupId).count() > 0);
    }

    /** A group's members by name (first and last, or the user id when they have none), asked as the system. */
    public List<StaffMember> membersOf(String groupId) {
        return EngineSystem.call(identity, () -> identity.createUserQuery().memberOfGroup(groupId).list().stream()
                .map(user -> new StaffMember(user.getId(), displayName(user)))
                .sorted(Comparator.comparing(StaffMember::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(StaffMember::id))
                .toList());
    }

    private static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }

    /** The members of a group that have an e-mail address: user id to address, so a mail can be written for each. */
    public Map<String, String> emailsByMember(String groupId) {
        return EngineSystem.call(identity, () -> identity.createUserQuery().memberOfGroup(groupId).list().stream()
                .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
                .collect(Collectors.toMap(User::getId, User::getEmail, (a, b) -> a, LinkedHashMap::new)));
    }

    public Optional<String> emailOf(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return EngineSystem.call(identity, () -> Optional.ofNullable(identity.createUserQuery().userId(username).singleResult())
                .map(User::getEmail)
                .filter(email -> !email.isBlank()));
    }
}
