package dev.courier.testing;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the tests deploy: the WARs the build produced, as they are. */
public final class Deployments {

    private Deployments() {}

    /** The WAR this module built, {@code target/<name>.war}; the context root is in its jboss-web.xml. */
    public static WebArchive builtWar(String name) {
        return fromFile(new File("target", name + ".war"));
    }

    /**
     * The WAR of service {@code name} ({@code order}, {@code gateway}, ...): copied by this module
     * to {@code target/deployments/<name>-war.war}, or built by this very module.
     */
    public static WebArchive service(String name) {
        File copied = new File("target/deployments", name + "-war.war");
        return copied.isFile() ? fromFile(copied) : builtWar(name);
    }

    /**
     * {@code war} with what tests running in the container use: AssertJ to assert, Awaitility (and
     * the Hamcrest it uses inside) to wait on conditions, and the {@link QueueProbe}.
     */
    public static WebArchive inContainer(WebArchive war) {
        return war.addAsLibrary(jarOf(Assertions.class))
                .addPackages(true, "org.awaitility", "org.hamcrest")
                .addClasses(QueueProbe.class, TestServer.class);
    }

    /** The jar on the test class path that {@code type} was loaded from. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebArchive fromFile(File war) {
        if (!war.isFile()) {
            throw new IllegalStateException(
                    war + " is missing: run the tests through Maven (mvn verify), which builds it first");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
