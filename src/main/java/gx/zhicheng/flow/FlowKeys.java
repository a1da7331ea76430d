package gx.zhicheng.flow;

/**
 * Every exchange property the routes (routes/*.camel.yaml) and the Java beans share, in one place. A route names a
 * property as text ({@code setProperty: name: zhichengMoreToPush}, {@code ${exchangeProperty.zhichengBatch.size()}});
 * Java uses the constant. The naming rule, which RoutesNameWhatExistsTest enforces:
 * <ul>
 *   <li>every exchange property the flow defines is {@code zhicheng} followed by its constant's words in CamelCase:
 *       {@code MORE_TO_PUSH} is {@code "zhichengMoreToPush"}, {@code RUN_ID} is {@code "zhichengRunId"};</li>
 *   <li>every property a route sets or reads is the value of a constant here (Camel's own, {@code Camel...}, aside),
 *       and every {@code zhicheng...} word in a route is one of them.</li>
 * </ul>
 * The flow defines no message header of its own: the headers on a message are Camel's and HTTP's (built by
 * the remote module's RemoteRequests from a RemoteRequest, the contract's X-App-Key, X-Signature... by the feed signer), which
 * no route names. A header the routes and Java would come to share gets a constant here under the same rule.
 *
 */
public final class FlowKeys {

    private FlowKeys() {
    }

    // --- the run (sync-cycle, recheck-cycle, resync-declaration): SyncLauncher sets them, every step counts into the run

    /** The sync run (run ledger) the exchange counts into: set by SyncLauncher, read by every step that counts. */
    public static final String RUN_ID = "zhichengRunId";
    /** The moment an operator asked the walk to start from instead of the watermark (OffsetDateTime). */
    public static final String SINCE = "zhichengSince";
    /** The step of the cycle that runs (pull, review, push, refresh): set by route sync-cycle, read by SyncLauncher. */
    public static final String STEP = "zhichengStep";
    /** The walk's failure, kept by route sync-cycle (SyncLauncher.pullFailed) while the review and push go on. */
    public static final String PULL_FAILURE = "zhichengPullFailure";

    // --- the walk of the listing (pull-declarations, DeclarationPages)

    /** The listing's nextCursor of the page to ask for next (null: the first page). */
    public static final String CURSOR = "zhichengCursor";
    /** Whether the walk goes on (route pull-declarations loops while true). */
    public static final String MORE_PAGES = "zhichengMorePages";
    /** The pages walked so far in this walk (zhicheng.platform.max-pages). */
    public static final String PAGES_WALKED = "zhichengPagesWalked";
    /** The cursors seen in this walk: a repeated one ends it. */
    public static final String SEEN_CURSORS = "zhichengSeenCursors";

    // --- one declaration (resync-declaration, review-declaration-now, recheck-declaration-now, refresh-stale-declarations)

    /** The declaration to pull, review or re-check alone. */
    public static final String DECLARATION_ID = "zhichengDeclarationId";
    /** A re-sync that previews the verdict and records and pushes nothing (Boolean). */
    public static final String DRY_RUN = "zhichengDryRun";
    /** Why the declaration a re-sync pulled was parked (it does not validate against the contract), or absent. */
    public static final String PARKED_REASON = "zhichengParkedReason";

    // --- the review (review-claimed-batches, recheck-cycle, enrich-batch)

    /** The batch of declarations to enrich and review (List of ReviewQueue.Pending). */
    public static final String BATCH = "zhichengBatch";
    /** Whether the last claim found declarations waiting for review (route review-claimed-batches loops while true). */
    public static final String MORE_TO_REVIEW = "zhichengMoreToReview";
    /** The claim token of the batch, so that a failed batch is released for the next run. */
    public static final String REVIEW_CLAIM = "zhichengReviewClaim";
    /** The last declaration id of the re-check's previous batch (the re-check pages by id). */
    public static final String RECHECK_AFTER = "zhichengRecheckAfter";
    /** Whether the re-check found more declarations (route recheck-cycle loops while true). */
    public static final String MORE_TO_RECHECK = "zhichengMoreToRecheck";

    // --- the enrichment (enrich-batch): what the feeds and the archive said about the batch

    /** The SI feed's answers by ID number. */
    public static final String SI_ANSWERS = "zhichengSiAnswers";
    /** The CE feed's answers by ID number. */
    public static final String CE_ANSWERS = "zhichengCeAnswers";
    /** The integrity archive's entries by ID number, collected from the parallel lookups. */
    public static final String ARCHIVE = "zhichengArchive";
    /** The ID number one archive lookup asks about. */
    public static final String ARCHIVE_ID_NUMBER = "zhichengArchiveIdNumber";

    // --- the outbox (push-outbox)

    /** The outbox item one push sends. */
    public static final String OUTBOX_ITEM = "zhichengOutboxItem";
    /** Whether the last claim filled a whole batch (route push-outbox loops while true). */
    public static final String MORE_TO_PUSH = "zhichengMoreToPush";
    /** The pushes of the batch the platform accepted, marked SENT together. */
    public static final String ACCEPTED_PUSHES = "zhichengAcceptedPushes";

    // --- a remote call (call-*, send-to-*): the remote module's two, here like every other

    /** The request the caller built for the call routes (a remote.RemoteRequest). */
    public static final String REMOTE_REQUEST = "zhichengRemoteRequest";
    /** The attempts of the current remote call, reset when the call begins; read by the retry layer. */
    public static final String REMOTE_ATTEMPTS = "zhichengRemoteAttempts";
}
