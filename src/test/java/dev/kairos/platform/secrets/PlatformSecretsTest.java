package dev.kairos.platform.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Key material: generated once per install in test, shared by every instance, required in production. */
@QuarkusTest
class PlatformSecretsTest {

    @Inject
    PlatformSecrets secrets;

    @Inject
    SecretBox box;

    @Inject
    AgroalDataSource dataSource;

    /** A second instance of the same install: same database, nothing in memory. */
    private PlatformSecrets anotherInstance() {
        return new PlatformSecrets(dataSource, Optional.empty(), Optional.empty(), Optional.empty(), true);
    }

    @Test
    void everyInstanceOfAnInstallSharesTheGeneratedKeys() throws Exception {
        KeyPair pair = secrets.jwtKeyPair();
        PlatformSecrets other = anotherInstance();

        assertArrayEquals(pair.getPublic().getEncoded(), other.jwtKeyPair().getPublic().getEncoded());
        assertArrayEquals(secrets.encryptionKey().getEncoded(), other.encryptionKey().getEncoded());
        assertEquals(32, secrets.encryptionKey().getEncoded().length);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(pair.getPrivate());
        signer.update("token".getBytes(StandardCharsets.UTF_8));
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(other.jwtKeyPair().getPublic());
        verifier.update("token".getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(signature), "a token signed by one instance verifies on another");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM platform_secrets")) {
            rs.next();
            assertEquals(2, rs.getInt(1), "one row per key, however many instances asked");
        }
    }

    @Test
    void sealedSecretsOpenOnEveryInstanceAndNowhereElse() {
        String sealed = box.seal("partner-api-key-123");

        assertTrue(sealed.startsWith("v1:"));
        assertTrue(!sealed.contains("partner-api-key-123"));
        assertNotEquals(sealed, box.seal("partner-api-key-123"), "a fresh nonce per value");
        assertEquals("partner-api-key-123", new SecretBox(anotherInstance()).open(sealed));

        String otherKey = Base64.getEncoder().encodeToString(new byte[32]);
        SecretBox foreign = new SecretBox(new PlatformSecrets(dataSource, Optional.empty(), Optional.empty(), Optional.of(otherKey), false));
        assertThrows(IllegalStateException.class, () -> foreign.open(sealed));
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThrows(IllegalStateException.class, () -> box.open(tampered));
        assertThrows(IllegalStateException.class, () -> box.open("plain text"));
    }

    @Test
    void productionRefusesToStartWithoutKeyMaterial() {
        PlatformSecrets prod = new PlatformSecrets(dataSource, Optional.empty(), Optional.empty(), Optional.empty(), false);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> prod.check(null));
        assertTrue(refused.getMessage().contains("KAIROS_JWT_PRIVATE_KEY"), refused.getMessage());
        assertTrue(refused.getMessage().contains("KAIROS_ENCRYPTION_KEY"), refused.getMessage());
    }

    @Test
    void configuredKeysAreUsedAndCheckedAtStartUp() throws Exception {
        KeyPair pair = rsaPair();
        String aes = Base64.getEncoder().encodeToString(new byte[32]);
        PlatformSecrets prod = new PlatformSecrets(dataSource, Optional.of(pem("PRIVATE KEY", pair.getPrivate().getEncoded(), true)),
                Optional.of(pem("PUBLIC KEY", pair.getPublic().getEncoded(), false)), Optional.of(aes), false);

        prod.check(null);
        assertArrayEquals(pair.getPublic().getEncoded(), prod.jwtKeyPair().getPublic().getEncoded());
        assertArrayEquals(new byte[32], prod.encryptionKey().getEncoded());

        PlatformSecrets mismatched = new PlatformSecrets(dataSource, Optional.of(pem("PRIVATE KEY", pair.getPrivate().getEncoded(), false)),
                Optional.of(pem("PUBLIC KEY", rsaPair().getPublic().getEncoded(), false)), Optional.of(aes), false);
        assertTrue(assertThrows(IllegalStateException.class, () -> mismatched.check(null)).getMessage().contains("not the public key"));
        PlatformSecrets shortKey = new PlatformSecrets(dataSource, Optional.empty(), Optional.empty(),
                Optional.of(Base64.getEncoder().encodeToString(new byte[16])), true);
        assertTrue(assertThrows(IllegalStateException.class, () -> shortKey.check(null)).getMessage().contains("32 bytes"));
        PlatformSecrets half = new PlatformSecrets(dataSource, Optional.of("x"), Optional.empty(), Optional.of(aes), true);
        assertThrows(IllegalStateException.class, () -> half.check(null));
    }

    private static KeyPair rsaPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** PEM as an operator would paste it; {@code escaped} writes the line breaks as \n, as in many env files. */
    private static String pem(String type, byte[] der, boolean escaped) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        String text = "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
        return escaped ? text.replace("\n", "\\n") : text;
    }
}
