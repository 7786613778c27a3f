package com.quarterhour.identity.internal;

import java.util.ArrayList;
import java.util.Set;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.operaton.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.operaton.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.operaton.bpm.engine.impl.cmd.DeleteUserCmd;
import org.operaton.bpm.engine.impl.cmd.SaveUserCmd;
import org.operaton.bpm.engine.impl.interceptor.Command;
import org.operaton.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A password change, a deleted user or a changed group membership made through this node's engine (Operaton Admin,
 * /engine-rest, the application) forgets the remembered logins as soon as the change has been committed, instead of
 * within the cache's time to live. Other nodes still take up to that long.
 */
@Component
class IdentityChangesForgetLogins extends AbstractProcessEnginePlugin {

    private static final Set<Class<?>> CHANGES = Set.of(SaveUserCmd.class, DeleteUserCmd.class,
            CreateMembershipCmd.class, DeleteMembershipCmd.class, DeleteGroupCmd.class);

    private final RememberedLogins logins;

    IdentityChangesForgetLogins(RememberedLogins logins) {
        this.logins = logins;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        // outside the engine's transaction interceptor: once next.execute returns, its own transaction has committed
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                T result = next.execute(command);
                if (CHANGES.contains(command.getClass())) {
                    logins.forgetAll();
                    // inside a caller's transaction the change is committed only with it: forget again then
                    if (TransactionSynchronizationManager.isSynchronizationActive()) {
                        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                            @Override
                            public void afterCommit() {
                                logins.forgetAll();
                            }
                        });
                    }
                }
                return result;
            }
        });
    }
}
