package gx.zhicheng.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.mocks.ContractValidator;
import gx.zhicheng.province.SyntheticProvince;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The synthetic province of the crash tests and the benchmark answers what docs/contract/ says, as the mocks do:
 * the adapter validates every declaration against the contract's schema, so a synthetic declaration that broke it
 * would be parked and the benchmark would measure something else (its updatedAt once lacked the seconds of a
 * whole minute, every 60th declaration).
 */
class SyntheticProvinceFollowsContractTest {

    static final ContractValidator CONTRACT = new ContractValidator(Path.of("docs/contract"));

    @Test
    void listingPagesAndOneDeclarationFollowTheContract() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        try (SyntheticProvince province = new SyntheticProvince(250, 0)) {
            String base = "http://127.0.0.1:" + province.port();
            String query = "limit=100";
            int pages = 0;
            while (query != null) {
                String page = get(http, base + "/api/v1/declarations?" + query);
                assertThat(CONTRACT.response("GET", "/api/v1/declarations", 200, "application/json", page)).as("page %d", pages).isEmpty();
                JsonNode cursor = json.readTree(page).get("nextCursor");
                query = cursor.isNull() ? null : "limit=100&cursor=" + cursor.asText();
                pages++;
            }
            assertThat(pages).isEqualTo(3);
            String one = get(http, base + "/api/v1/declarations/GX2022-B0000060");
            assertThat(CONTRACT.response("GET", "/api/v1/declarations/GX2022-B0000060", 200, "application/json", one)).isEmpty();
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer synthetic-token").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(url).isEqualTo(200);
        return answer.body();
    }
}
