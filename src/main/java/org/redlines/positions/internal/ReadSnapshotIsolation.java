package org.redlines.positions.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Reading services ask for SERIALIZABLE so that every read sees one snapshot (ADR 11): on H2 that is the level
 * that gives one. On PostgreSQL, REPEATABLE READ already is a snapshot and never fails a read-only transaction,
 * while SERIALIZABLE may; so there the request is lowered to REPEATABLE READ.
 */
@Component
class ReadSnapshotIsolation implements BeanPostProcessor {

    private final boolean postgres;

    ReadSnapshotIsolation(@Value("${spring.datasource.url:}") String url) {
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!postgres || !(bean instanceof DataSource dataSource) || bean instanceof DelegatingDataSource) {
            return bean;
        }
        return new ClosingDataSource(dataSource);
    }

    /** Closes the pool it wraps when the app stops: Spring closes the bean it holds, which is this one. */
    private static final class ClosingDataSource extends DelegatingDataSource implements AutoCloseable {

        ClosingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }

        @Override
        public Connection getConnection() throws SQLException {
            return lowered(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return lowered(super.getConnection(user, password));
        }
    }

    private static Connection lowered(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setTransactionIsolation")
                            && (Integer) args[0] == Connection.TRANSACTION_SERIALIZABLE) {
                        args = new Object[] {Connection.TRANSACTION_REPEATABLE_READ};
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
