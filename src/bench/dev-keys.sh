# Sourced by the benchmark scripts (and usable by hand: `source src/bench/dev-keys.sh`): exports
# throwaway key material for a production-profile run of the packaged jar, which refuses to start
# without it (API.md section 5). Keys already set in the environment are kept.
if [[ -z "${KAIROS_JWT_PRIVATE_KEY:-}" ]]; then
    KAIROS_JWT_PRIVATE_KEY="$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null)"
    KAIROS_JWT_PUBLIC_KEY="$(printf '%s\n' "$KAIROS_JWT_PRIVATE_KEY" | openssl pkey -pubout 2>/dev/null)"
    export KAIROS_JWT_PRIVATE_KEY KAIROS_JWT_PUBLIC_KEY
fi
if [[ -z "${KAIROS_ENCRYPTION_KEY:-}" ]]; then
    KAIROS_ENCRYPTION_KEY="$(openssl rand -base64 32)"
    export KAIROS_ENCRYPTION_KEY
fi
