package gx.zhicheng.mocks;

import com.github.tomakehurst.wiremock.extension.Extension;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one mocked province behind the stateless WireMock stubs: issued tokens, declarations and their
 * versions, Idempotency-Keys seen, archive entries recorded, feed nonces seen, and the contract violations of
 * the requests received. Tests reach it through {@link ProvincialMocks#province}.
 */
public final class Province {

    private final MockSettings settings;
    private final BearerTokens tokens;
    private final DeclarationBook declarations;
    private final ArchiveBook archive;
    private final IdempotentWrites writes = new IdempotentWrites();
    private final FeedSignatures signatures;
    private final ContractListener contract;

    Province(MockSettings settings) {
        this.settings = settings;
        this.tokens = new BearerTokens(settings.clock(), settings.tokenTtl());
        this.declarations = new DeclarationBook(settings.mocksRoot(), settings.clock());
        this.archive = new ArchiveBook(settings.mocksRoot());
        this.signatures = new FeedSignatures(settings.feedApps(), settings.clock());
        // without the contract files (mocks copied elsewhere) the mocks still serve, unchecked
        this.contract = Files.isDirectory(settings.contractDir())
                ? new ContractListener(new ContractValidator(settings.contractDir())) : null;
    }

    List<Extension> extensions() {
        List<Extension> extensions = new ArrayList<>(List.of(
                new TokenEndpoint(tokens, settings.platformClients()),
                new ValidBearerToken(tokens),
                new ExpireTokens(tokens),
                new DeclarationListing(declarations),
                new DeclarationById(declarations),
                new PreReviewEndpoint(declarations, writes),
                new IntegrityArchiveEndpoint(archive, writes),
                new FeedResults(settings.mocksRoot(), signatures),
                new ProvinceAdmin(this)));
        if (contract != null) {
            extensions.add(contract);
        }
        return extensions;
    }

    public MockSettings settings() {
        return settings;
    }

    public MockClock clock() {
        return settings.clock();
    }

    public BearerTokens tokens() {
        return tokens;
    }

    public DeclarationBook declarations() {
        return declarations;
    }

    public ArchiveBook archive() {
        return archive;
    }

    /** The requests received since the last reset that break the contract (none without contract files). */
    public List<ContractListener.Violation> contractViolations() {
        return contract == null ? List.of() : contract.violations();
    }

    /** The state as at start; issued tokens stay valid, since a client that holds one has done nothing wrong. */
    void reset() {
        declarations.reset();
        archive.reset();
        writes.reset();
        signatures.reset();
        if (contract != null) {
            contract.reset();
        }
    }
}
