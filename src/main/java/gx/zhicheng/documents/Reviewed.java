package gx.zhicheng.documents;

import gx.zhicheng.rules.Declaration;
import gx.zhicheng.rules.Verdict;

/** A stored declaration with its latest verdict: what every document is made from. */
record Reviewed(Declaration declaration, Verdict verdict) {

    String declarationId() {
        return verdict.declarationId();
    }
}
