package dev.kairos.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate authorities https deliveries trust: the JVM's trust store, plus the CAs of an
 * optional PEM bundle ({@code KAIROS_WEBHOOKS_EXTRA_CA_CERTS}) for self-hosted receivers behind a
 * private CA. Trusting a CA never turns hostname verification off: the receiver's certificate must
 * still name the host of the subscriber URL.
 */
final class ReceiverTrust {

    private ReceiverTrust() {
    }

    /** The JVM's trust store, with the bundle's CAs added when one is given. */
    static TrustManagerFactory of(Optional<Path> extraCaCerts) {
        try {
            TrustManagerFactory jvm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            jvm.init((KeyStore) null);
            if (extraCaCerts.isEmpty()) {
                return jvm;
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (X509Certificate ca : x509(jvm).getAcceptedIssuers()) {
                store.setCertificateEntry("jvm-" + n++, ca);
            }
            for (Certificate ca : read(extraCaCerts.get())) {
                store.setCertificateEntry("extra-" + n++, ca);
            }
            TrustManagerFactory combined = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            combined.init(store);
            return combined;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The webhook trust store cannot be built: " + e.getMessage(), e);
        }
    }

    private static Collection<? extends Certificate> read(Path pem) {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(pem)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("KAIROS_WEBHOOKS_EXTRA_CA_CERTS (" + pem + ") does not exist", e);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("KAIROS_WEBHOOKS_EXTRA_CA_CERTS (" + pem + ") is not a readable PEM bundle of "
                    + "certificates: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalStateException("KAIROS_WEBHOOKS_EXTRA_CA_CERTS (" + pem + ") holds no certificate");
        }
        return certificates;
    }

    private static X509TrustManager x509(TrustManagerFactory factory) {
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("The JVM's trust manager factory offers no X.509 trust manager");
    }
}
