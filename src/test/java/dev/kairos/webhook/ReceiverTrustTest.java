package dev.kairos.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CAs https deliveries trust: the JVM's, plus those of KAIROS_WEBHOOKS_EXTRA_CA_CERTS. */
class ReceiverTrustTest {

    @TempDir
    static Path dir;
    private static TlsIdentity first;
    private static TlsIdentity second;

    @BeforeAll
    static void makeCertificates() throws Exception {
        first = TlsIdentity.forHost("first.kairos.test", dir);
        second = TlsIdentity.forHost("second.kairos.test", dir);
    }

    @Test
    void withoutABundleTrustsExactlyTheJvmsAuthorities() throws Exception {
        assertEquals(List.of(jvmAuthorities()), List.of(issuers(ReceiverTrust.of(Optional.empty()))));
    }

    @Test
    void addsEveryCertificateOfABundleToTheJvmsAuthorities() throws Exception {
        Path bundle = dir.resolve("bundle.pem");
        Files.writeString(bundle, Files.readString(first.certificatePem()) + "\n" + Files.readString(second.certificatePem()));

        List<X509Certificate> trusted = List.of(issuers(ReceiverTrust.of(Optional.of(bundle))));

        assertEquals(jvmAuthorities().length + 2, trusted.size());
        assertTrue(trusted.containsAll(Arrays.asList(jvmAuthorities())));
        assertTrue(trusted.contains(certificate(first.certificatePem())));
        assertTrue(trusted.contains(certificate(second.certificatePem())));
    }

    @Test
    void refusesAFileThatIsNotAPemBundle() throws Exception {
        Path notPem = Files.writeString(dir.resolve("not.pem"), "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        assertRefused(notPem, "is not a readable PEM bundle");
    }

    @Test
    void refusesAMissingFile() {
        assertRefused(dir.resolve("missing.pem"), "does not exist");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        assertRefused(Files.writeString(dir.resolve("empty.pem"), ""), "holds no certificate");
    }

    private static void assertRefused(Path pem, String why) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ReceiverTrust.of(Optional.of(pem)));
        assertTrue(refused.getMessage().startsWith("KAIROS_WEBHOOKS_EXTRA_CA_CERTS (" + pem + ")"), refused.getMessage());
        assertTrue(refused.getMessage().contains(why), refused.getMessage());
    }

    private static X509Certificate[] jvmAuthorities() throws Exception {
        TrustManagerFactory jvm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        jvm.init((KeyStore) null);
        return issuers(jvm);
    }

    private static X509Certificate[] issuers(TrustManagerFactory factory) {
        return Arrays.stream(factory.getTrustManagers()).filter(X509TrustManager.class::isInstance).map(X509TrustManager.class::cast)
                .findFirst().orElseThrow().getAcceptedIssuers();
    }

    private static X509Certificate certificate(Path pem) throws Exception {
        try (var in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
