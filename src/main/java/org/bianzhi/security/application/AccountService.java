package org.bianzhi.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import org.bianzhi.establishment.domain.Unit;
import org.bianzhi.establishment.domain.UnitRepository;
import org.bianzhi.security.domain.Account;
import org.bianzhi.security.domain.AccountRepository;
import org.bianzhi.security.domain.Role;
import org.bianzhi.security.domain.SignInAttempts;
import org.bianzhi.security.domain.SignInThrottle;
import org.bianzhi.shared.application.Bound;
import org.bianzhi.shared.application.ChangeLog;
import org.bianzhi.shared.application.RegistryClock;
import org.bianzhi.shared.domain.BianzhiException;
import org.bianzhi.shared.domain.Check;
import org.bianzhi.shared.application.ExpectedVersion;
import org.bianzhi.shared.application.UnitOfWork;

/** 账户管理 (administrators): create accounts, change roles and units, reset passwords, lift sign-in throttling. */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject
    ExpectedVersion versions;

    @Inject
    UnitOfWork work;

    @Inject
    AccountRepository accounts;

    @Inject
    UnitRepository units;

    @Inject
    Passwords passwords;

    @Inject
    ChangeLog changeLog;

    @Inject
    RegistryClock clock;

    @Inject
    SignInAttempts attempts;

    @Inject
    SessionService sessions;

    /** An account to create or change; {@code unitCode} binds a unit clerk to their unit. */
    public record AccountCommand(@Bound(chars = 50) String username, @Bound(chars = 50) String displayName, String password, String role, String unitCode,
                                 Boolean enabled, Long version) {}

    public AccountView create(AccountCommand c) {
        Check check = new Check();
        check.require(c.username() != null && c.username().matches("[A-Za-z0-9._-]{2,50}"), "username",
                "用户名应为 2–50 位字母、数字或 . _ -");
        check.notNull(c.displayName(), "displayName", "姓名");
        Role role = check.choice(Role.class, c.role(), "role", "角色");
        check.notNull(c.role(), "role", "角色");
        Unit unit = unitOf(c.unitCode(), role, check);
        check.orThrow();
        if (accounts.findByUsername(c.username()).isPresent()) {
            throw BianzhiException.conflict("account-exists", "username", "用户名 " + c.username() + " 已被使用");
        }
        Account a = new Account(c.username(), c.displayName().strip(), passwords.hash(c.password(), c.username()), role,
                unit == null ? null : unit.id(), changeLog.actorName(), clock.now());
        accounts.add(a);
        AccountView view = view(a);
        changeLog.record(new ChangeLog.Change("account", a.id(), null, a.unitId(), "创建账户", null), null, view);
        return view;
    }

    public AccountView change(String username, AccountCommand c) {
        Account a = require(username);
        versions.check("该账户", c.version(), a.version());
        Check check = new Check();
        Role role = c.role() == null ? a.role() : check.choice(Role.class, c.role(), "role", "角色");
        // a clerk keeps their unit unless another is named
        String unitCode = c.unitCode() != null || a.unitId() == null ? c.unitCode()
                : units.findById(a.unitId()).map(Unit::codeText).orElse(null);
        Unit unit = unitOf(role == Role.UNIT_CLERK ? unitCode : c.unitCode(), role, check);
        check.orThrow();
        AccountView before = view(a);
        a.change(c.displayName() == null ? a.displayName() : c.displayName().strip(), role, unit == null ? null : unit.id(),
                c.enabled() == null ? a.enabled() : c.enabled());
        work.nextVersion(a);
        AccountView after = view(a);
        // what a session may do was decided at sign-in's role, unit and state: a change of any ends them all
        if (!after.role().equals(before.role()) || !Objects.equals(after.unitCode(), before.unitCode())
                || after.enabled() != before.enabled()) {
            accounts.revokeSessions(a.id(), clock.now());
            sessions.sessionsEnded();
        }
        changeLog.record(new ChangeLog.Change("account", a.id(), null, a.unitId(), "变更账户", null), before, after);
        return after;
    }

    public AccountView resetPassword(String username, String password) {
        Account a = require(username);
        a.changePassword(passwords.hash(password, a.username()));
        attempts.clear(SignInThrottle.accountKey(a.username()));
        accounts.revokeSessions(a.id(), clock.now()); // whoever held the old password holds no session either
        sessions.sessionsEnded();
        changeLog.record(new ChangeLog.Change("account", a.id(), null, a.unitId(), "重置密码", null), null, view(a));
        return view(a);
    }

    /** 解除登录限制: forgets the failures counted against the account name (those of its client addresses stay). */
    public AccountView unlock(String username) {
        Account a = require(username);
        attempts.clear(SignInThrottle.accountKey(a.username()));
        changeLog.record(new ChangeLog.Change("account", a.id(), null, a.unitId(), "解锁账户", null), null, view(a));
        return view(a);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView get(String username) {
        return view(require(username));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountView> list() {
        return accounts.all().stream().map(this::view).toList();
    }

    /** Creates an account unless the user name exists (start-up: the first administrator, demo accounts). */
    public boolean ensure(String username, String displayName, String password, Role role, String unitCode) {
        if (accounts.findByUsername(username).isPresent()) return false;
        create(new AccountCommand(username, displayName, password, role.name(), unitCode, true, null));
        return true;
    }

    /** The account with this user name, if there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<AccountView> find(String username) {
        return accounts.findByUsername(username).map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasAdministrator() {
        return accounts.countWithRole(Role.ADMIN) > 0;
    }

    private Unit unitOf(String unitCode, Role role, Check check) {
        if (role != Role.UNIT_CLERK) {
            check.require(unitCode == null || unitCode.isBlank(), "unitCode", "只有单位人事专员绑定单位");
            return null;
        }
        if (unitCode == null || unitCode.isBlank()) {
            check.require(false, "unitCode", "单位人事专员必须绑定一个单位（unitCode）");
            return null;
        }
        var unit = units.findByCode(unitCode);
        check.require(unit.isPresent(), "unitCode", "单位代码 " + unitCode + " 未登记");
        return unit.orElse(null);
    }

    private Account require(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> BianzhiException.notFound("账户", username));
    }

    private AccountView view(Account a) {
        String unitCode = a.unitId() == null ? null : units.findById(a.unitId()).map(Unit::codeText).orElse(null);
        SignInAttempts.State throttle = attempts.state(SignInThrottle.accountKey(a.username()), clock.now());
        return new AccountView(a.username(), a.displayName(), a.role().name(), a.role().label(), unitCode, a.enabled(),
                throttle.blockedUntil() != null, throttle.blockedUntil(), throttle.failures(), a.createdAt(), a.version());
    }
}
