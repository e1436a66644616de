package org.bianzhi.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.bianzhi.security.domain.Role;
import org.bianzhi.shared.infrastructure.SchemaMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A start that finds no administrator creates {@code admin}: with the password of
 * {@code bianzhi.admin.initial-password}, or else a generated one printed once to the log. Of instances that start at
 * once on a new database, one creates it and the others find it.
 */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "bianzhi.admin.initial-password")
    Optional<String> initialPassword;

    @Inject
    AccountService accounts;

    @Inject
    SchemaMigration migration;

    @ActivateRequestContext
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!migration.migrated() || accounts.hasAdministrator()) return;
        String password = initialPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) password = Passwords.generate();
        try {
            accounts.ensure("admin", "系统管理员", password, Role.ADMIN, null);
        } catch (RuntimeException e) {
            // two instances started at once on a new database: the other one created it (its unique username won)
            if (!accounts.hasAdministrator()) throw e;
            LOG.info("系统管理员账户 admin 已由同时启动的另一实例创建");
            return;
        }
        if (generated) {
            LOG.warning("已创建系统管理员账户 admin，初始密码（只显示这一次，请登录后修改）: " + password);
        } else {
            LOG.info("已创建系统管理员账户 admin（密码取自 bianzhi.admin.initial-password）");
        }
    }
}
