package gx.zhicheng.documents;

import gx.zhicheng.review.Declaration;
import gx.zhicheng.review.Verdict;

/** A stored declaration with its latest verdict: what every document is made from. */
record Reviewed(Declaration declaration, Verdict verdict) {

    String declarationId() {
        return verdict.declarationId();
    }
}
