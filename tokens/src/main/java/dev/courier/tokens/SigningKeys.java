package dev.courier.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The development key pair of the gateway's sign-in: an RSA key (2048 bits) whose private half signs
 * the development tokens and whose public half the gateway verifies them with. Two PEM files in one
 * directory: {@code private-key.pem} (PKCS #8, readable by its owner only) and {@code public-key.pem}
 * (X.509 SubjectPublicKeyInfo, what {@code mp.jwt.verify.publickey.location} reads).
 */
public final class SigningKeys {

    public static final String PRIVATE_KEY = "private-key.pem";
    public static final String PUBLIC_KEY = "public-key.pem";

    private SigningKeys() {}

    /**
     * Generates the key pair into {@code directory} unless it exists: all or nothing, so that a
     * failed run leaves no half directory that would be kept.
     *
     * @return whether a key pair was generated
     */
    public static boolean generate(Path directory) {
        if (Files.isDirectory(directory)) {
            return false;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path fresh = directory.resolveSibling(directory.getFileName() + ".new");
            Files.createDirectories(
                    fresh, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path secret = Files.createFile(
                    fresh.resolve(PRIVATE_KEY),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(secret, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(
                    fresh.resolve(PUBLIC_KEY),
                    pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.move(fresh, directory, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the signing keys to " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot generate an RSA key pair", e);
        }
    }

    /** The private key of the pair in {@code directory}. */
    public static PrivateKey privateKey(Path directory) {
        Path file = directory.resolve(PRIVATE_KEY);
        try {
            String base64 = Files.readString(file, StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("no signing key at " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("not an RSA private key in PEM (PKCS #8): " + file, e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
