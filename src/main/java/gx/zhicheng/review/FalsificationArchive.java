package gx.zhicheng.review;

import gx.zhicheng.rules.ArchiveEntry;
import gx.zhicheng.rules.Declaration;

/**
 * Where a confirmed falsification (CONFIRM_FALSIFICATION) records its integrity-archive entry, in the transaction of
 * the decision. The archive entry and its push belong to the push module (docs/tables.md), which depends on review:
 * so review names what it needs here and push implements it, as {@link VerdictPushes}.
 */
public interface FalsificationArchive {

    /** Records the entry (three years from today) and queues it for the platform, in the caller's transaction. */
    ArchiveEntry recordFalsification(Declaration declaration, String rule);
}
