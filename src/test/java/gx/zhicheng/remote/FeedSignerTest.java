package gx.zhicheng.remote;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.system.Hashing;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedSignerTest {

    /** The test vector of feeds-api.yaml. */
    @Test
    void reproducesTheContractTestVector() {
        byte[] body = "{\"idNumbers\":[]}".getBytes(StandardCharsets.UTF_8);

        assertThat(Hashing.sha256Hex(body)).isEqualTo("df278dc58cf70166de46c11b1bd32e7c14b470526af523a3666fe455639c6a4e");
        assertThat(FeedSigner.signature("demo-secret", "POST", "/si/v1/contributions:query", "1655712000000",
                "n0nce0000000000000", body))
                .isEqualTo("59c21bb56ffc2b8c042c662356692fd7e8e4db7c0ae97b0b6c161bf5d6b34be1");
    }

    @Test
    void changesWhenAnyPartChanges() {
        byte[] body = "{\"idNumbers\":[]}".getBytes(StandardCharsets.UTF_8);
        String base = FeedSigner.signature("demo-secret", "POST", "/p", "1", "n", body);

        assertThat(FeedSigner.signature("other-secret", "POST", "/p", "1", "n", body)).isNotEqualTo(base);
        assertThat(FeedSigner.signature("demo-secret", "POST", "/p", "2", "n", body)).isNotEqualTo(base);
        assertThat(FeedSigner.signature("demo-secret", "POST", "/p", "1", "m", body)).isNotEqualTo(base);
        assertThat(FeedSigner.signature("demo-secret", "POST", "/p", "1", "n", "{}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(base);
    }

    @Test
    void noncesAreFreshAndOfTheContractAlphabet() {
        String a = FeedSigner.nonce();
        String b = FeedSigner.nonce();

        assertThat(a).matches("[A-Za-z0-9]{16,64}");
        assertThat(a).isNotEqualTo(b);
    }
}
