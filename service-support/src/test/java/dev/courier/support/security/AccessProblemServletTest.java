package dev.courier.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AccessProblemServletTest {

    private static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTokenWhoseHeaderNamesAKeyIsTold() {
        assertThat(AccessProblemServlet.namesNoKey(part("{\"alg\":\"RS256\",\"kid\":\"k1\"}") + ".e30.sig"))
                .isFalse();
    }

    @Test
    void aTokenWithoutKidOrWithoutAHeaderNamesNoKey() {
        assertThat(AccessProblemServlet.namesNoKey(part("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + ".e30.sig"))
                .isTrue();
        assertThat(AccessProblemServlet.namesNoKey("not-a-token")).isTrue();
        assertThat(AccessProblemServlet.namesNoKey("!!!.e30.sig")).isTrue();
        assertThat(AccessProblemServlet.namesNoKey(part("[1]") + ".e30.sig")).isTrue();
        assertThat(AccessProblemServlet.namesNoKey(part("{\"kid\"") + ".e30.sig"))
                .isTrue();
    }
}
