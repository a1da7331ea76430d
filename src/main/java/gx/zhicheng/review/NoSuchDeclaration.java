package gx.zhicheng.review;

/** The platform (or the adapter's store) does not know this declaration; the operator API answers 404. */
public class NoSuchDeclaration extends RuntimeException {

    private final String declarationId;

    public NoSuchDeclaration(String declarationId) {
        super("declaration " + declarationId + " is not known");
        this.declarationId = declarationId;
    }

    public String declarationId() {
        return declarationId;
    }
}
