package gx.zhicheng.ops;

/**
 * Pulls one declaration from the platform, reviews it again and pushes what changed (a Camel route
 * implements it). With dryRun the verdict is answered and nothing is recorded or pushed.
 */
interface DeclarationResync {

    /** @throws NoSuchDeclaration when the platform does not know the declaration */
    ResyncResult resync(String declarationId, boolean dryRun);
}
