package org.skillpass.certificate.infrastructure;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/**
 * Seeds version 1 of each page layout from {@code certificates/templates/*.v1.properties}, so the
 * layouts live in readable files and the database holds the versions that issued certificates used.
 */
public class V8_1__CertificateTemplates extends BaseJavaMigration {

    static final Map<String, String> V1 = Map.of(
            "SKILL_LEVEL", "skill-level.v1.properties",
            "SPECIAL_ABILITY", "special-ability.v1.properties",
            "TRAINING_COMPLETION", "training-completion.v1.properties",
            "TRANSCRIPT", "transcript.v1.properties");

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "INSERT INTO certificate_template (type, version, name, source, active, created_at) VALUES (?, 1, ?, ?, TRUE, ?)")) {
            for (Map.Entry<String, String> e : V1.entrySet()) {
                insert.setString(1, e.getKey());
                insert.setString(2, e.getValue());
                insert.setString(3, read("/certificates/templates/" + e.getValue()));
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static String read(String resource) {
        try (InputStream in = V8_1__CertificateTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
