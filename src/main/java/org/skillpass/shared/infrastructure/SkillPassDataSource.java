package org.skillpass.shared.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source. Its URL and credentials come from MicroProfile Config
 * ({@code skillpass.db.url} etc., overridable by the environment variables {@code SKILLPASS_DB_URL},
 * {@code SKILLPASS_DB_USER}, {@code SKILLPASS_DB_PASSWORD}).
 */
@DataSourceDefinition(
        name = SkillPassDataSource.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=skillpass.db.url}",
        user = "${MPCONFIG=skillpass.db.user}",
        password = "${MPCONFIG=skillpass.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class SkillPassDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/skillpass";
}
