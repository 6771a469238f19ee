package dev.kairos.user;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The first administrator of a fresh install. */
@ConfigMapping(prefix = "kairos.bootstrap")
public interface BootstrapConfig {

    /** {@code KAIROS_BOOTSTRAP_ADMIN_EMAIL}: the platform administrator made at start-up. */
    @WithDefault("admin@localhost")
    String adminEmail();

    /**
     * {@code KAIROS_BOOTSTRAP_API_KEY}: a full {@code cal_live_...} key that authenticates as that
     * administrator. In dev mode without it a key is generated and written to {@link #keyFile()}.
     */
    Optional<String> apiKey();

    /** {@code KAIROS_BOOTSTRAP_KEY_FILE}: where dev mode keeps the generated key. */
    @WithDefault(".kairos/bootstrap-key")
    String keyFile();
}
