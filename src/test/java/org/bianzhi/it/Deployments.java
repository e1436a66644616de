package org.bianzhi.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that {@code mvn package} built: tests run against exactly what ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive packaged() {
        File war = new File("target/bianzhi.war");
        if (!war.isFile()) throw new IllegalStateException("target/bianzhi.war is missing: run the tests with mvn verify");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
