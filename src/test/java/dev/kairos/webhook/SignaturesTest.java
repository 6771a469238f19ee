package dev.kairos.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignaturesTest {

    @Test
    void calSignatureIsLowercaseHexHmacOfTheBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Signatures.calSignature("Jefe", "what do ya want for nothing?"));
    }

    @Test
    void standardSignatureSignsIdDotTimestampDotBody() {
        // Computed independently with node: crypto.createHmac("sha256", "whsec_test").update("msg_1.1614265330." + body).digest("base64")
        assertEquals("v1,A6fEUkLJyUSU4moWlX4LuYuUxvYxqH0gVvLE1j2Qyqk=",
                Signatures.standardSignature("whsec_test", "msg_1", 1614265330, "{\"triggerEvent\":\"PING\"}"));
    }
}
