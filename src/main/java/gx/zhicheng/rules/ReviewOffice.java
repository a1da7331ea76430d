package gx.zhicheng.rules;

/** The office that answers questions on a declaration (attachment 3 of the notice). */
public record ReviewOffice(String name, String phone, String address) {}
