package gx.zhicheng.mocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /api/v1/declarations (paging computed from the declaration files) and GET /api/v1/declarations/{id}. */
class ListingMockTest extends MockTestSupport {

    String token;

    @BeforeEach
    void signIn() throws IOException {
        token = client.token();
    }

    /** A walk: the pages until nextCursor is null. */
    List<JsonNode> walk(String firstQuery) throws IOException {
        List<JsonNode> pages = new ArrayList<>();
        String query = firstQuery;
        while (true) {
            MockClient.Answer answer = client.get("/api/v1/declarations?" + query, token);
            assertThat(answer.status()).isEqualTo(200);
            pages.add(answer.json());
            JsonNode next = answer.json().get("nextCursor");
            if (next.isNull()) {
                return pages;
            }
            query = firstQuery + "&cursor=" + URLEncoder.encode(next.asText(), StandardCharsets.UTF_8);
        }
    }

    static List<JsonNode> items(List<JsonNode> pages) {
        List<JsonNode> items = new ArrayList<>();
        pages.forEach(page -> page.get("items").forEach(items::add));
        return items;
    }

    @Test
    void walksEveryDeclarationOnceInUpdatedAtAndIdOrder() throws IOException {
        List<JsonNode> pages = walk("limit=10");

        List<JsonNode> items = items(pages);
        long files;
        try (Stream<Path> list = Files.list(Path.of("mocks/__files/declarations"))) {
            files = list.count();
        }
        assertThat(items).hasSize((int) files);
        assertThat(items.stream().map(i -> i.get("declarationId").asText()).distinct()).hasSize((int) files);
        Comparator<JsonNode> order = Comparator.comparing((JsonNode i) -> OffsetDateTime.parse(i.get("updatedAt").asText()).toInstant())
                .thenComparing(i -> i.get("declarationId").asText());
        assertThat(items).isSortedAccordingTo(order);
        assertThat(pages).allSatisfy(page -> assertThat(page.get("items").size()).isLessThanOrEqualTo(10));
    }

    @Test
    void servesOneEmptyPageWithACursorInAWalk() throws IOException {
        List<JsonNode> pages = walk("limit=10");

        assertThat(pages.get(1).get("items")).isEmpty();
        assertThat(pages.get(1).get("nextCursor").isNull()).isFalse();
        assertThat(pages.stream().filter(page -> page.get("items").isEmpty())).hasSize(1);
    }

    @Test
    void pagesHoldAHundredByDefault() throws IOException {
        JsonNode page = client.get("/api/v1/declarations", token).json();

        assertThat(page.get("items").size()).isEqualTo(69);
        assertThat(page.get("nextCursor").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=201", "limit=x", "cursor=bm90LWEtY3Vyc29y", "updatedSince=yesterday"})
    void refusesAQueryOutsideTheContract(String query) throws IOException {
        assertThat(client.get("/api/v1/declarations?" + query, token).status()).isEqualTo(400);
    }

    @Test
    void updatedSinceIsInclusive() throws IOException {
        String since = "2022-06-24T10:17:36+08:00"; // updatedAt of GX2022-0001044 version 3

        List<JsonNode> items = items(walk("limit=5&updatedSince=" + URLEncoder.encode(since, StandardCharsets.UTF_8)));

        assertThat(items.get(0).get("declarationId").asText()).isEqualTo("GX2022-0001044");
        assertThat(items).allSatisfy(i -> assertThat(OffsetDateTime.parse(i.get("updatedAt").asText()))
                .isAfterOrEqualTo(OffsetDateTime.parse(since)));
    }

    @Test
    void servesOneDeclarationAtItsCurrentVersion() throws IOException {
        assertThat(client.get("/api/v1/declarations/GX2022-0001044", token).json().get("version").asInt()).isEqualTo(3);

        ProvincialMocks.province(server).declarations().newVersion("GX2022-0001044");

        assertThat(client.get("/api/v1/declarations/GX2022-0001044", token).json().get("version").asInt()).isEqualTo(4);
        assertThat(client.get("/api/v1/declarations/GX2099-0000001", token).status()).isEqualTo(404);
    }
}
