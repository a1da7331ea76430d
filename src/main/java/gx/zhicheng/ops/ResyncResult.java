package gx.zhicheng.ops;

import com.fasterxml.jackson.databind.JsonNode;

/** What a re-sync did: the version it reviewed, the verdict (the platform's PreReview body) and whether it was pushed. */
record ResyncResult(String declarationId, int version, JsonNode verdict, boolean pushed) {}
