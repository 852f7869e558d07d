package org.skillpass.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway when the application starts, before any request is served.
 * The schema is never created any other way. {@code skillpass.db.extra-locations} adds migration
 * locations (comma-separated; the run command's demo data lives outside the WAR and is added this way).
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = SkillPassDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "skillpass.db.extra-locations")
    private Optional<String> extraLocations;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        extraLocations.ifPresent(extra -> Arrays.stream(extra.split(","))
                .map(String::strip).filter(l -> !l.isEmpty()).forEach(locations::add));
        MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .validateMigrationNaming(true)
                // Java migrations are listed, not scanned: class scanning inside a WAR depends on the server
                .javaMigrations(new org.skillpass.certificate.infrastructure.V8_1__CertificateTemplates())
                .load()
                .migrate();
        LOG.info(() -> "Flyway: " + result.migrationsExecuted + " migration(s) applied, schema at version "
                + result.targetSchemaVersion + " (locations " + locations + ")");
    }
}
