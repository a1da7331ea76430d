package gx.zhicheng.mocks;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Map;

/**
 * Admin calls of the mocked province, for a developer with curl against the standalone mocks:
 * POST /__admin/province/scenarios/NAME turns a fault scenario on, GET /__admin/province/scenarios lists them,
 * POST /__admin/province/reset goes back to the state at start, GET /__admin/province/violations lists the
 * requests that broke the contract.
 */
final class ProvinceAdmin implements AdminApiExtension {

    private final Province province;

    ProvinceAdmin(Province province) {
        this.province = province;
    }

    @Override
    public String getName() {
        return "province-admin";
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        Scenarios scenarios = new Scenarios(province.settings().mocksRoot());
        router.add(RequestMethod.GET, "/province/scenarios", (admin, event, params) -> json(200, scenarios.available()));
        router.add(RequestMethod.POST, "/province/scenarios/{name}", (admin, event, params) -> {
            try {
                return json(200, Map.of("scenario", params.get("name"), "stubs", scenarios.apply(admin, params.get("name"))));
            } catch (IllegalArgumentException e) {
                return json(404, Map.of("error", e.getMessage()));
            }
        });
        router.add(RequestMethod.POST, "/province/reset", (admin, event, params) -> {
            admin.resetAll();
            province.reset();
            return json(200, Map.of("reset", true));
        });
        router.add(RequestMethod.GET, "/province/violations", (admin, event, params) -> json(200, province.contractViolations()));
    }

    private static ResponseDefinition json(int status, Object body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(Answers.write(body)).build();
    }
}
