package com.quarterhour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.quarterhour.identity.Groups;
import com.quarterhour.support.HttpUsers;
import com.quarterhour.support.QuarterhourTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Remembered logins do not outlive a change made through the engine: a new password, a deleted user or a lost group
 * counts from the next request on.
 */
@QuarterhourTest
class IdentityChangesForgetLoginsTest {

    private static final String NEW_PASSWORD = "Changed-pw-2026!";

    @Autowired MockMvc mvc;
    @Autowired IdentityService identity;

    private int board(String user, String password) throws Exception {
        return mvc.perform(get("/api/board").with(httpBasic(user, password))).andReturn().getResponse().getStatus();
    }

    @Test
    void aChangedPasswordCountsAtOnce() throws Exception {
        String user = HttpUsers.staff(identity, "cachepw" + System.nanoTime(), Groups.COORDINATORS);
        assertThat(board(user, HttpUsers.PASSWORD)).isEqualTo(200);

        User stored = identity.createUserQuery().userId(user).singleResult();
        stored.setPassword(NEW_PASSWORD);
        identity.saveUser(stored);

        assertThat(board(user, HttpUsers.PASSWORD)).isEqualTo(401);
        assertThat(board(user, NEW_PASSWORD)).isEqualTo(200);
    }

    @Test
    void aLostGroupAndADeletedUserCountAtOnce() throws Exception {
        String user = HttpUsers.staff(identity, "cachegroup" + System.nanoTime(), Groups.COORDINATORS);
        assertThat(board(user, HttpUsers.PASSWORD)).isEqualTo(200);

        identity.deleteMembership(user, Groups.COORDINATORS);
        assertThat(board(user, HttpUsers.PASSWORD)).isEqualTo(403);

        identity.deleteUser(user);
        assertThat(board(user, HttpUsers.PASSWORD)).isEqualTo(401);
    }
}
