package dev.courier.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokensTest {

    @TempDir
    Path temp;

    @Test
    void aCustomerTokenIsSignedWithThePrivateKeyAndVerifiesWithThePublicOne() throws Exception {
        Path keys = temp.resolve("courier-jwt");
        assertThat(SigningKeys.generate(keys)).isTrue();
        assertThat(SigningKeys.generate(keys)).as("kept").isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(SigningKeys.PRIVATE_KEY))))
                .isEqualTo("rw-------");

        UUID customer = UUID.randomUUID();
        String[] token =
                DevTokens.customer(SigningKeys.privateKey(keys), customer).split("\\.");

        String header = decode(token[0]);
        String claims = decode(token[1]);
        assertThat(header).contains("\"alg\":\"RS256\"");
        assertThat(claims)
                .contains("\"iss\":\"courier-dev\"", "\"aud\":\"courier\"", "\"sub\":\"" + customer + "\"")
                .contains("\"groups\":[\"customer\"]", "\"exp\":");

        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(publicKey(keys));
        rs256.update((token[0] + "." + token[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(token[2]))).isTrue();
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static RSAPublicKey publicKey(Path keys) throws Exception {
        String base64 = Files.readString(keys.resolve(SigningKeys.PUBLIC_KEY))
                .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
