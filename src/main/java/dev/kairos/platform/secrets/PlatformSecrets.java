package dev.kairos.platform.secrets;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The install's key material (API.md section 5): the RS256 pair that signs and verifies OAuth
 * access tokens, and the AES-256 key that encrypts secrets at rest.
 *
 * <p>Production passes both in the environment and refuses to start without them. Dev and test
 * ({@code kairos.secrets.generate=true}) generate each key the first time it is needed and keep it
 * in the {@code platform_secrets} table: the first instance to insert wins and every instance then
 * reads that row, so tokens signed by one instance verify on all of them.
 */
@ApplicationScoped
public class PlatformSecrets {

    static final String JWT_KEY_PAIR = "jwt-key-pair";
    static final String ENCRYPTION_KEY = "encryption-key";
    private static final int RSA_BITS = 2048;
    private static final int AES_BYTES = 32;

    private final AgroalDataSource dataSource;
    private final Optional<String> jwtPrivateKey;
    private final Optional<String> jwtPublicKey;
    private final Optional<String> encryptionKey;
    private final boolean generate;
    private volatile KeyPair keyPair;
    private volatile SecretKey secretKey;

    PlatformSecrets(AgroalDataSource dataSource,
            @ConfigProperty(name = "kairos.jwt.private-key") Optional<String> jwtPrivateKey,
            @ConfigProperty(name = "kairos.jwt.public-key") Optional<String> jwtPublicKey,
            @ConfigProperty(name = "kairos.encryption-key") Optional<String> encryptionKey,
            @ConfigProperty(name = "kairos.secrets.generate", defaultValue = "false") boolean generate) {
        this.dataSource = dataSource;
        this.jwtPrivateKey = jwtPrivateKey.filter(v -> !v.isBlank());
        this.jwtPublicKey = jwtPublicKey.filter(v -> !v.isBlank());
        this.encryptionKey = encryptionKey.filter(v -> !v.isBlank());
        this.generate = generate;
    }

    /**
     * Refuses to start when a key is missing and may not be generated, or when a configured key
     * cannot be read: better at start-up than at the first partner request.
     */
    void check(@Observes StartupEvent event) {
        List<String> missing = new ArrayList<>();
        if (jwtPrivateKey.isEmpty() != jwtPublicKey.isEmpty()) {
            throw new IllegalStateException("Set both KAIROS_JWT_PRIVATE_KEY and KAIROS_JWT_PUBLIC_KEY (PEM), or neither in dev and test");
        }
        if (jwtPrivateKey.isEmpty()) {
            missing.add("KAIROS_JWT_PRIVATE_KEY and KAIROS_JWT_PUBLIC_KEY (an RSA key pair, PEM)");
        } else {
            keyPair = configuredKeyPair();
        }
        if (encryptionKey.isEmpty()) {
            missing.add("KAIROS_ENCRYPTION_KEY (base64 of 32 random bytes, e.g. `openssl rand -base64 32`)");
        } else {
            secretKey = aesKey(encryptionKey.get(), "KAIROS_ENCRYPTION_KEY");
        }
        if (!missing.isEmpty() && !generate) {
            throw new IllegalStateException("Kairos needs its key material in production; set " + String.join(" and ", missing)
                    + ". See README.md, Configuration.");
        }
    }

    /** The RS256 pair: the private key signs access tokens, the public key verifies them. */
    public KeyPair jwtKeyPair() {
        KeyPair pair = keyPair;
        if (pair == null) {
            synchronized (this) {
                if (keyPair == null) {
                    keyPair = jwtPrivateKey.isPresent() ? configuredKeyPair()
                            : storedKeyPair(stored(JWT_KEY_PAIR, PlatformSecrets::newKeyPair));
                }
                pair = keyPair;
            }
        }
        return pair;
    }

    /** The AES-256 key of secrets at rest ({@link SecretBox}). */
    public SecretKey encryptionKey() {
        SecretKey key = secretKey;
        if (key == null) {
            synchronized (this) {
                if (secretKey == null) {
                    secretKey = encryptionKey.isPresent() ? aesKey(encryptionKey.get(), "KAIROS_ENCRYPTION_KEY")
                            : aesKey(stored(ENCRYPTION_KEY, PlatformSecrets::newAesKey), "the stored encryption key");
                }
                key = secretKey;
            }
        }
        return key;
    }

    private KeyPair configuredKeyPair() {
        PrivateKey privateKey;
        PublicKey publicKey;
        try {
            privateKey = KeyUtils.decodePrivateKey(pem(jwtPrivateKey.orElseThrow()));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("KAIROS_JWT_PRIVATE_KEY is not a PEM (PKCS#8) RSA private key", e);
        }
        try {
            publicKey = KeyUtils.decodePublicKey(pem(jwtPublicKey.orElseThrow()));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("KAIROS_JWT_PUBLIC_KEY is not a PEM (X.509) RSA public key", e);
        }
        if (privateKey instanceof RSAPrivateCrtKey crt && publicKey instanceof RSAPublicKey rsa
                && !crt.getModulus().equals(rsa.getModulus())) {
            throw new IllegalStateException("KAIROS_JWT_PUBLIC_KEY is not the public key of KAIROS_JWT_PRIVATE_KEY");
        }
        return new KeyPair(publicKey, privateKey);
    }

    /** Environment variables often carry PEM with its line breaks escaped. */
    private static String pem(String value) {
        return value.replace("\\n", "\n").trim();
    }

    private static SecretKey aesKey(String base64, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(what + " is not base64", e);
        }
        if (bytes.length != AES_BYTES) {
            throw new IllegalStateException(what + " must be 32 bytes (base64 of 32 random bytes), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** The pair as stored: base64 PKCS#8 private key, a dot, base64 X.509 public key. */
    private static KeyPair storedKeyPair(String value) {
        String[] parts = value.split("\\.", 2);
        try {
            return new KeyPair(KeyUtils.decodePublicKey(parts[1]), KeyUtils.decodePrivateKey(parts[0]));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("The stored JWT key pair cannot be read", e);
        }
    }

    private static String newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS);
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            return base64.encodeToString(pair.getPrivate().getEncoded()) + "." + base64.encodeToString(pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        }
    }

    private static String newAesKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(AES_BYTES * 8);
            return Base64.getEncoder().encodeToString(generator.generateKey().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an AES key", e);
        }
    }

    /** The stored value of {@code name}, inserting a generated one if there is none yet (first writer wins). */
    private String stored(String name, Supplier<String> generator) {
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> existing = read(connection, name);
            if (existing.isPresent()) {
                return existing.get();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO platform_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, name);
                insert.setString(2, generator.get());
                insert.executeUpdate();
            }
            return read(connection, name).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read or store the platform secret " + name, e);
        }
    }

    private static Optional<String> read(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM platform_secrets WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
