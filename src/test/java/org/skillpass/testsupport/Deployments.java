package org.skillpass.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The archive integration tests deploy: the WAR the build just made (so tests run what ships), plus
 * the test support package and the given test classes.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive skillpass(Class<?>... testClasses) {
        File war = new File(System.getProperty("skillpass.war", "target/skillpass.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests through Maven (mvn verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "skillpass.war").importFrom(war).as(WebArchive.class)
                .addPackage(TestData.class.getPackage())
                .addClasses(testClasses);
    }
}
