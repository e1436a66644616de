package org.bianzhi.shared.infrastructure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the registry runs on, chosen from MicroProfile Config at first use:
 * {@code bianzhi.db.url} (env {@code BIANZHI_DB_URL}) names a PostgreSQL database; without it an
 * embedded H2 file database lives in {@code bianzhi.data-dir} (env {@code BIANZHI_DATA_DIR}, default
 * {@code ./data}). Payara pools the connections this class hands out (see {@link DatabaseDefinition}).
 */
public class ConfiguredDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

    private volatile DataSource delegate;

    private DataSource delegate() {
        DataSource d = delegate;
        if (d == null) {
            synchronized (this) {
                if (delegate == null) delegate = create(ConfigProvider.getConfig(getClass().getClassLoader()));
                d = delegate;
            }
        }
        return d;
    }

    /** {@code bianzhi.data-dir}: the embedded database and other files the service keeps (uploads). */
    public static Path dataDirectory(Config config) {
        return Path.of(config.getOptionalValue("bianzhi.data-dir", String.class).orElse("./data")).toAbsolutePath();
    }

    static DataSource create(Config config) {
        String url = config.getOptionalValue("bianzhi.db.url", String.class).filter(s -> !s.isBlank()).orElse(null);
        String user = config.getOptionalValue("bianzhi.db.user", String.class).orElse("");
        String password = config.getOptionalValue("bianzhi.db.password", String.class).orElse("");
        if (url == null) {
            Path dir = PrivateDirectory.ensure(dataDirectory(config));
            // WRITE_DELAY=0: a commit reaches the file at once; H2's default 500 ms loses the last commits to a kill
            url = "jdbc:h2:file:" + dir.resolve("bianzhi") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        }
        LOG.info("Bianzhi database: " + url.replaceAll("password=[^&;]*", "password=***"));
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            if (!user.isEmpty()) pg.setUser(user);
            if (!password.isEmpty()) pg.setPassword(password);
            return pg;
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user.isEmpty() ? "sa" : user);
            h2.setPassword(password);
            return h2;
        }
        throw new IllegalStateException("bianzhi.db.url must name a PostgreSQL or H2 database: " + url);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return LOG;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) return iface.cast(this);
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
